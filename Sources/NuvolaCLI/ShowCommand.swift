import NuvolaEngine
import NuvolaModel
import NuvolaReports
import NuvolaRules
import NuvolaSupport

/// `nuvola show COMUNE`: the current snapshot of one comune.
enum ShowCommand {
  static let command = Command(
    spec: CommandSpec(
      name: "show",
      abstract: "Show a comune's current snapshot (COMUNE = ISTAT code or name)",
      discussion: """
        With --format json the output holds the snapshot's metadata, the population used (and
        where it comes from) and the inventory itself in the import format.
        """),
    options: Options.self, run: run)

  struct Options: CommandOptions {
    var snapshot: String?
    var comune = ""

    static var options: [OptionDeclaration<Self>] {
      [.option("--snapshot", \.snapshot, "ID", "Show this snapshot instead of the current one")]
    }
    static var arguments: [ArgumentDeclaration<Self>] {
      [.required("COMUNE", \.comune, ComuneScope.comuneHelp)]
    }
  }

  static func run(_ options: Options, _ context: Context) throws {
    try context.requireFormat([.text, .json], command: "show")
    let snapshot = try load(options.comune, snapshotID: options.snapshot, context: context)
    if context.format == .json {
      context.print(json(snapshot: snapshot).serialized(sortKeys: true))
    } else {
      context.print(text(snapshot: snapshot, language: context.language))
    }
  }

  /// The snapshot a user means: resolves the comune through the register, then reads the store.
  static func load(_ query: String, snapshotID: String?, context: Context) throws -> Snapshot {
    let entry = try RegisterSelection.resolve(query, register: Register.shipped, command: "show")
    let store = try context.openStoreForReading()
    if let snapshotID {
      guard let id = Int64(snapshotID), let snapshot = try store.snapshot(id: id),
        snapshot.info.istatCode == entry.istatCode
      else {
        throw CLIError.failure("\(entry.name) has no snapshot \(snapshotID) in \(context.databasePath)")
      }
      return snapshot
    }
    guard let snapshot = try store.currentSnapshot(istatCode: entry.istatCode) else {
      throw CLIError.failure(
        "\(entry.istatCode) \(entry.name) is not in the store \(context.databasePath): import its inventory first"
      )
    }
    return snapshot
  }

  static func json(snapshot: Snapshot) -> JSON {
    let info = snapshot.info
    var inventory = snapshot.inventory
    inventory.comune.name = Register.shipped.officialName(inventory.comune)
    let population = PopulationFigure(comune: snapshot.inventory.comune, register: Register.shipped)
    return .object([
      (
        "snapshot",
        .object([
          ("id", .int(info.id)),
          ("istat_code", .string(info.istatCode)),
          ("inventory_date", info.inventoryDate.map { .string($0.description) } ?? .null),
          ("source", .string(info.source)),
          ("content_hash", .string(info.contentHash)),
        ])
      ),
      ("population", population.json),
      ("inventory", inventory.json),
    ])
  }

  /// The snapshot in words, in `language` (texts from the message catalogue).
  static func text(snapshot: Snapshot, language: Language) -> String {
    let inventory = snapshot.inventory
    let comune = inventory.comune
    let summary = InventorySummary(inventory)
    let population = PopulationFigure(comune: comune, register: Register.shipped)
    let format = ReportFormatter(language)
    let texts = TextCatalogue.messages
    func t(_ key: String, _ parameters: KeyValuePairs<String, String> = [:]) -> String {
      texts.text(key, language, parameters)
    }
    let unknown = t("common.unknown")
    func whole(_ value: Int?) -> String { value.map(format.integer) ?? unknown }
    func flag(_ value: Bool?) -> String { value.map { t($0 ? "common.yes" : "common.no") } ?? unknown }
    let date = snapshot.info.inventoryDate.map(format.day) ?? t("show.unknown_date")
    var lines = [
      "\(comune.istatCode) \(Register.shipped.entry(code: comune.istatCode)?.name ?? snapshot.info.name)"
        + (comune.illustrative == true ? t("show.illustrative") : ""),
      t("show.snapshot", ["id": String(snapshot.info.id), "date": date, "source": snapshot.info.source]),
      population.value.map {
        t("show.population", ["value": format.integer($0), "source": population.text.text(language)])
      } ?? t("show.population", ["value": unknown, "source": population.text.text(language)]),
      t(
        "show.staff",
        [
          "staff": whole(comune.staff), "it_staff": whole(comune.itStaff),
          "spend": comune.ictSpend.map { t("common.per_year", ["amount": format.money($0)]) } ?? unknown,
        ]),
      "",
    ]
    var sites = TextTable(header: texts.cells("show.sites_header", language))
    for site in inventory.sites {
      sites.append([
        site.id, site.name, site.kind?.rawValue ?? unknown, flag(site.ups), flag(site.generator),
        flag(site.offsiteBackup), flag(site.disasterRecovery),
      ])
    }
    if !inventory.sites.isEmpty { lines += [t("show.sites"), sites.render(), ""] }
    lines.append(
      t(
        "show.devices",
        [
          "physical": format.integer(summary.physicalServers), "vms": format.integer(summary.virtualMachines),
          "workstations": format.integer(summary.workstations),
          "all": format.integer(summary.devicesByKind.values.reduce(0, +)),
        ]))
    lines.append("")
    var applications = TextTable(header: texts.cells("show.applications_header", language))
    for application in inventory.applications {
      applications.append([
        application.id, application.name, application.domain?.rawValue ?? unknown,
        application.deployment?.rawValue ?? unknown, application.vendor ?? "",
        application.yearlyCost.map(format.money) ?? unknown,
      ])
    }
    if !inventory.applications.isEmpty {
      lines += [
        t(
          "show.applications",
          ["cloud": String(summary.cloudApplications), "all": String(summary.applicationCount)]),
        applications.render(), "",
      ]
    }
    var links = TextTable(header: texts.cells("show.links_header", language))
    for link in inventory.links {
      links.append([
        link.id, link.site, link.technology?.rawValue ?? unknown,
        link.down.map { format.decimal($0, digits: 2) } ?? unknown,
        link.up.map { format.decimal($0, digits: 2) } ?? unknown, flag(link.backup),
      ])
    }
    if !inventory.links.isEmpty { lines += [t("show.links"), links.render()] }
    return lines.joined(separator: "\n")
  }
}
