import Foundation
import NuvolaEngine
import NuvolaRules
import NuvolaStore
import NuvolaSupport

/// `nuvola demo`: the main job on the samples. A fresh store from every inventory under
/// `Inventories/`, a summary of each comune, and every report into `Reports/`.
enum DemoCommand {
  static let command = Command(
    spec: CommandSpec(
      name: "demo",
      abstract: "Import every sample in Inventories/ into a fresh store and write every report",
      discussion: """
        The store is Reports/nuvola-demo.sqlite (rebuilt on every run) unless --db names a file
        that does not exist yet: demo never overwrites a store of yours.
        """),
    options: Options.self, run: run)

  struct Options: CommandOptions {
    var out: String?
    var inventories: String?

    static var options: [OptionDeclaration<Self>] {
      [
        ReportCommand.outOption(\.out),
        .option("--inventories", \.inventories, "DIR", "Folder of inventories to import (default Inventories)"),
      ]
    }
  }

  static func run(_ options: Options, _ context: Context) throws {
    try context.requireFormat([.text, .json], command: "demo")
    let inventoriesPath = options.inventories ?? "Inventories"
    let paths = try inventoryPaths(in: inventoriesPath, context: context)
    let folder = try OutputFolder(path: options.out ?? "Reports", context: context)
    var demoContext = context
    let storePath = try freshStorePath(folder: folder, context: context)
    demoContext.global.db = storePath
    let store = try InventoryStore(path: storePath, mode: .create)
    let outcomes = try ImportCommand.importAll(paths, into: store, context: demoContext)
    let rules = try context.rules()
    var written: [String] = []
    var rows: [[String]] = []
    for comune in try store.comuni() {
      guard let snapshot = try store.currentSnapshot(istatCode: comune.istatCode) else { continue }
      let summary = InventorySummary(snapshot.inventory)
      let population = PopulationFigure(comune: snapshot.inventory.comune, register: Register.shipped)
      rows.append([
        comune.istatCode, comune.name, population.display(context.language), String(summary.sitesByKind.values.reduce(0, +)),
        String(summary.physicalServers), String(summary.virtualMachines), String(summary.applicationCount),
        summary.cloudShare.map { "\(Int(($0 * 100).rounded()))%" } ?? "-",
      ])
      written += try DemoReports.write(snapshot: snapshot, rules: rules, folder: folder, context: context)
    }
    let portal = try DemoReports.portal(store: store, folder: folder, context: demoContext)
    if context.format == .json {
      let json = JSON.object([
        ("store", .string(storePath)),
        ("imported", .int(outcomes.count)),
        ("reports", .array(written.map(JSON.string))),
        ("portal", .string(portal.page)),
      ])
      context.print(json.serialized(sortKeys: true))
      return
    }
    var table = TextTable(
      header: context.language == .it
        ? ["ISTAT", "Comune", "Popolazione", "Siti", "Server", "VM", "Applicazioni", "Nel cloud"]
        : ["ISTAT", "Comune", "Population", "Sites", "Servers", "VMs", "Apps", "In cloud"],
      rightAligned: [3, 4, 5, 6, 7])
    rows.forEach { table.append($0) }
    context.print(table.render())
    context.print(
      context.language == .it
        ? "\nImportati \(outcomes.count) inventari di esempio in \(storePath).\n"
          + "Scritti \(written.count) rapporti in \(folder.root.path), situazione al \(context.asOf.italian).\n"
          + "Portale delle province degli esempi (\(portal.rows) comuni): \(portal.page).\n"
          + "Gli esempi sono dati illustrativi, non gli inventari reali dei comuni. Comuni e popolazione: \(Register.attribution)."
        : "\nImported \(outcomes.count) sample inventories into \(storePath).\n"
          + "Wrote \(written.count) reports into \(folder.root.path), as of \(context.asOf).\n"
          + "Portal of the samples' provinces (\(portal.rows) comuni): \(portal.page).\n"
          + "The samples are illustrative data, not the comuni's real inventories. Comuni and population: \(Register.attribution)."
    )
  }

  /// Every inventory directly inside the folder: `.json` files and folders holding `comune.csv`,
  /// in name order so the demo is the same on every machine.
  static func inventoryPaths(in path: String, context: Context) throws(CLIError) -> [String] {
    let url = context.resolve(path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue
    else {
      throw .failure(
        "no inventories folder at \(url.path): run demo from the project folder or give --inventories DIR")
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    } catch {
      throw .failure("cannot read \(url.path): \(OutputFolder.reason(error))")
    }
    // Paths as the user gave the folder (`Inventories/014061-sondrio.json`), so that the snapshots'
    // source, and the reports that show it, do not depend on where the project is checked out.
    let shown = path.hasSuffix("/") ? String(path.dropLast()) : path
    let paths = names.filter { !$0.hasPrefix(".") }.compactMap { name -> String? in
      let item = url.appendingPathComponent(name)
      if name.hasSuffix(".json") { return shown + "/" + name }
      let sheet = item.appendingPathComponent("comune.csv").path
      return FileManager.default.fileExists(atPath: sheet) ? shown + "/" + name : nil
    }
    guard !paths.isEmpty else {
      throw .failure("no inventories (.json files or CSV-sheet folders) in \(url.path)")
    }
    return paths
  }

  /// The demo's own store, rebuilt every run; a `--db` given by the user must not exist yet.
  static func freshStorePath(folder: OutputFolder, context: Context) throws(CLIError) -> String {
    if let given = context.global.db {
      let path = context.resolve(given).path
      if FileManager.default.fileExists(atPath: path) {
        throw .failure(
          "demo builds a fresh store and will not overwrite \(path); remove it or choose another --db")
      }
      return path
    }
    let path = folder.root.appendingPathComponent("nuvola-demo.sqlite").path
    for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
      do {
        try FileManager.default.removeItem(atPath: path + suffix)
      } catch {
        throw .failure(
          "cannot remove the previous demo store \(path + suffix): \(OutputFolder.reason(error))")
      }
    }
    return path
  }
}
