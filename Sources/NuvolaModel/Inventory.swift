/// Everything one comune described at one moment: the unit that is imported, stored as a snapshot,
/// validated and given to the engine.
public struct Inventory: Sendable, Equatable, Codable {
  public var comune: Comune
  public var sites: [Site]
  public var assets: [Asset]
  public var applications: [Application]
  public var links: [Link]

  public init(
    comune: Comune, sites: [Site] = [], assets: [Asset] = [], applications: [Application] = [],
    links: [Link] = []
  ) {
    self.comune = comune
    self.sites = sites
    self.assets = assets
    self.applications = applications
    self.links = links
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    comune = try c.decode(Comune.self, forKey: .comune)
    sites = try c.decodeIfPresent([Site].self, forKey: .sites) ?? []
    assets = try c.decodeIfPresent([Asset].self, forKey: .assets) ?? []
    applications = try c.decodeIfPresent([Application].self, forKey: .applications) ?? []
    links = try c.decodeIfPresent([Link].self, forKey: .links) ?? []
  }

  /// Number of records of every kind, the comune included.
  public var recordCount: Int { 1 + sites.count + assets.count + applications.count + links.count }
}
