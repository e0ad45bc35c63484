/// A piece of equipment, physical or virtual: server, virtualisation host, VM, storage, network
/// device, PC... `quantity` lets one row describe many identical devices (e.g. 40 office PCs).
public struct Asset: InventoryRecord {
  public var id: String
  public var kind: AssetKind
  public var name: String?
  public var site: String?
  public var host: String?
  public var quantity: Int?
  public var vendor: String?
  public var model: String?
  public var purchaseYear: Int?
  public var endOfSupport: Day?
  public var cores: Int?
  public var ram: Int?
  public var storage: Double?
  public var power: Int?
  public var os: String?
  public var osVersion: String?
  public var maintenanceCost: Money?
  public var notes: String?

  public init(id: String, kind: AssetKind) {
    self.id = id
    self.kind = kind
  }

  /// How many devices this row stands for (1 when not given).
  public var count: Int { quantity ?? 1 }

  public static let recordType = RecordType.asset
  public static var blank: Asset { Asset(id: "", kind: .other) }

  enum CodingKeys: String, CodingKey {
    case id, kind, name, site, host, quantity, vendor, model, purchaseYear = "purchase_year"
    case endOfSupport = "end_of_support", cores, ram = "ram_gb", storage = "storage_gb"
    case power = "power_w", os, osVersion = "os_version", maintenanceCost = "maintenance_cost", notes
  }

  public static let fields: [Field<Asset>] = [
    .id("id", \.id, "Unique id of the asset within the inventory"),
    .requiredChoice("kind", \.kind, "What the asset is"),
    .text("name", \.name, "Host name or label"),
    .reference("site", \.site, to: .site, "Site where it stands (empty for VMs and office devices)"),
    .reference("host", \.host, to: .asset, "For a VM: the virtualisation host or server running it"),
    .integer("quantity", \.quantity, 1...100_000, "Number of identical devices this row describes (default 1)"),
    .text("vendor", \.vendor, "Manufacturer"),
    .text("model", \.model, "Model"),
    .integer("purchase_year", \.purchaseYear, 1970...2100, unit: "year", "Year of purchase"),
    .day("end_of_support", \.endOfSupport, "Day the vendor's support ends"),
    .integer("cores", \.cores, 1...4096, unit: "cores", "CPU cores (vCPUs for a VM)"),
    .integer("ram_gb", \.ram, 0...65_536, unit: "GB", "Memory"),
    .decimal("storage_gb", \.storage, 0...100_000_000, unit: "GB", "Usable storage"),
    .integer("power_w", \.power, 0...100_000, unit: "W", "Average electrical power drawn (per device)"),
    .text("os", \.os, "Operating system (e.g. Windows Server, Ubuntu, VMware ESXi)"),
    .text("os_version", \.osVersion, "Operating system version (e.g. 2012 R2, 22.04, 7.0)"),
    .money("maintenance_cost", \.maintenanceCost, unit: "EUR/year", "Yearly maintenance contract (all devices of the row)"),
    .text("notes", \.notes, maxLength: 2000, "Free notes"),
  ]
}
