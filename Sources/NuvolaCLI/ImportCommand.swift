import Foundation
import NuvolaKit

/// `nuvola import PATH...`: reads and validates every inventory, then writes each comune as a new
/// snapshot, all in one transaction: either every file is imported or nothing is.
enum ImportCommand {
  static let command = Command(
    spec: CommandSpec(
      name: "import",
      abstract: "Import inventories (JSON files or folders of CSV sheets) as new snapshots",
      discussion: """
        Each PATH is a comune's inventory: a .json document or a folder with comune.csv and the
        other sheets (docs/inventory-format.md). Everything is checked first; if any file has a
        problem, every problem is listed and nothing is written. A file identical to the comune's
        current snapshot creates no new snapshot.
        """,
      positionals: [PositionalSpec(name: "PATH", help: "Inventory file or CSV-sheet folder", variadic: true)]),
    run: run)

  struct Outcome {
    var path: String
    var istatCode: String
    var name: String
    var created: Bool
    var snapshot: Int64
    var records: Int
    var populationFromRegister: Bool
  }

  static func run(_ arguments: ParsedArguments, _ context: Context) throws {
    try context.requireFormat([.text, .json], command: "import")
    let store = try InventoryStore(path: context.databasePath, mode: .create)
    let outcomes = try importAll(arguments.positionals, into: store, context: context)
    report(outcomes, context: context)
  }

  /// Reads, validates and saves every path in one transaction; throws every problem found, having
  /// written nothing, if any file is invalid.
  static func importAll(_ paths: [String], into store: InventoryStore, context: Context) throws -> [Outcome] {
    let reader = InventoryReader(register: Register.shipped)
    let progress = Progress(label: "import", total: paths.count, console: context.console)
    return try store.importBatch { session in
      var problems = DiagnosticList()
      var outcomes: [Outcome] = []
      for path in paths {
        progress.advance()
        let inventory: Inventory
        do throws(InputError) {
          inventory = try reader.read(path: path)
        } catch {
          problems.append(contentsOf: error)
          continue
        }
        // Once a file has failed nothing will be written, but the other files are still checked so
        // the user sees every problem in one run.
        guard problems.isEmpty else { continue }
        let outcome = try session.save(inventory, source: path, importedAt: nil)
        let (info, created) =
          switch outcome {
          case .created(let info): (info, true)
          case .unchanged(let info): (info, false)
          }
        outcomes.append(
          Outcome(
            path: path, istatCode: info.istatCode, name: info.name ?? inventory.comune.istatCode,
            created: created, snapshot: info.id, records: inventory.recordCount,
            populationFromRegister: inventory.comune.population == nil))
      }
      progress.finish()
      try problems.check()
      return outcomes
    }
  }

  static func report(_ outcomes: [Outcome], context: Context) {
    if context.format == .json {
      let items = outcomes.map { outcome -> JSON in
        .object([
          ("source", .string(outcome.path)),
          ("istat_code", .string(outcome.istatCode)),
          ("name", .string(outcome.name)),
          ("status", .string(outcome.created ? "created" : "unchanged")),
          ("snapshot", .int(outcome.snapshot)),
          ("records", .int(outcome.records)),
        ])
      }
      context.print(JSON.array(items).serialized(sortKeys: true))
      return
    }
    var lines: [String] = []
    for outcome in outcomes where outcomes.count <= 50 {
      let status =
        outcome.created
        ? "new snapshot \(outcome.snapshot), \(outcome.records) records"
        : "unchanged, same as snapshot \(outcome.snapshot)"
      lines.append("\(outcome.istatCode) \(outcome.name): \(status) (\(outcome.path))")
    }
    let created = outcomes.filter(\.created).count
    lines.append(
      "Imported \(outcomes.count) inventor\(outcomes.count == 1 ? "y" : "ies"): \(created) new snapshot\(created == 1 ? "" : "s"), "
        + "\(outcomes.count - created) unchanged. Store: \(context.databasePath)")
    let defaulted = outcomes.filter(\.populationFromRegister).count
    if defaulted > 0 {
      lines.append(
        "\(defaulted) inventor\(defaulted == 1 ? "y gives" : "ies give") no population: the ISTAT 2011 census figure is used (\(Register.attribution)).")
    }
    context.print(lines.joined(separator: "\n"))
  }
}
