import NuvolaSupport

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
    .id("id", { $0.id }, { $0.id = $1 }, "Unique id of the link within the inventory"),
    .requiredReference("site", { $0.site }, { $0.site = $1 }, to: .site, "Site the link connects"),
    .choice("technology", { $0.technology }, { $0.technology = $1 }, "Access technology"),
    .decimal("down_mbps", { $0.down }, { $0.down = $1 }, 0...100_000, unit: "Mbit/s", "Download bandwidth"),
    .decimal("up_mbps", { $0.up }, { $0.up = $1 }, 0...100_000, unit: "Mbit/s", "Upload bandwidth"),
    .text("provider", { $0.provider }, { $0.provider = $1 }, "Carrier"),
    .flag("backup", { $0.backup }, { $0.backup = $1 }, "yes = a backup line, used when the main one fails"),
    .money("yearly_cost", { $0.yearlyCost }, { $0.yearlyCost = $1 }, unit: "EUR/year", "Yearly cost"),
  ]
}
