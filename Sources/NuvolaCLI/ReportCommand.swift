import Foundation
import NuvolaAwards
import NuvolaFormats
import NuvolaModel
import NuvolaReports
import NuvolaRules
import NuvolaSupport

/// `nuvola report COMUNE --for it-manager|mayor|grant-writer`: a report for one reader, written into
/// `--out DIR/<istat>-<name>/` as HTML (default), Markdown, CSV (one file per table) or JSON; with
/// `--all`, the same report for every comune of the store, streamed one comune at a time.
enum ReportCommand {
  static let formats = ReportFileFormat.allCases.map(\.rawValue) + Workbook.Format.allCases.map(\.rawValue)

  static let command = Command(
    spec: CommandSpec(
      name: "report",
      abstract: "Write a report: IT audit, mayor's summary or PNRR dossier (HTML, Markdown, CSV, JSON)",
      discussion: """
        Reports are Italian unless --lang en. Files go into DIR/<istat>-<name>/ (default DIR: Reports):
        it-manager.html, mayor.md, grant-writer.json, one CSV per table (grant-writer-measures.csv...);
        English files end in .en.html. Existing files are replaced atomically. The paths written are
        printed, one per line. Dates (end of support, contracts, deadlines, calls) are judged on the
        as-of day: --as-of YYYY-MM-DD, default today; every report states it.
        Here --format takes the report formats html, md, csv or json, or xlsx / ods: one workbook
        with a sheet per table (findings, plan waves, funding...) to sort and filter. --for all (or a list such as
        it-manager,mayor) writes several readers' reports with one run of the engine per comune.
        With --all the run is incremental: the folder's .nuvola-manifest.tsv keeps what each comune's
        files were made from (snapshot, awards, rules, as-of day, language, options), and only the
        comuni whose inputs changed are written again; --force rewrites them all.
        """),
    options: Options.self, run: run)

  struct Options: CommandOptions {
    var readers: [ReportAudience]?
    var format: Output?
    var out: String?
    var all = false
    var force = false
    var comune: String?

    static var options: [OptionDeclaration<Self>] {
      [
        .option(
          "--for", \.readers, "READER",
          "it-manager, mayor or grant-writer; several, comma-separated, or all (the engine runs once)",
          convert: ReportCommand.readers),
        .choice(
          "--format", \.format, "FORMAT",
          "html (default), md, csv (one file per table), json, or xlsx/ods (one workbook)",
          allowed: formats, value: Output.init),
        outOption(\.out),
        .flag("--all", \.all, "Every comune in the store, one after the other"),
        .flag("--force", \.force, "With --all: rewrite every comune's reports, whatever the manifest says"),
      ]
    }
    static var arguments: [ArgumentDeclaration<Self>] { [ComuneScope.argument(\.comune)] }
  }

  /// `--out DIR`: the folder the reports go into (`report`, `demo`).
  static func outOption<Options>(_ keyPath: WritableKeyPath<Options, String?>) -> OptionDeclaration<Options> {
    .option("--out", keyPath, "DIR", "Folder for the reports (default Reports)")
  }

  /// What `--format` asks for: files of a report format, or one workbook.
  enum Output: Sendable, Equatable {
    case file(ReportFileFormat)
    case workbook(Workbook.Format)

    init?(_ name: String) {
      if let format = ReportFileFormat(rawValue: name) {
        self = .file(format)
      } else if let workbook = Workbook.Format(rawValue: name) {
        self = .workbook(workbook)
      } else {
        return nil
      }
    }

    /// The report format and the workbook: a workbook's run keeps `html` in its manifest job name.
    var chosen: (ReportFileFormat, Workbook.Format?) {
      switch self {
      case .file(let format): (format, nil)
      case .workbook(let workbook): (.html, workbook)
      }
    }
  }

  static func run(_ options: Options, _ context: Context) throws {
    guard let audiences = options.readers else {
      throw CLIError.usage(
        "say who the report is for: --for it-manager, mayor or grant-writer", command: "report")
    }
    let (format, workbook) = options.format?.chosen ?? (.html, nil)
    let asOf = context.asOf
    let all = options.all
    if all && options.comune != nil {
      throw CLIError.usage("give COMUNE or --all, not both", command: "report")
    }
    guard all || options.comune != nil else {
      throw CLIError.usage("missing COMUNE (or --all)", command: "report")
    }
    let rules = try context.rules()
    let outName = options.out ?? "Reports"
    let folder = try OutputFolder(path: outName, context: context)
    let language = context.language
    let rendered: @Sendable (Snapshot, AwardBook) -> Rendered = { snapshot, awards in
      ReportCommand.rendered(
        snapshot: snapshot, audiences: audiences, formats: workbook == nil ? [format] : [],
        languages: [language], rules: rules, asOf: asOf, awards: awards, csvDialect: context.csvDialect,
        workbook: workbook)
    }
    let files: @Sendable (Snapshot, AwardBook) -> [ReportFile] = { rendered($0, $1).files }
    let show = { (paths: [String]) in
      if !paths.isEmpty { context.print(paths.map { display(outName, $0) }.joined(separator: "\n")) }
    }
    if all {
      try writeAll(
        job: "report " + audiences.map(\.rawValue).joined(separator: ",") + " " + format.rawValue + " "
          + language.rawValue,
        files: rendered, rules: rules, folder: folder, outName: outName, force: options.force,
        portalRows: audiences.contains(.itManager), context: context)
    } else if let comune = options.comune {
      let snapshot = try ShowCommand.load(comune, snapshotID: nil, context: context)
      var written: [String] = []
      let awards = try AwardsCommand.book(context: context, istatCodes: [snapshot.inventory.comune.istatCode])
      for file in files(snapshot, awards) {
        try folder.write(file.bytes, to: file.name)
        written.append(file.name)
      }
      show(written)
    }
  }

  /// Renders one comune's report in every format and language asked, each file named by its path
  /// in the output folder (under `<istat>-<name>/`).
  static func files(
    snapshot: Snapshot, audiences: [ReportAudience], formats: [ReportFileFormat], languages: [Language],
    rules: RuleBook, asOf: Day, awards: AwardBook = .shipped, csvDialect: CSVDialect = .excelItalian,
    workbook: Workbook.Format? = nil
  ) -> [ReportFile] {
    rendered(
      snapshot: snapshot, audiences: audiences, formats: formats, languages: languages, rules: rules,
      asOf: asOf, awards: awards, csvDialect: csvDialect, workbook: workbook
    ).files
  }

  /// One comune's files and the engine's results they were made from (which `report --all` also
  /// keeps as the comune's portal row).
  struct Rendered {
    var files: [ReportFile]
    var inputs: ReportInputs
  }

  static func rendered(
    snapshot: Snapshot, audiences: [ReportAudience], formats: [ReportFileFormat], languages: [Language],
    rules: RuleBook, asOf: Day, awards: AwardBook, csvDialect: CSVDialect, workbook: Workbook.Format?
  ) -> Rendered {
    let comune = snapshot.inventory.comune
    let base = FileName.comune(code: comune.istatCode, name: snapshot.info.name)
    let inputs = ReportInputs.compute(
      for: audiences, inventory: snapshot.inventory, rules: rules, register: Register.shipped, asOf: asOf,
      awards: awards)
    var files: [ReportFile] = []
    for audience in audiences {
      let own = inputs.only(for: audience)
      for language in languages {
        let document = Reports.document(for: audience, inputs: own, language: language)
        for format in formats {
          for file in Reports.render(document, as: format, csvDialect: csvDialect) {
            files.append(ReportFile(name: base + "/" + file.name, bytes: file.bytes))
          }
        }
        if let workbook {
          let file = Reports.workbook(document, format: workbook)
          files.append(ReportFile(name: base + "/" + file.name, bytes: file.bytes))
        }
      }
    }
    return Rendered(files: files, inputs: inputs)
  }

  /// The readers `--for` names: one, several separated by commas (in the order given, each once),
  /// or `all`.
  static func readers(_ text: String) throws(CLIError) -> [ReportAudience] {
    if text == "all" { return ReportAudience.allCases }
    var readers: [ReportAudience] = []
    for name in text.split(separator: ",", omittingEmptySubsequences: false) {
      let trimmed = name.trimmingCharacters(in: .whitespaces)
      guard let reader = ReportAudience(rawValue: trimmed) else {
        let known = ReportAudience.allCases.map(\.rawValue).joined(separator: ", ")
        throw .usage(
          "--for takes one of \(known) (or several, comma-separated, or all), not '\(Diagnostic.shorten(trimmed))'",
          command: "report")
      }
      if !readers.contains(reader) { readers.append(reader) }
    }
    return readers
  }

  /// Renders one comune's report in every format and language asked, writes the files under
  /// `<istat>-<name>/`, and returns their paths relative to the folder.
  static func write(
    snapshot: Snapshot, audience: ReportAudience, formats: [ReportFileFormat], languages: [Language],
    rules: RuleBook, asOf: Day, folder: OutputFolder
  ) throws -> [String] {
    let rendered = files(
      snapshot: snapshot, audiences: [audience], formats: formats, languages: languages, rules: rules,
      asOf: asOf)
    for file in rendered { try folder.write(file.bytes, to: file.name) }
    return rendered.map(\.name)
  }

  /// A written path as the user would type it: under the folder they named.
  static func display(_ folder: String, _ relative: String) -> String {
    (folder.hasSuffix("/") ? folder : folder + "/") + relative
  }
}
