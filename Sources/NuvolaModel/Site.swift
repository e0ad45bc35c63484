import NuvolaSupport

/// A place where IT equipment runs: a CED, a server room, a closet or colocation space, with the
/// physical and organisational facts the AgID data-centre checklist asks about.
public struct Site: InventoryRecord {
  public var id: String
  public var name: String
  public var kind: SiteKind?
  public var address: String?
  public var floorArea: Double?
  public var ups: Bool?
  public var upsMinutes: Int?
  public var generator: Bool?
  public var redundantPower: Bool?
  public var dedicatedCooling: Bool?
  public var redundantCooling: Bool?
  public var fireDetection: Bool?
  public var fireSuppression: Bool?
  public var accessControl: Bool?
  public var monitoring: Bool?
  public var offsiteBackup: Bool?
  public var disasterRecovery: Bool?
  public var continuityPlan: Bool?
  public var pue: Double?
  public var itLoad: Double?
  public var responsible: String?
  public var documentedProcedures: Bool?
  public var censusAnswered: Bool?
  public var energyCost: Money?
  public var maintenanceCost: Money?
  public var notes: String?

  public init(id: String, name: String, kind: SiteKind? = nil) {
    self.id = id
    self.name = name
    self.kind = kind
  }

  public static let recordType = RecordType.site
  public static var blank: Site { Site(id: "", name: "") }

  enum CodingKeys: String, CodingKey {
    case id, name, kind, address, floorArea = "floor_area_m2", ups, upsMinutes = "ups_minutes"
    case generator, redundantPower = "redundant_power", dedicatedCooling = "dedicated_cooling"
    case redundantCooling = "redundant_cooling", fireDetection = "fire_detection"
    case fireSuppression = "fire_suppression", accessControl = "access_control", monitoring
    case offsiteBackup = "offsite_backup", disasterRecovery = "disaster_recovery"
    case continuityPlan = "continuity_plan", pue, itLoad = "it_load_kw", responsible
    case documentedProcedures = "documented_procedures", censusAnswered = "agid_census_answered"
    case energyCost = "energy_cost", maintenanceCost = "maintenance_cost", notes
  }

  public static let fields: [Field<Site>] = [
    .id("id", { $0.id }, { $0.id = $1 }, "Unique id of the site within the inventory"),
    .requiredText("name", { $0.name }, { $0.name = $1 }, "Name of the site"),
    .choice("kind", { $0.kind }, { $0.kind = $1 }, "ced = data centre; server_room; closet = rack in an office; colocation"),
    .text("address", { $0.address }, { $0.address = $1 }, "Street address"),
    .decimal("floor_area_m2", { $0.floorArea }, { $0.floorArea = $1 }, 0...100_000, unit: "m²", "Floor area of the room"),
    .flag("ups", { $0.ups }, { $0.ups = $1 }, "An uninterruptible power supply protects the equipment"),
    .integer("ups_minutes", { $0.upsMinutes }, { $0.upsMinutes = $1 }, 0...10_000, unit: "minutes", "UPS autonomy at current load"),
    .flag("generator", { $0.generator }, { $0.generator = $1 }, "A power generator takes over on a long outage"),
    .flag("redundant_power", { $0.redundantPower }, { $0.redundantPower = $1 }, "Two independent power feeds or UPS units"),
    .flag("dedicated_cooling", { $0.dedicatedCooling }, { $0.dedicatedCooling = $1 }, "Air conditioning dedicated to the room"),
    .flag("redundant_cooling", { $0.redundantCooling }, { $0.redundantCooling = $1 }, "A second cooling unit takes over on a failure"),
    .flag("fire_detection", { $0.fireDetection }, { $0.fireDetection = $1 }, "Automatic fire or smoke detection"),
    .flag("fire_suppression", { $0.fireSuppression }, { $0.fireSuppression = $1 }, "Automatic fire suppression (gas, mist)"),
    .flag("access_control", { $0.accessControl }, { $0.accessControl = $1 }, "Locked room, access by badge or key with a log"),
    .flag("monitoring", { $0.monitoring }, { $0.monitoring = $1 }, "Environment and systems monitored with alerts"),
    .flag("offsite_backup", { $0.offsiteBackup }, { $0.offsiteBackup = $1 }, "Backups kept in another building or in the cloud"),
    .flag("disaster_recovery", { $0.disasterRecovery }, { $0.disasterRecovery = $1 }, "A disaster-recovery site or service exists and is tested"),
    .flag("continuity_plan", { $0.continuityPlan }, { $0.continuityPlan = $1 }, "A written business-continuity plan exists"),
    .decimal("pue", { $0.pue }, { $0.pue = $1 }, 1.0...5.0, "Power usage effectiveness (total power / IT power)"),
    .decimal("it_load_kw", { $0.itLoad }, { $0.itLoad = $1 }, 0...10_000, unit: "kW", "Average electrical load of the IT equipment"),
    .text("responsible", { $0.responsible }, { $0.responsible = $1 }, "Named person responsible for the site"),
    .flag("documented_procedures", { $0.documentedProcedures }, { $0.documentedProcedures = $1 }, "Operating procedures are written down"),
    .flag(
      "agid_census_answered", { $0.censusAnswered }, { $0.censusAnswered = $1 },
      "The comune answered the AgID data-centre census for this site in full"),
    .money("energy_cost", { $0.energyCost }, { $0.energyCost = $1 }, unit: "EUR/year", "Yearly electricity cost of the site"),
    .money("maintenance_cost", { $0.maintenanceCost }, { $0.maintenanceCost = $1 }, unit: "EUR/year", "Yearly maintenance of the room"),
    .text("notes", { $0.notes }, { $0.notes = $1 }, maxLength: 2000, "Free notes"),
  ]
}
