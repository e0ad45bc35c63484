import Foundation
import NuvolaFormats
import NuvolaKit

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
        """,
      options: [
        .value(
          "--for", "READER",
          "it-manager, mayor or grant-writer; several, comma-separated, or all (the engine runs once)"),
        .value(
          "--format", "FORMAT",
          "html (default), md, csv (one file per table), json, or xlsx/ods (one workbook)",
          allowed: formats),
        .value("--out", "DIR", "Folder for the reports (default Reports)"),
        .flag("--all", "Every comune in the store, one after the other"),
        .flag("--force", "With --all: rewrite every comune's reports, whatever the manifest says"),
      ],
      positionals: [
        PositionalSpec(
          name: "COMUNE", help: "ISTAT code (014061) or name (Sondrio, \"Castro (BG)\")", required: false)
      ]),
    run: run)

  static func run(_ arguments: ParsedArguments, _ context: Context) throws {
    guard let audienceName = arguments.value("--for") else {
      throw CLIError.usage(
        "say who the report is for: --for it-manager, mayor or grant-writer", command: "report")
    }
    let audiences = try readers(audienceName)
    let workbook = arguments.value("--format").flatMap(Workbook.Format.init(rawValue:))
    let format = ReportFileFormat(rawValue: arguments.value("--format") ?? "html") ?? .html
    let asOf = context.asOf
    let all = arguments.has("--all")
    if all && !arguments.positionals.isEmpty {
      throw CLIError.usage("give COMUNE or --all, not both", command: "report")
    }
    if !all && arguments.positionals.isEmpty {
      throw CLIError.usage("missing COMUNE (or --all)", command: "report")
    }
    let rules = try context.rules()
    let outName = arguments.value("--out") ?? "Reports"
    let folder = try OutputFolder(path: outName, context: context)
    let language = context.language
    let files: @Sendable (Snapshot, AwardBook) -> [ReportFile] = { snapshot, awards in
      ReportCommand.files(
        snapshot: snapshot, audiences: audiences, formats: workbook == nil ? [format] : [],
        languages: [language], rules: rules, asOf: asOf, awards: awards, csvDialect: context.csvDialect,
        workbook: workbook)
    }
    let show = { (paths: [String]) in
      if !paths.isEmpty { context.print(paths.map { display(outName, $0) }.joined(separator: "\n")) }
    }
    if all {
      try writeAll(
        job: "report " + audiences.map(\.rawValue).joined(separator: ",") + " " + format.rawValue + " "
          + language.rawValue,
        files: files, rules: rules, folder: folder, outName: outName,
        force: arguments.has("--force"), context: context)
    } else {
      let snapshot = try ShowCommand.load(arguments.positionals[0], snapshotID: nil, context: context)
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
    return files
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
