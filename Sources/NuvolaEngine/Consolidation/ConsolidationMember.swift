import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// One comune of a consolidation, digested: what the analysis needs of its inventory (spend by
/// category, sites and their class, servers, applications, products, readiness, PNRR amounts), or,
/// for a comune without an inventory, its register population and an estimated spend.
///
/// A digest is small, so a region's worth of comuni fits in memory while their inventories are read
/// one at a time.
public struct ConsolidationMember: Sendable, Equatable {
  public var istatCode: String
  public var name: String
  public var province: String
  public var population: PopulationFigure
  /// Nil when the population is unknown.
  public var cluster: ClusterBoundaries.Cluster?
  /// The snapshot digested; nil for a comune known only from the register.
  public var snapshot: SnapshotInfo?
  public var spend: SpendFigure
  /// Known yearly amounts by category (categories with nothing known are absent).
  public var categories: [SpendCategory: Money]
  /// Applications whose yearly cost is not given.
  public var applicationsWithoutCost: Int
  /// The itemised costs exceed the declared ICT spend (the rest of the spend is then taken as 0).
  public var itemisedExceedsDeclared: Bool
  public var sites: [SiteDigest]
  public var physicalServers: Int
  public var virtualMachines: Int
  public var applications: Int
  public var cloudApplications: Int
  public var applicationsByDomain: [ServiceDomain: Int]
  public var applicationsWithoutDomain: Int
  /// Products run, by key.
  public var products: [ProductUse]
  /// Nil without an inventory: readiness is unknown, not zero.
  public var readiness: ReadinessScore?
  /// PNRR amounts aligned with `RegisterFunding.columns`: nil unknown, zero when not eligible.
  public var funding: [Money?]
  /// True when eligibility was checked on the inventory (not only the population class).
  public var fundingChecked: Bool

  public var hasInventory: Bool { snapshot != nil }

  public func amount(_ category: SpendCategory) -> Money { categories[category] ?? .zero }

  /// Domains with at least one application, in catalogue order.
  public var domainsUsed: [ServiceDomain] {
    ServiceDomain.allCases.filter { applicationsByDomain[$0] != nil }
  }

  public func sitesOf(_ cedClass: CEDClass) -> Int { sites.count(where: { $0.cedClass == cedClass }) }

  /// `012133 Varese`.
  public var label: String { "\(istatCode) \(name)" }

  public var json: JSON {
    var categoryMembers: [(String, JSON)] = []
    for category in SpendCategory.allCases {
      categoryMembers.append((category.rawValue, categories[category].map(EngineJSON.money) ?? .null))
    }
    var domains: [(String, JSON)] = []
    for domain in domainsUsed { domains.append((domain.rawValue, .int(applicationsByDomain[domain]!))) }
    return .object([
      ("istat_code", .string(istatCode)),
      ("name", .string(name)),
      ("province", .string(province)),
      ("population", population.json),
      ("cluster", cluster.map { .string($0.key) } ?? .null),
      ("inventory", .bool(hasInventory)),
      ("snapshot", snapshot.map { .int($0.id) } ?? .null),
      ("inventory_date", EngineJSON.day(snapshot?.inventoryDate)),
      ("ict_spend", spend.json),
      ("spend_by_category", .object(categoryMembers)),
      ("applications_without_cost", .int(applicationsWithoutCost)),
      ("itemised_exceeds_declared", .bool(itemisedExceedsDeclared)),
      ("sites", .array(sites.map(\.json))),
      ("sites_class_a", .int(sitesOf(.a))),
      ("sites_gruppo_b", .int(sitesOf(.gruppoB))),
      ("physical_servers", .int(physicalServers)),
      ("virtual_machines", .int(virtualMachines)),
      ("applications", .int(applications)),
      ("cloud_applications", .int(cloudApplications)),
      ("applications_by_domain", .object(domains)),
      ("applications_without_domain", .int(applicationsWithoutDomain)),
      ("products", .array(products.map(\.json))),
      ("readiness", readiness?.json ?? .null),
    ])
  }
}
