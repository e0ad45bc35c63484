import NuvolaEngine
import NuvolaModel
import NuvolaSupport

/// Small hand-made inventories for the planner tests. Every application starts as a clean
/// repurchase case (a qualified SaaS alternative that imports the data, ordinary data, structured,
/// used over the internet) so that each test changes only the facts it is about. No data volume is
/// given, so a move's one-off cost is exactly the base of its strategy (repurchase: EUR 6,000).
enum PlanFixtures {
  static let rules = RulesFixture.book
  /// January, so that plan years are calendar years and waves are semesters.
  static let start = YearMonth(year: 2026, month: 1)!

  /// A Gruppo B site: the census was not answered, so it is Gruppo B by default.
  static func gruppoB(_ id: String = "ced") -> Site {
    var site = Site(id: id, name: "Sala server", kind: .serverRoom)
    site.censusAnswered = false
    return site
  }

  /// A class-A site (every criterion of the checklist met).
  static func classA(_ id: String = "ced") -> Site { EngineFixtures.fullSite(id) }

  static func application(
    _ id: String, domain: ServiceDomain = .protocollo, site: String? = "ced", yearly: Int? = 1200,
    contractEnd: Day? = nil
  ) -> Application {
    var application = Application(id: id, name: id, domain: domain, deployment: .onPremise)
    application.site = site
    application.dataClass = .ordinario
    application.structuredData = true
    application.saasAlternative = true
    application.saasAlternativeQualified = true
    application.dataImportSupported = true
    application.sourceModifiable = false
    application.networkAccess = .internet
    application.dataUpdate = .daily
    application.users = 5
    application.yearlyCost = yearly.map { Money(euros: $0) }
    application.contractEnd = contractEnd
    return application
  }

  /// A fast link, so that connectivity never holds a move unless a test wants it to.
  static func fastLink(site: String = "ced") -> Link {
    EngineFixtures.link("link-\(site)", site: site, down: 1000, up: 300)
  }

  static func inventory(
    _ applications: [Application], sites: [Site] = [gruppoB()], assets: [Asset] = [], links: [Link]? = nil
  ) -> Inventory {
    // Population unknown: the 1.2 lump sum is unknown, so funding never enters the arithmetic.
    let comune = Comune(
      istatCode: "014061", name: "Sondrio", inventoryDate: Day(year: 2025, month: 12, day: 31))
    return Inventory(
      comune: comune, sites: sites, assets: assets, applications: applications,
      links: links ?? sites.map { fastLink(site: $0.id) })
  }

  static func options(
    budget: Int? = nil, maxPerWave: Int? = nil, years: Int = 5, discountRate: Double? = 0,
    start: YearMonth = start
  ) -> PlanOptions {
    PlanOptions(
      start: start, waveMonths: 6, years: years, budgetPerYear: budget.map { Money(euros: $0) },
      maxPerWave: maxPerWave, discountRate: discountRate)
  }

  static func plan(_ inventory: Inventory, _ options: PlanOptions = options()) -> Plan {
    NuvolaEngine.plan(inventory, rules: rules, options: options)
  }

  /// 1-based wave of each application, for compact expectations.
  static func waves(_ plan: Plan) -> [String: Int] {
    var result: [String: Int] = [:]
    for wave in plan.waves {
      for item in wave.applications { result[item.applicationId] = wave.index }
    }
    return result
  }
}
