/// A network connection of a site.
public struct Link: InventoryRecord {
  public var id: String
  public var site: String
  public var technology: LinkTechnology?
  public var down: Double?
  public var up: Double?
  public var provider: String?
  public var backup: Bool?
  public var yearlyCost: Money?

  public init(id: String, site: String, technology: LinkTechnology? = nil) {
    self.id = id
    self.site = site
    self.technology = technology
  }

  public static let recordType = RecordType.link
  public static var blank: Link { Link(id: "", site: "") }

  enum CodingKeys: String, CodingKey {
    case id, site, technology, down = "down_mbps", up = "up_mbps", provider, backup
    case yearlyCost = "yearly_cost"
  }

  public static let fields: [Field<Link>] = [
    .id("id", \.id, "Unique id of the link within the inventory"),
    .requiredReference("site", \.site, to: .site, "Site the link connects"),
    .choice("technology", \.technology, "Access technology"),
    .decimal("down_mbps", \.down, 0...100_000, unit: "Mbit/s", "Download bandwidth"),
    .decimal("up_mbps", \.up, 0...100_000, unit: "Mbit/s", "Upload bandwidth"),
    .text("provider", \.provider, "Carrier"),
    .flag("backup", \.backup, "yes = a backup line, used when the main one fails"),
    .money("yearly_cost", \.yearlyCost, unit: "EUR/year", "Yearly cost"),
  ]
}
