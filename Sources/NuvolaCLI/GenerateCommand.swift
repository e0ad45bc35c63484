import Foundation
import NuvolaKit

/// `nuvola generate`: realistic synthetic inventories for comuni of the register, deterministic for a
/// seed, for benchmarks and national-scale runs.
enum GenerateCommand {
  static let command = Command(
    spec: CommandSpec(
      name: "generate",
      abstract: "Write synthetic inventories for comuni of the register (benchmarks, national runs)",
      discussion: """
        Inventories are sized by population (a 500-inhabitant comune has a few PCs and a NAS; an
        80,000 one a CED, dozens of servers, 40+ applications), marked illustrative, and identical
        for the same seed. Files are named ISTAT-name.json (or a folder of CSV sheets with --as csv).
        """,
      options: RegisterSelection.options + [
        .value("--seed", "N", "Seed of the generator (default 1)"),
        .value("--out", "DIR", "Folder to write into (required)"),
        .value("--as", "ENCODING", "json (default) or csv (a folder of sheets per comune)", allowed: ["json", "csv"]),
      ]),
    run: run)

  static func run(_ arguments: ParsedArguments, _ context: Context) throws {
    let register = Register.shipped
    let entries = try RegisterSelection.entries(arguments, register: register, command: "generate")
    guard let out = arguments.value("--out") else {
      throw CLIError.usage("--out DIR is required", command: "generate")
    }
    let seedText = arguments.value("--seed") ?? "1"
    guard let seed = UInt64(seedText) else {
      throw CLIError.usage("--seed takes a whole number from 0 to \(UInt64.max), not '\(seedText)'", command: "generate")
    }
    let asCSV = arguments.value("--as") == "csv"
    let folder = try OutputFolder(path: out, context: context)
    let generator = InventoryGenerator(seed: seed)
    let progress = Progress(label: "generate", total: entries.count, console: context.console)
    var records = 0
    for entry in entries {
      let inventory = generator.inventory(for: entry)
      records += inventory.recordCount
      let name = FileName.comune(code: entry.istatCode, name: entry.name)
      if asCSV {
        for sheet in inventory.csvSheets() {
          try folder.write(sheet.text, to: "\(name)/\(sheet.name)")
        }
      } else {
        try folder.write(inventory.json.serialized() + "\n", to: "\(name).json")
      }
      progress.advance()
    }
    progress.finish()
    context.print(
      "Wrote \(entries.count) synthetic inventories (\(records) records, seed \(seed)) to \(folder.root.path)")
  }
}
