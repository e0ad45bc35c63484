import Foundation
import NuvolaEngine
import NuvolaFormats
import NuvolaRules
import NuvolaSupport

/// `nuvola consolidate`: many comuni together — today, joint procurement, a shared service centre
/// and its fees, population clusters and the rollout — from the store, and from the register alone for
/// the comuni whose inventory is not in yet.
enum ConsolidateCommand {
  static let command = Command(
    spec: CommandSpec(
      name: "consolidate",
      abstract: "Consolidate many comuni: procurement, shared centre, clusters, rollout",
      discussion: """
        Comuni with an inventory in the store are read from it (their current snapshot); the others
        count with their ISTAT 2011 population and a spend estimated per inhabitant, marked as
        estimates. Sections: today, joint procurement, shared service centre (fees that cover its
        cost exactly), clusters (< 5,000, 5,000-15,000, > 15,000) and rollout (pilots, then waves
        with the PNRR money each can claim). Models and assumptions: rules/consolidation.json.
        --format json gives every number and its arithmetic; --format csv one row per comune.
        """,
      usageLines: ["(--province P | --region R | --comuni A,B,C) [--centre COMUNE] [--pilots A,B]"]),
    options: Options.self, run: run)

  struct Options: CommandOptions {
    var selection = RegisterSelection.Choice()
    var centre: String?
    var pilots: [String]?

    static var options: [OptionDeclaration<Self>] {
      RegisterSelection.areaOptions(\.selection, comuniValue: "A,B,C") + [
        .option("--centre", \.centre, "COMUNE", "The comune that seats the shared centre (default: rules)"),
        .option(
          "--pilots", \.pilots, "A,B", "The pilot comuni (default: the readiest of each cluster)",
          convert: OptionConversion.list),
      ]
    }
  }

  static func run(_ options: Options, _ context: Context) throws {
    try context.requireFormat([.text, .json, .csv], command: "consolidate")
    let register = Register.shipped
    let chosen = options.selection.given
    guard chosen.count == 1 else {
      throw CLIError.usage(
        chosen.isEmpty
          ? "choose the comuni: --province P, --region R or --comuni A,B,C"
          : "choose one of \(chosen.joined(separator: ", ")), not several", command: "consolidate")
    }
    var seen: Set<String> = []
    let entries = try RegisterSelection.entries(options.selection, register: register, command: "consolidate")
      .filter { seen.insert($0.istatCode).inserted }
    guard !entries.isEmpty else { throw CLIError.usage("--comuni names no comune", command: "consolidate") }
    let centre = try options.centre.map {
      try member($0, of: seen, register: register, option: "--centre")
    }
    var pilots: [String] = []
    for query in options.pilots ?? [] {
      let code = try member(query, of: seen, register: register, option: "--pilots")
      if !pilots.contains(code) { pilots.append(code) }
    }
    let rules = try context.rules()
    let digester = ConsolidationDigester(rules: rules, register: register)
    let (members, storeNote) = try load(entries, digester: digester, context: context)
    var settings = ConsolidationOptions(
      area: area(options.selection, entries), centre: centre, pilots: pilots)
    settings.asOf = context.asOf
    settings.awards = try AwardsCommand.book(context: context)
    let analysis = consolidate(members, rules: rules, options: settings)
    switch context.format {
    case .json:
      var json = analysis.json
      if case .object(var fields) = json {
        fields.append(("store", storeNote.json))
        json = .object(fields)
      }
      context.print(json.serialized(sortKeys: true))
    case .csv:
      context.console.out(csv(analysis, dialect: context.csvDialect, language: context.language))
    case .text:
      context.print(TextReport(analysis: analysis, store: storeNote, language: context.language).render())
    }
  }

  /// A comune named by an option, which must be one of the selection.
  static func member(_ query: String, of selection: Set<String>, register: Register, option: String) throws
    -> String
  {
    let entry = try RegisterSelection.resolve(query, register: register, command: "consolidate")
    guard selection.contains(entry.istatCode) else {
      throw CLIError.usage(
        "\(option) \(entry.istatCode) \(entry.name) is not among the comuni chosen", command: "consolidate")
    }
    return entry.istatCode
  }

  static func area(_ selection: RegisterSelection.Choice, _ entries: [RegisterEntry]) -> BilingualText {
    if selection.province != nil, let first = entries.first {
      return BilingualText(it: "Provincia di \(first.province)", en: "Province of \(first.province)")
    }
    if selection.region != nil, let first = entries.first {
      return BilingualText(it: "Regione \(first.region)", en: "Region \(first.region)")
    }
    // By ISTAT code, like every list of the analysis: the same comuni in any order give the same output.
    let sorted = entries.sorted { $0.istatCode < $1.istatCode }
    let names = sorted.prefix(6).map(\.name).joined(separator: ", ") + (entries.count > 6 ? ", ..." : "")
    return BilingualText(it: "\(entries.count) comuni: \(names)", en: "\(entries.count) comuni: \(names)")
  }

  /// What the store held for the selection, for the reader to judge how much is estimated.
  struct StoreNote {
    var path: String
    var exists: Bool
    var inventories: Int

    var json: JSON {
      .object([("path", .string(path)), ("exists", .bool(exists)), ("inventories", .int(inventories))])
    }
  }

  /// Digests every selected comune: stored ones from their current snapshots, as the store was when
  /// the list of comuni was read, on every core; the rest from the register. A missing store means
  /// the register alone.
  static func load(_ entries: [RegisterEntry], digester: ConsolidationDigester, context: Context) throws
    -> ([ConsolidationMember], StoreNote)
  {
    let path = context.databasePath
    var members: [String: ConsolidationMember] = [:]
    if FileManager.default.fileExists(atPath: path) {
      let ids = try context.openStoreForReading().currentSnapshotIDs(among: Set(entries.map(\.istatCode)))
      try ComuneScope.each(
        ids, context: context, label: "consolidate", work: { digester.member($0) },
        show: { members[$0.istatCode] = $0 })
    }
    let inventories = members.count
    for entry in entries where members[entry.istatCode] == nil {
      members[entry.istatCode] = digester.member(registerEntry: entry)
    }
    let note = StoreNote(
      path: path, exists: FileManager.default.fileExists(atPath: path), inventories: inventories)
    return (members.keys.sorted().map { members[$0]! }, note)
  }

  // MARK: CSV

  static let csvHeader =
    [
      "istat_code", "name", "province", "population", "population_source", "cluster", "inventory", "snapshot",
      "ict_spend", "ict_spend_status", "sites", "sites_class_a", "sites_gruppo_b", "ceds_closing",
      "physical_servers", "virtual_machines", "applications", "cloud_applications", "readiness",
    ] + SpendCategory.allCases.map { "spend_\($0.rawValue)" } + [
      "saving_shared_contracts", "saving_volume", "saving_total", "saving_is_estimate",
      "centre_membership_fee",
      "centre_services_on_request", "centre_tariffs", "centre_pays", "centre_taken_over", "pilot", "wave",
      "pnrr_total", "pnrr_unknown_columns",
    ]

  /// One row per comune by ISTAT code; unknown values are empty cells, never 0. Totals are in the JSON.
  static func csv(_ analysis: ConsolidationAnalysis, dialect: CSVDialect, language: Language) -> String {
    var writer = CSVWriter(dialect: dialect)
    var text = writer.row(dialect.header(csvHeader, language: language))
    func amount(_ money: Money?) -> String { money.map { writer.number($0.description) } ?? "" }
    let procurement = Dictionary(
      uniqueKeysWithValues: analysis.procurement.members.map { ($0.istatCode, $0) })
    let fees = Dictionary(uniqueKeysWithValues: analysis.centre.fees.map { ($0.istatCode, $0) })
    let closing = Dictionary(grouping: analysis.centre.closing, by: \.istatCode)
    let pilots = Set(analysis.rollout.pilots.map(\.istatCode))
    var waves: [String: Int] = [:]
    for wave in analysis.rollout.waves { for code in wave.comuni { waves[code] = wave.number } }
    for member in analysis.members {
      let saving = procurement[member.istatCode]
      let fee = fees[member.istatCode]
      let inventory = member.hasInventory
      func count(_ value: Int) -> String { inventory ? String(value) : "" }
      var cells = [
        member.istatCode, member.name, member.province, member.population.value.map(String.init) ?? "",
        member.population.source.rawValue, member.cluster?.key ?? "unknown",
        dialect.flag(inventory, language: language),
        member.snapshot.map { String($0.id) } ?? "", amount(member.spend.value),
        member.spend.status.rawValue, count(member.sites.count), count(member.sitesOf(.a)),
        count(member.sitesOf(.gruppoB)), count(closing[member.istatCode]?.count ?? 0),
        count(member.physicalServers), count(member.virtualMachines), count(member.applications),
        count(member.cloudApplications),
        member.readiness.map { writer.number(ConsolidationText.decimal($0.tenths, scale: 10, .en)) } ?? "",
      ]
      cells += SpendCategory.allCases.map { amount(member.categories[$0]) }
      let funding = member.funding.compactMap { $0 }.reduce(Money.zero, +)
      cells += [
        amount(saving?.sharedContractSaving), amount(saving?.volumeSaving),
        amount(saving?.saving), dialect.flag((saving?.estimatedSaving ?? .zero) > .zero, language: language),
        amount(fee?.membershipFee), fee?.requested.map { String($0.count) } ?? "",
        fee.map { $0.requested == nil ? "" : amount($0.tariffs) } ?? "", amount(fee?.pays),
        amount(fee?.takenOver), dialect.flag(pilots.contains(member.istatCode), language: language),
        waves[member.istatCode].map(String.init) ?? "", amount(funding),
        String(member.funding.filter { $0 == nil }.count),
      ]
      text += writer.row(cells)
    }
    return text
  }
}
