import NuvolaModel
import NuvolaRules

/// The inventory indexed for planning: records by id, the site each application runs in, the AgID
/// class of each site and the 1.2 assessment of each application. Built once per plan.
struct PlanFacts {
  let inventory: Inventory
  let sites: [String: Site]
  let assets: [String: Asset]
  let applications: [String: Application]
  /// Applications sorted by id: the one order every loop uses, so output never depends on hashing.
  let orderedApplications: [Application]
  let siteClass: [String: CEDClass]
  /// Resolved site per application id (absent = runs in no site of the comune, or unknown).
  let siteOfApplication: [String: String]
  let cloudServices: [String: FundingCloudService]
  let links: [String: [Link]]

  init(_ inventory: Inventory, classification: CEDClassification, services: [FundingCloudService]) {
    self.inventory = inventory
    sites = Dictionary(inventory.sites.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    assets = Dictionary(inventory.assets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    applications = Dictionary(
      inventory.applications.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    orderedApplications = inventory.applications.sorted { $0.id < $1.id }
    siteClass = Dictionary(
      classification.sites.map { ($0.siteId, $0.cedClass) }, uniquingKeysWith: { first, _ in first })
    cloudServices = Dictionary(
      services.map { ($0.applicationId, $0) }, uniquingKeysWith: { first, _ in first })
    links = Dictionary(grouping: inventory.links, by: \.site)
    var resolved: [String: String] = [:]
    for application in inventory.applications {
      if let site = PlanFacts.site(of: application, assets: assets) { resolved[application.id] = site }
    }
    siteOfApplication = resolved
  }

  /// The application's own site, else the site of its server, else the site of its VM's host.
  static func site(of application: Application, assets: [String: Asset]) -> String? {
    if let site = application.site { return site }
    guard application.deployment == .onPremise || application.deployment == nil,
      let asset = application.asset.flatMap({ assets[$0] })
    else { return nil }
    if let site = asset.site { return site }
    return asset.host.flatMap { assets[$0]?.site }
  }

  /// Applications that run in a site (resolved), sorted by id.
  func applications(in siteId: String) -> [Application] {
    orderedApplications.filter { siteOfApplication[$0.id] == siteId }
  }
}
