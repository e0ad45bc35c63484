import NuvolaSupport

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
    .id("id", { $0.id }, { $0.id = $1 }, "Unique id of the asset within the inventory"),
    .requiredChoice("kind", { $0.kind }, { $0.kind = $1 }, "What the asset is"),
    .text("name", { $0.name }, { $0.name = $1 }, "Host name or label"),
    .reference("site", { $0.site }, { $0.site = $1 }, to: .site, "Site where it stands (empty for VMs and office devices)"),
    .reference("host", { $0.host }, { $0.host = $1 }, to: .asset, "For a VM: the virtualisation host or server running it"),
    .integer("quantity", { $0.quantity }, { $0.quantity = $1 }, 1...100_000, "Number of identical devices this row describes (default 1)"),
    .text("vendor", { $0.vendor }, { $0.vendor = $1 }, "Manufacturer"),
    .text("model", { $0.model }, { $0.model = $1 }, "Model"),
    .integer("purchase_year", { $0.purchaseYear }, { $0.purchaseYear = $1 }, 1970...2100, unit: "year", "Year of purchase"),
    .day("end_of_support", { $0.endOfSupport }, { $0.endOfSupport = $1 }, "Day the vendor's support ends"),
    .integer("cores", { $0.cores }, { $0.cores = $1 }, 1...4096, unit: "cores", "CPU cores (vCPUs for a VM)"),
    .integer("ram_gb", { $0.ram }, { $0.ram = $1 }, 0...65_536, unit: "GB", "Memory"),
    .decimal("storage_gb", { $0.storage }, { $0.storage = $1 }, 0...100_000_000, unit: "GB", "Usable storage"),
    .integer("power_w", { $0.power }, { $0.power = $1 }, 0...100_000, unit: "W", "Average electrical power drawn (per device)"),
    .text("os", { $0.os }, { $0.os = $1 }, "Operating system (e.g. Windows Server, Ubuntu, VMware ESXi)"),
    .text("os_version", { $0.osVersion }, { $0.osVersion = $1 }, "Operating system version (e.g. 2012 R2, 22.04, 7.0)"),
    .money("maintenance_cost", { $0.maintenanceCost }, { $0.maintenanceCost = $1 }, unit: "EUR/year", "Yearly maintenance contract (all devices of the row)"),
    .text("notes", { $0.notes }, { $0.notes = $1 }, maxLength: 2000, "Free notes"),
  ]
}
