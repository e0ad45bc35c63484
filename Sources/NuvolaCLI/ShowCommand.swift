import NuvolaKit

/// `nuvola show COMUNE`: the current snapshot of one comune.
enum ShowCommand {
  static let command = Command(
    spec: CommandSpec(
      name: "show",
      abstract: "Show a comune's current snapshot (COMUNE = ISTAT code or name)",
      discussion: """
        With --format json the output holds the snapshot's metadata, the population used (and
        where it comes from) and the inventory itself in the import format.
        """,
      options: [.value("--snapshot", "ID", "Show this snapshot instead of the current one")],
      positionals: [
        PositionalSpec(name: "COMUNE", help: "ISTAT code (014061) or name (Sondrio, \"Castro (BG)\")")
      ]),
    run: run)

  static func run(_ arguments: ParsedArguments, _ context: Context) throws {
    try context.requireFormat([.text, .json], command: "show")
    let snapshot = try load(
      arguments.positionals[0], snapshotID: arguments.value("--snapshot"), context: context)
    if context.format == .json {
      context.print(json(snapshot: snapshot).serialized(sortKeys: true))
    } else {
      context.print(text(snapshot: snapshot))
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

  static func text(snapshot: Snapshot) -> String {
    let inventory = snapshot.inventory
    let comune = inventory.comune
    let summary = InventorySummary(inventory)
    let population = PopulationFigure(comune: comune, register: Register.shipped)
    var lines = [
      "\(comune.istatCode) \(Register.shipped.entry(code: comune.istatCode)?.name ?? snapshot.info.name)"
        + (comune.illustrative == true ? " (illustrative data)" : ""),
      "Snapshot \(snapshot.info.id) of \(snapshot.info.inventoryDate?.description ?? "unknown date"), from \(snapshot.info.source)",
      "Population: \(population.display)",
      "Staff: \(comune.staff.map(String.init) ?? "unknown"), IT staff: \(comune.itStaff.map(String.init) ?? "unknown"), "
        + "ICT spend: \(comune.ictSpend.map { "EUR \($0)/year" } ?? "unknown")",
      "",
    ]
    var sites = TextTable(header: ["Site", "Name", "Kind", "UPS", "Generator", "Offsite backup", "DR"])
    for site in inventory.sites {
      sites.append([
        site.id, site.name, site.kind?.rawValue ?? "unknown", flag(site.ups), flag(site.generator),
        flag(site.offsiteBackup), flag(site.disasterRecovery),
      ])
    }
    if !inventory.sites.isEmpty { lines += ["Sites", sites.render(), ""] }
    lines.append(
      "Devices: \(summary.physicalServers) physical servers, \(summary.virtualMachines) VMs, "
        + "\(summary.workstations) workstations, \(summary.devicesByKind.values.reduce(0, +)) in all")
    lines.append("")
    var applications = TextTable(header: [
      "Application", "Name", "Domain", "Deployment", "Vendor", "Yearly cost",
    ])
    for application in inventory.applications {
      applications.append([
        application.id, application.name, application.domain?.rawValue ?? "unknown",
        application.deployment?.rawValue ?? "unknown", application.vendor ?? "",
        application.yearlyCost.map { "EUR \($0)" } ?? "unknown",
      ])
    }
    if !inventory.applications.isEmpty {
      lines += [
        "Applications (\(summary.cloudApplications) of \(summary.applicationCount) in the cloud)",
        applications.render(), "",
      ]
    }
    var links = TextTable(header: ["Link", "Site", "Technology", "Down Mbps", "Up Mbps", "Backup"])
    for link in inventory.links {
      links.append([
        link.id, link.site, link.technology?.rawValue ?? "unknown", link.down.map(number) ?? "unknown",
        link.up.map(number) ?? "unknown", flag(link.backup),
      ])
    }
    if !inventory.links.isEmpty { lines += ["Links", links.render()] }
    return lines.joined(separator: "\n")
  }

  static func flag(_ value: Bool?) -> String {
    switch value {
    case true?: return "yes"
    case false?: return "no"
    case nil: return "unknown"
    }
  }

  static func number(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }
}
