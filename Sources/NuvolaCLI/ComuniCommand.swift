import NuvolaReports
import NuvolaRules
import NuvolaStore
import NuvolaSupport

/// `nuvola comuni`: the comuni the store holds, with their current snapshot.
enum ComuniCommand {
  static let command = Command(
    spec: CommandSpec(
      name: "comuni",
      abstract: "List the comuni in the store with their current snapshot"),
    options: NoOptions.self, run: run)

  static func run(_ options: NoOptions, _ context: Context) throws {
    try context.requireFormat([.text, .json, .csv], command: "comuni")
    let store = try context.openStoreForReading()
    let comuni = try store.comuni()
    // The register's name, whatever spelling an inventory imported before names were checked gave.
    func name(_ comune: StoredComune) -> String {
      Register.shipped.entry(code: comune.istatCode)?.name ?? comune.name
    }
    switch context.format {
    case .json:
      let items = comuni.map { comune -> JSON in
        .object([
          ("istat_code", .string(comune.istatCode)),
          ("name", .string(name(comune))),
          ("snapshot", .int(comune.current.id)),
          ("snapshots", .int(comune.snapshotCount)),
          ("inventory_date", comune.current.inventoryDate.map { .string($0.description) } ?? .null),
          ("source", .string(comune.current.source)),
          ("sites", .int(comune.siteCount)),
          ("assets", .int(comune.assetCount)),
          ("applications", .int(comune.applicationCount)),
          ("links", .int(comune.linkCount)),
        ])
      }
      context.print(JSON.array(items).serialized(sortKeys: true))
    case .csv:
      var writer = context.csvWriter
      var text = writer.row(
        context.csvDialect.header(
          [
            "istat_code", "name", "snapshot", "snapshots", "inventory_date", "source", "sites", "assets",
            "applications", "links",
          ], language: context.language))
      for comune in comuni {
        text += writer.row([
          comune.istatCode, name(comune), String(comune.current.id), String(comune.snapshotCount),
          comune.current.inventoryDate?.description ?? "", comune.current.source, String(comune.siteCount),
          String(comune.assetCount), String(comune.applicationCount), String(comune.linkCount),
        ])
      }
      context.console.out(text)
    case .text:
      let language = context.language
      let texts = TextCatalogue.messages
      if comuni.isEmpty {
        context.print(texts.text("comuni.empty", language, ["path": context.databasePath]))
        return
      }
      let format = ReportFormatter(language)
      var table = TextTable(header: texts.cells("comuni.header", language))
      for comune in comuni {
        table.append([
          comune.istatCode, name(comune), "\(comune.current.id) (\(comune.snapshotCount))",
          comune.current.inventoryDate.map(format.day) ?? texts.text("common.unknown", language),
          String(comune.siteCount), String(comune.assetCount), String(comune.applicationCount),
          comune.current.source,
        ])
      }
      context.print(table.render())
      context.print(
        texts.text(
          "comuni.count", language, count: comuni.count,
          ["count": String(comuni.count), "path": context.databasePath]))
    }
  }
}
