import Foundation
import NuvolaGenerate
import NuvolaRules
import NuvolaSupport

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
        """),
    options: Options.self, run: run)

  /// How each comune's inventory is written.
  enum Encoding: String, CaseIterable, Sendable {
    case json, csv
  }

  struct Options: CommandOptions {
    var selection = RegisterSelection.Choice()
    var seed: UInt64?
    var out: String?
    var encoding: Encoding?

    static var options: [OptionDeclaration<Self>] {
      RegisterSelection.options(\.selection) + [
        .option("--seed", \.seed, "N", "Seed of the generator (default 1)") {
          (text: String) throws(CLIError) in
          guard let seed = UInt64(text) else {
            throw .usage(
              "--seed takes a whole number from 0 to \(UInt64.max), not '\(Diagnostic.shorten(text))'",
              command: "generate")
          }
          return seed
        },
        .option("--out", \.out, "DIR", "Folder to write into (required)"),
        .choice("--as", \.encoding, "ENCODING", "json (default) or csv (a folder of sheets per comune)"),
      ]
    }
  }

  static func run(_ options: Options, _ context: Context) throws {
    let register = Register.shipped
    let entries = try RegisterSelection.entries(options.selection, register: register, command: "generate")
    guard let out = options.out else {
      throw CLIError.usage("--out DIR is required", command: "generate")
    }
    let seed = options.seed ?? 1
    let asCSV = options.encoding == .csv
    let folder = try OutputFolder(path: out, context: context)
    let generator = InventoryGenerator(seed: seed)
    let progress = Progress(label: "generate", total: entries.count, console: context.console)
    var records = 0
    // Generated on every core and staged; each batch is flushed to disk once, then put in place.
    var batches = ParallelBatches<
      RegisterEntry, RegisterEntry, (records: Int, files: [OutputFolder.StagedFile])
    >(
      work: { entry in
        let inventory = generator.inventory(for: entry)
        let name = FileName.comune(code: entry.istatCode, name: entry.name)
        let files =
          asCSV
          ? try inventory.csvSheets().map { try folder.stage($0.text, to: "\(name)/\($0.name)") }
          : [try folder.stage(inventory.json.serialized() + "\n", to: "\(name).json")]
        return (inventory.recordCount, files)
      },
      batchDone: { try folder.flush() },
      show: { generated in
        for file in generated.files { try folder.place(file) }
        records += generated.records
        progress.advance()
      },
      discard: { generated in generated.files.forEach(folder.discard) })
    do {
      for entry in entries { try batches.add(entry) }
      try batches.finish()
    } catch {
      batches.abandon()
      throw error
    }
    progress.finish()
    context.print(
      "Wrote \(entries.count) synthetic inventories (\(records) records, seed \(seed)) to \(folder.root.path)"
    )
  }
}
