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
      usageLines: [
        "import FILE... [--data-date DATE]",
        "COMUNE [--format text|csv|json]",
        "--register | --region R | --province P [--format text|csv|json]",
      ]),
    options: Options.self, run: run)

  struct Options: CommandOptions {
    var register = false
    var region: String?
    var province: String?
    var dataDate: DataDates?
    var out: String?
    var positionals: [String] = []

    static var options: [OptionDeclaration<Self>] {
      [
        .flag("--register", \.register, "Sum per measure over every comune of the register"),
        .option("--region", \.region, "R", "Sum per measure over the comuni of a region"),
        .option(
          "--province", \.province, "P", "Sum per measure over the comuni of a province (name or abbreviation)"),
        .option(
          "--data-date", \.dataDate, "DATE",
          "With import: the day the files' data speak of (YYYY-MM-DD or NAME=DATE,...)", convert: DataDates.init),
        .option("--out", \.out, "DIR", "With snapshot: the folder for awards.tsv (maintainers)"),
      ]
    }
    static var arguments: [ArgumentDeclaration<Self>] {
      [
        .variadic(
          "COMUNE | import FILE...", \.positionals, "A comune (ISTAT code or name), or import and the files",
          required: false)
      ]
    }

    /// The scope options given, by name.
    var scopes: [String] {
      [("--register", register), ("--region", region != nil), ("--province", province != nil)]
        .filter(\.1).map(\.0)
    }
  }

  /// `--data-date`: one day for every file, or `NAME=DAY,...` by file name or path.
  enum DataDates: Sendable {
    case every(Day)
    case byFile([(name: String, day: Day)])

    init(_ text: String) throws(CLIError) {
      if let day = Day(parsing: text) {
        self = .every(day)
        return
      }
      var dates: [(name: String, day: Day)] = []
      for item in text.split(separator: ",") {
        let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let day = Day(parsing: parts[1]) else {
          throw .usage(
            "--data-date takes YYYY-MM-DD or NAME=YYYY-MM-DD,..., not '\(item)'", command: "awards")
        }
        dates.append((parts[0], day))
      }
      self = .byFile(dates)
    }
  }

  static func run(_ options: Options, _ context: Context) throws {
    let positionals = options.positionals
    switch positionals.first {
    case "import":
      try context.requireFormat([.text, .json], command: "awards")
      try importFiles(Array(positionals.dropFirst()), options: options, context: context)
    case "snapshot":
      try snapshot(Array(positionals.dropFirst()), options: options, context: context)
    default:
      for (option, given) in [("--data-date", options.dataDate != nil), ("--out", options.out != nil)]
      where given {
        throw CLIError.usage("\(option) goes with import", command: "awards")
      }
      let scopes = options.scopes
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
        try summary(options, context: context)
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
  static func importFiles(_ paths: [String], options: Options, context: Context) throws {
    guard !paths.isEmpty else { throw CLIError.usage("awards import needs FILE...", command: "awards") }
    let files = try read(paths, options: options, context: context)
    let store = try InventoryStore(path: context.databasePath, mode: .create)
    let outcomes = try store.importAwards(files)
    context.print(AwardsText.importReport(outcomes, paths: paths, store: context.databasePath, context: context))
  }

  static func read(_ paths: [String], options: Options, context: Context) throws -> [AwardFile] {
    let dates = try dataDates(options.dataDate, paths: paths)
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

  /// `--data-date` per file: one day for every file (key ""), or each named file's.
  static func dataDates(_ option: DataDates?, paths: [String]) throws(CLIError) -> [String: Day] {
    switch option {
    case nil: return [:]
    case .every(let day): return ["": day]
    case .byFile(let named):
      var dates: [String: Day] = [:]
      for (name, day) in named {
        let matching = paths.filter { $0 == name || ($0 as NSString).lastPathComponent == name }
        guard !matching.isEmpty else {
          throw .usage("--data-date names \(name), which is not among the files", command: "awards")
        }
        for path in matching { dates[path] = day }
      }
      return dates
    }
  }

  /// `awards snapshot --out DIR FILE...` (maintainers, `scripts/build-awards-snapshot.sh`): the
  /// shipped resource from the published files.
  static func snapshot(_ paths: [String], options: Options, context: Context) throws {
    guard !paths.isEmpty, let out = options.out else {
      throw CLIError.usage("awards snapshot needs --out DIR and FILE...", command: "awards")
    }
    let files = try read(paths, options: options, context: context)
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

  static func summary(_ options: Options, context: Context) throws {
    let register = Register.shipped
    var scope = context.language == .it ? "registro ISTAT" : "ISTAT register"
    var codes: Set<String>?
    if !options.register {
      let selection = RegisterSelection.Choice(region: options.region, province: options.province)
      let entries = try RegisterSelection.entries(selection, register: register, command: "awards")
      codes = Set(entries.map(\.istatCode))
      scope = options.region ?? options.province ?? scope
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
