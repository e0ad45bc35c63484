import Foundation
import NuvolaAwards
import NuvolaModel
import NuvolaPortal
import NuvolaReports
import NuvolaRules
import NuvolaSupport

/// `nuvola portal --out DIR [--region R | --province P]`: one page, `DIR/index.html`, with every
/// comune in scope (the whole register by default), stored or not, each row linking to the reports
/// `report --all --out DIR` writes. Incremental: each comune's row is kept in the folder's manifest
/// under a key of its inputs, and only comuni whose inventory, awards, rules or as-of day changed
/// run through the engine again; an unchanged page is not written at all.
enum PortalCommand {
  static let command = Command(
    spec: CommandSpec(
      name: "portal",
      abstract: "Write the portal: one page with every comune, its CED, findings, plan and PNRR awards",
      discussion: """
        The page is DIR/index.html (index.en.html with --lang en; default DIR: Reports), one
        self-contained file: every comune of the scope in one table (sortable and searchable in a
        browser, readable without its script), the totals, and one chart per province. Comuni
        without an inventory in the store show their register facts and awards. Names link to the
        reports that report --all --out DIR writes. Dates are judged on the as-of day (--as-of).
        A run whose inputs did not change writes nothing (the folder's .nuvola-manifest.tsv keeps
        what each comune's row was made from); --force rebuilds everything.
        """),
    options: Options.self, run: run)

  struct Options: CommandOptions {
    var out: String?
    var selection = RegisterSelection.Choice()
    var force = false

    static var options: [OptionDeclaration<Self>] {
      [.option("--out", \.out, "DIR", "Folder of the portal and of the reports (default Reports)")]
        + RegisterSelection.areaOptions(\.selection, comuniValue: "LIST")
        + [.flag("--force", \.force, "Rebuild every row and the page, whatever the manifest says")]
    }
  }

  /// What a run did: the page's path when written (nil when it was up to date), how many rows.
  struct Outcome {
    var written: String?
    var rows: Int
    var inventories: Int
    var computed: Int
  }

  static func run(_ options: Options, _ context: Context) throws {
    try context.requireFormat([.text], command: "portal")
    let register = Register.shipped
    var entries: [RegisterEntry]?
    var scope: String?
    let selection = options.selection
    if !selection.given.isEmpty {
      entries = try RegisterSelection.entries(selection, register: register, command: "portal")
      let it = context.language == .it
      if selection.region != nil, let region = entries?.first?.region {
        scope = (it ? "regione " : "region ") + region
      } else if selection.province != nil, let province = entries?.first?.province {
        scope = (it ? "provincia di " : "province of ") + province
      } else {
        scope = entries?.map(\.name).joined(separator: ", ")
      }
    }
    let outName = options.out ?? "Reports"
    let folder = try OutputFolder(path: outName, context: context)
    let outcome = try write(
      entries: entries, scope: scope, folder: folder, force: options.force, context: context)
    context.print(message(outcome, outName: outName, context: context))
  }

  static func message(_ outcome: Outcome, outName: String, context: Context) -> String {
    let format = ReportFormatter(context.language)
    let it = context.language == .it
    let page = ReportCommand.display(outName, pageName(context.language))
    guard let written = outcome.written else {
      return it
        ? "Il portale \(page) è già aggiornato: nessun file riscritto (\(format.integer(outcome.rows)) comuni, situazione al \(context.asOf.italian))."
        : "The portal \(page) is up to date: no file written (\(format.integer(outcome.rows)) comuni, as of \(context.asOf))."
    }
    let path = ReportCommand.display(outName, written)
    return it
      ? "\(path)\nPortale di \(format.integer(outcome.rows)) comuni (\(format.integer(outcome.inventories)) con inventario, \(format.integer(outcome.computed)) ricalcolati), situazione al \(context.asOf.italian)."
      : "\(path)\nPortal of \(format.integer(outcome.rows)) comuni (\(format.integer(outcome.inventories)) with an inventory, \(format.integer(outcome.computed)) computed again), as of \(context.asOf)."
  }

  static func pageName(_ language: Language) -> String {
    PortalPage(
      scope: nil, rows: [], asOf: Day(year: 2026, month: 1, day: 1)!, language: language, awardSources: []
    )
    .fileName
  }

  /// Builds the page of `entries` (nil: the register and every stored comune) into `folder`,
  /// running the engine only for the comuni whose key is not in the manifest.
  static func write(
    entries: [RegisterEntry]?, scope: String?, folder: OutputFolder, force: Bool, context: Context
  ) throws -> Outcome {
    let register = Register.shipped
    let rules = try context.rules()
    let fileName = pageName(context.language)
    let keeper = try RowKeeper(rules: rules, context: context)
    let job = keeper.job
    let digest = keeper.run
    var stored: [String: SnapshotInfo] = [:]
    if FileManager.default.fileExists(atPath: context.databasePath) {
      for comune in try context.openStoreForReading().comuni() { stored[comune.istatCode] = comune.current }
    }
    var codes = (entries ?? register.entries).map(\.istatCode)
    if entries == nil { codes += stored.keys.filter { register.entry(code: $0) == nil } }
    codes.sort()
    var manifest = folder.manifest()
    let previous = force ? [:] : manifest.jobs[job] ?? [:]
    let keys = Dictionary(
      uniqueKeysWithValues: codes.map {
        ($0, digest.comuneKey(code: $0, snapshot: stored[$0]))
      })
    // The page's key is made of every row's: when it is unchanged, so is the page, and no row is read.
    let pageKey = OutputManifest.key([digest.run, scope ?? ""] + codes.map { keys[$0]! })
    var outcome = Outcome(
      written: nil, rows: codes.count, inventories: codes.count { stored[$0] != nil }, computed: 0)
    if let page = previous[fileName], page.key == pageKey, folder.holds(page) { return outcome }
    var rows: [String: PortalRow] = [:]
    var toBuild: [String] = []
    for code in codes {
      if let entry = previous[code], entry.key == keys[code], let row = PortalRow(record: entry.record) {
        rows[code] = row
      } else {
        toBuild.append(code)
      }
    }
    // Only the awards of the rows to build are decoded; the page cites every file the book holds,
    // which, without awards in the store, are the shipped files (read without their awards).
    let few = digest.storeAwards.isEmpty && toBuild.count <= 2_000
    let awards = digest.awards(istatCodes: few ? Set(toBuild) : nil)
    let awardSources = few ? AwardBook.shippedSources : awards.sources
    var toCompute: [Int64] = []
    for code in toBuild {
      if let snapshot = stored[code] {
        toCompute.append(snapshot.id)
      } else {
        rows[code] = PortalRow(
          entry: register.entry(code: code), istatCode: code, inputs: nil, reportFolder: nil,
          awards: awards.awards(istatCode: code), rules: rules)
      }
    }
    let asOf = context.asOf
    try ComuneScope.each(
      toCompute, context: context, label: "portal",
      work: { snapshot in
        let inputs = ReportInputs.compute(
          for: .itManager, inventory: snapshot.inventory, rules: rules, register: register, asOf: asOf,
          awards: awards)
        return keeper.row(snapshot: snapshot, inputs: inputs, awards: awards)
      },
      show: { row in rows[row.istatCode] = row })
    var entriesOut: [String: OutputManifest.Entry] = [:]
    for code in codes {
      entriesOut[code] = OutputManifest.Entry(key: keys[code]!, files: [], record: rows[code]!.record)
    }
    let ordered = codes.map { rows[$0]! }
    outcome.computed = toCompute.count
    let bytes = PortalPage(
      scope: scope, rows: ordered, asOf: asOf, language: context.language, awardSources: awardSources
    ).render()
    try folder.write(bytes, to: fileName)
    entriesOut[fileName] = OutputManifest.Entry(
      key: pageKey, files: [OutputManifest.File(path: fileName, size: bytes.count)])
    manifest.jobs[job] = entriesOut
    try folder.save(manifest)
    outcome.written = fileName
    return outcome
  }
}
