import NuvolaSupport

/// The yearly cost of a shared service centre under the rules' cost model: a fixed part, staff sized
/// on the number of members, the base-service platform per inhabitant, and the services on request
/// (tariffs set at cost), with the arithmetic of each line.
public struct CentreCost: Sendable, Equatable {
  public var fixed: Money
  public var members: Int
  public var membersPerFTE: Int
  public var staffFTE: Int
  public var staffCostPerFTE: Money
  public var platformCostPerInhabitant: Money
  public var population: Int
  public var onRequestServices: Int
  public var onRequest: Money

  public var staff: Money { staffCostPerFTE * staffFTE }
  public var platform: Money { Money(cents: platformCostPerInhabitant.cents * Int64(population)) }
  /// What membership fees cover: fixed, staff and platform.
  public var base: Money { fixed + staff + platform }
  public var total: Money { base + onRequest }

  public var arithmetic: [BilingualText] {
    let money = ConsolidationText.money
    let grouped = ConsolidationText.grouped
    return [
      BilingualText(
        it: "Quota fissa (governo, coordinamento, sede): \(money(fixed, .it))",
        en: "Fixed part (governance, coordination, premises): \(money(fixed, .en))"),
      BilingualText(
        it: "Personale: \(grouped(members, .it)) comuni / \(membersPerFTE) per tecnico = \(staffFTE) tecnici "
          + "(per eccesso) x \(money(staffCostPerFTE, .it)) = \(money(staff, .it))",
        en:
          "Staff: \(grouped(members, .en)) comuni / \(membersPerFTE) per technician = \(staffFTE) technicians "
          + "(rounded up) x \(money(staffCostPerFTE, .en)) = \(money(staff, .en))"),
      BilingualText(
        it: "Piattaforma dei servizi base: \(grouped(population, .it)) abitanti x "
          + "\(money(platformCostPerInhabitant, .it)) = \(money(platform, .it))",
        en: "Base-service platform: \(grouped(population, .en)) inhabitants x "
          + "\(money(platformCostPerInhabitant, .en)) = \(money(platform, .en))"),
      BilingualText(
        it: "Servizi a richiesta: \(grouped(onRequestServices, .it)) servizi a tariffa (al costo) = "
          + money(onRequest, .it),
        en: "Services on request: \(grouped(onRequestServices, .en)) services at their tariff (at cost) = "
          + money(onRequest, .en)),
      BilingualText(
        it: "Costo annuo del centro: \(money(base, .it)) + \(money(onRequest, .it)) = \(money(total, .it))",
        en: "Yearly cost of the centre: \(money(base, .en)) + \(money(onRequest, .en)) = \(money(total, .en))"
      ),
    ]
  }

  public var json: JSON {
    .object([
      ("fixed", EngineJSON.money(fixed)), ("members", .int(members)),
      ("members_per_fte", .int(membersPerFTE)),
      ("staff_fte", .int(staffFTE)), ("staff_cost_per_fte", EngineJSON.money(staffCostPerFTE)),
      ("staff", EngineJSON.money(staff)),
      ("platform_cost_per_inhabitant", EngineJSON.money(platformCostPerInhabitant)),
      ("population", .int(population)), ("platform", EngineJSON.money(platform)),
      ("base", EngineJSON.money(base)), ("on_request_services", .int(onRequestServices)),
      ("on_request", EngineJSON.money(onRequest)), ("total", EngineJSON.money(total)),
      ("arithmetic", .array(arithmetic.map(\.json))),
    ])
  }
}
