import Foundation
import NuvolaAwards
import NuvolaIngest
import NuvolaRules
import NuvolaStore
import NuvolaSupport

/// `nuvola awards`: the PNRR awards of the comuni as PA digitale 2026 publishes them. `awards
/// import FILE...` stores downloaded files (one transaction, newer data win per comune, call and
/// window); `awards COMUNE` lists a comune's awards; `awards --register | --region R | --province P`
/// sums them per measure. The snapshot shipped with Nuvola answers when nothing was imported, and
/// an import wins over it key by key.
enum AwardsCommand {
  static let command = Command(
    spec: CommandSpec(
      name: "awards",
      abstract: "PNRR awards (PA digitale 2026 open data): import files, list a comune's, sum them",
      discussion: """
        The files are those of https://github.com/teamdigitale/padigitale2026-opendata (folder
        data/): candidature_finanziate_*.csv, candidature_comuni_finanziate.csv and their .json
        twins. Only comuni rows are kept, resolved to the ISTAT register by code, else by name within
        province and region; rows of comuni merged since are reported with their line. An import is
        one transaction: a file with any problem writes nothing. Under each comune, call and window,
        a file's awards replace older data; re-importing a file changes nothing. The data date is
        --data-date (YYYY-MM-DD for every file, or NAME=YYYY-MM-DD,...) or else the most recent
        date in the file. Without an import, the snapshot shipped with Nuvola is used (each file
        with its date); stored data win over it.
        """,
      options: [
        .flag("--register", "Sum per measure over every comune of the register"),
        .value("--region", "R", "Sum per measure over the comuni of a region"),
        .value("--province", "P", "Sum per measure over the comuni of a province (name or abbreviation)"),
        .value("--data-date", "DATE", "With import: the day the files' data speak of (YYYY-MM-DD or NAME=DATE,...)"),
        .value("--out", "DIR", "With snapshot: the folder for awards.tsv (maintainers)"),
      ],
      positionals: [
        PositionalSpec(
          name: "COMUNE | import FILE...", help: "A comune (ISTAT code or name), or import and the files",
          required: false, variadic: true)
      ],
      usageLines: [
        "import FILE... [--data-date DATE]",
        "COMUNE [--format text|csv|json]",
        "--register | --region R | --province P [--format text|csv|json]",
      ]),
    run: run)

  static func run(_ arguments: ParsedArguments, _ context: Context) throws {
    let positionals = arguments.positionals
    switch positionals.first {
    case "import":
      try context.requireFormat([.text, .json], command: "awards")
      try importFiles(Array(positionals.dropFirst()), arguments: arguments, context: context)
    case "snapshot":
      try snapshot(Array(positionals.dropFirst()), arguments: arguments, context: context)
    default:
      for option in ["--data-date", "--out"] where arguments.value(option) != nil {
        throw CLIError.usage("\(option) goes with import", command: "awards")
      }
      let scopes = ["--register", "--region", "--province"].filter {
        arguments.has($0) || arguments.value($0) != nil
      }
      if scopes.count > 1 || (!scopes.isEmpty && !positionals.isEmpty) {
        throw CLIError.usage("give one of COMUNE, --register, --region R, --province P", command: "awards")
      }
      if scopes.isEmpty {
        guard positionals.count == 1 else {
          throw CLIError.usage(
            positionals.isEmpty ? "missing COMUNE (or --register, --region R, --province P)"
              : "give one COMUNE (a name with spaces goes in quotes)", command: "awards")
        }
        try list(positionals[0], context: context)
      } else {
        try summary(arguments, context: context)
      }
    }
  }

  /// The shipped snapshot with the store's awards winning over it; the store is optional.
  /// The awards a command needs for each comune it handles: over every comune (`all`), the whole
  /// book read once; for one comune, only that comune's awards.
  static func books(context: Context, all: Bool) throws -> @Sendable (String) throws -> AwardBook {
    if all {
      let book = try book(context: context)
      return { _ in book }
    }
    return { code in try book(context: context, istatCodes: [code]) }
  }

  /// With `istatCodes`, the book of those comuni only (for a command about one comune).
  static func book(context: Context, istatCodes: Set<String>? = nil) throws -> AwardBook {
    let shipped = istatCodes == nil ? AwardBook.shipped : AwardBook.shipped(istatCodes: istatCodes)
    guard FileManager.default.fileExists(atPath: context.databasePath) else { return shipped }
    return shipped.merging(try context.openStoreForReading().awardBook(istatCodes: istatCodes))
  }

  // MARK: Import

  /// Reads every file (all problems of all files listed, nothing written), then stores them in
  /// one transaction.
  static func importFiles(_ paths: [String], arguments: ParsedArguments, context: Context) throws {
    guard !paths.isEmpty else { throw CLIError.usage("awards import needs FILE...", command: "awards") }
    let files = try read(paths, arguments: arguments, context: context)
    let store = try InventoryStore(path: context.databasePath, mode: .create)
    let outcomes = try store.importAwards(files)
    context.print(AwardsText.importReport(outcomes, paths: paths, store: context.databasePath, context: context))
  }

  static func read(_ paths: [String], arguments: ParsedArguments, context: Context) throws -> [AwardFile] {
    let dates = try dataDates(arguments.value("--data-date"), paths: paths)
    var problems = DiagnosticList()
    var files: [AwardFile] = []
    for path in paths {
      let url = context.resolve(path)
      guard let data = FileManager.default.contents(atPath: url.path) else {
        throw CLIError.failure("cannot read the awards file \(path)")
      }
      let reader = AwardFileReader(register: .shipped, dataDate: dates[path] ?? dates[""])
      do {
        files.append(try reader.read(data, file: path))
      } catch {
        problems.append(contentsOf: error)
      }
    }
    try problems.check()
    return files
  }

  /// `--data-date`: one day for every file (key ""), or `NAME=DAY,...` by file name or path.
  static func dataDates(_ option: String?, paths: [String]) throws(CLIError) -> [String: Day] {
    guard let option else { return [:] }
    if let day = Day(parsing: option) { return ["": day] }
    var dates: [String: Day] = [:]
    for item in option.split(separator: ",") {
      let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, let day = Day(parsing: parts[1]) else {
        throw .usage(
          "--data-date takes YYYY-MM-DD or NAME=YYYY-MM-DD,..., not '\(item)'", command: "awards")
      }
      let matching = paths.filter { $0 == parts[0] || ($0 as NSString).lastPathComponent == parts[0] }
      guard !matching.isEmpty else {
        throw .usage("--data-date names \(parts[0]), which is not among the files", command: "awards")
      }
      for path in matching { dates[path] = day }
    }
    return dates
  }

  /// `awards snapshot --out DIR FILE...` (maintainers, `scripts/build-awards-snapshot.sh`): the
  /// shipped resource from the published files.
  static func snapshot(_ paths: [String], arguments: ParsedArguments, context: Context) throws {
    guard !paths.isEmpty, let out = arguments.value("--out") else {
      throw CLIError.usage("awards snapshot needs --out DIR and FILE...", command: "awards")
    }
    let files = try read(paths, arguments: arguments, context: context)
    let folder = try OutputFolder(path: out, context: context)
    let url = try folder.write(AwardSnapshot.encode(files), to: "awards.tsv")
    let unresolved = files.reduce(0) { $0 + $1.unresolved.count }
    context.print(
      "Wrote \(url.path): \(files.reduce(0) { $0 + $1.awards.count }) awards from \(files.count) files "
        + "(\(unresolved) rows unresolved).")
  }

  // MARK: One comune

  static func list(_ query: String, context: Context) throws {
    let entry = try RegisterSelection.resolve(query, register: .shipped, command: "awards")
    let book = try book(context: context)
    let awards = Array(book.awards(istatCode: entry.istatCode))
    switch context.format {
    case .json: context.print(AwardsText.json(entry: entry, awards: awards, book: book).serialized(sortKeys: true))
    case .csv:
      context.console.out(
        AwardsText.csv(entry: entry, awards: awards, dialect: context.csvDialect, language: context.language))
    case .text: context.print(AwardsText.text(
        entry: entry, awards: awards, book: book, language: context.language, asOf: context.asOf))
    }
  }

  // MARK: Summary

  static func summary(_ arguments: ParsedArguments, context: Context) throws {
    let register = Register.shipped
    var scope = context.language == .it ? "registro ISTAT" : "ISTAT register"
    var codes: Set<String>?
    if !arguments.has("--register") {
      var selection = arguments
      selection.flags.remove("--register")
      let entries = try RegisterSelection.entries(selection, register: register, command: "awards")
      codes = Set(entries.map(\.istatCode))
      scope = arguments.value("--region") ?? arguments.value("--province") ?? scope
    }
    let book = try book(context: context)
    let summaries = book.summary(istatCodes: codes)
    let comuni = codes?.count ?? register.entries.count
    switch context.format {
    case .json:
      context.print(
        AwardsText.summaryJSON(summaries, scope: scope, comuni: comuni, book: book).serialized(sortKeys: true))
    case .csv:
      context.console.out(
        AwardsText.summaryCSV(summaries, dialect: context.csvDialect, language: context.language))
    case .text:
      context.print(
        AwardsText.summaryText(summaries, scope: scope, comuni: comuni, book: book, language: context.language))
    }
  }
}
