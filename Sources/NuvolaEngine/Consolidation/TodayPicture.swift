import NuvolaModel
import NuvolaSupport

/// The comuni of a consolidation as they are today, in total: population, ICT spend (declared,
/// estimated, unknown), sites and their AgID class, servers, applications by domain, vendors and the
/// products they run (who runs the same product: the first candidates for a joint contract).
public struct TodayPicture: Sendable, Equatable {
  /// Applications of one domain across the comuni.
  public struct DomainUse: Sendable, Equatable {
    public var domain: ServiceDomain
    public var applications: Int
    public var comuni: Int
    public var isBase: Bool

    public var json: JSON {
      .object([
        ("domain", .string(domain.rawValue)),
        ("label", BilingualText(it: domain.italianLabel, en: domain.englishLabel).json),
        ("applications", .int(applications)), ("comuni", .int(comuni)), ("base_service", .bool(isBase)),
      ])
    }
  }

  /// One vendor across the comuni.
  public struct VendorUse: Sendable, Equatable {
    public var vendor: String
    public var comuni: Int
    public var applications: Int
    public var knownCost: Money

    public var json: JSON {
      .object([
        ("vendor", .string(vendor)), ("comuni", .int(comuni)), ("applications", .int(applications)),
        ("known_cost", EngineJSON.money(knownCost)),
      ])
    }
  }

  public var comuni = 0
  public var withInventory = 0
  /// Sum of the known populations.
  public var population = 0
  public var populationUnknown = 0
  public var spendDeclared = Money.zero
  public var comuniDeclared = 0
  public var spendEstimated = Money.zero
  public var comuniEstimated = 0
  public var comuniSpendUnknown = 0
  public var sitesClassA = 0
  public var sitesGruppoB = 0
  /// Sites running servers, storage or applications.
  public var workloadSites = 0
  public var physicalServers = 0
  public var virtualMachines = 0
  public var applications = 0
  public var cloudApplications = 0
  public var applicationsWithoutCost = 0
  /// In catalogue order.
  public var domains: [DomainUse] = []
  /// Most comuni first, then by name.
  public var vendors: [VendorUse] = []
  /// Most comuni first, then by known cost, then by key.
  public var products: [SharedProduct] = []

  /// Declared plus estimated spend; comuni with unknown spend are counted apart.
  public var spendTotal: Money { spendDeclared + spendEstimated }

  public var sharedProducts: [SharedProduct] { products.filter(\.isShared) }

  public var json: JSON {
    .object([
      ("comuni", .int(comuni)), ("with_inventory", .int(withInventory)),
      ("register_only", .int(comuni - withInventory)),
      ("population", .int(population)), ("population_unknown", .int(populationUnknown)),
      ("ict_spend_declared", EngineJSON.money(spendDeclared)), ("comuni_declared", .int(comuniDeclared)),
      ("ict_spend_estimated", EngineJSON.money(spendEstimated)), ("comuni_estimated", .int(comuniEstimated)),
      ("comuni_spend_unknown", .int(comuniSpendUnknown)), ("ict_spend_total", EngineJSON.money(spendTotal)),
      ("sites_class_a", .int(sitesClassA)), ("sites_gruppo_b", .int(sitesGruppoB)),
      ("workload_sites", .int(workloadSites)), ("physical_servers", .int(physicalServers)),
      ("virtual_machines", .int(virtualMachines)), ("applications", .int(applications)),
      ("cloud_applications", .int(cloudApplications)),
      ("applications_without_cost", .int(applicationsWithoutCost)),
      ("applications_by_domain", .array(domains.map(\.json))),
      ("vendors", .array(vendors.map(\.json))),
      ("products", .array(products.map(\.json))),
    ])
  }
}
