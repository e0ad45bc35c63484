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
    return [
      BilingualText(
        key: "consolidation.fixed_part_governance_coordination_premises",
        ["fixed": TextNumber.money(fixed)]),
      BilingualText(
        key: "consolidation.staff_comuni_per_technician_technicians",
        [
          "members": TextNumber.grouped(members),
          "members_per_fte": membersPerFTE,
          "staff_fte": staffFTE,
          "staff_cost_per_fte": TextNumber.money(staffCostPerFTE),
          "staff": TextNumber.money(staff),
        ]),
      BilingualText(
        key: "consolidation.base_service_platform_inhabitants_x",
        [
          "population": TextNumber.grouped(population),
          "platform_cost_per_inhabitant": TextNumber.money(platformCostPerInhabitant),
          "platform": TextNumber.money(platform),
        ]),
      BilingualText(
        key: "consolidation.services_on_request_services_at",
        [
          "on_request_services": TextNumber.grouped(onRequestServices),
          "on_request": TextNumber.money(onRequest),
        ]),
      BilingualText(
        key: "consolidation.yearly_cost_of_the_centre",
        [
          "base": TextNumber.money(base),
          "on_request": TextNumber.money(onRequest),
          "total": TextNumber.money(total),
        ]),
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
