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
    .id("id", \.id, "Unique id of the site within the inventory"),
    .requiredText("name", \.name, "Name of the site"),
    .choice("kind", \.kind, "ced = data centre; server_room; closet = rack in an office; colocation"),
    .text("address", \.address, "Street address"),
    .decimal("floor_area_m2", \.floorArea, 0...100_000, unit: "m²", "Floor area of the room"),
    .flag("ups", \.ups, "An uninterruptible power supply protects the equipment"),
    .integer("ups_minutes", \.upsMinutes, 0...10_000, unit: "minutes", "UPS autonomy at current load"),
    .flag("generator", \.generator, "A power generator takes over on a long outage"),
    .flag("redundant_power", \.redundantPower, "Two independent power feeds or UPS units"),
    .flag("dedicated_cooling", \.dedicatedCooling, "Air conditioning dedicated to the room"),
    .flag("redundant_cooling", \.redundantCooling, "A second cooling unit takes over on a failure"),
    .flag("fire_detection", \.fireDetection, "Automatic fire or smoke detection"),
    .flag("fire_suppression", \.fireSuppression, "Automatic fire suppression (gas, mist)"),
    .flag("access_control", \.accessControl, "Locked room, access by badge or key with a log"),
    .flag("monitoring", \.monitoring, "Environment and systems monitored with alerts"),
    .flag("offsite_backup", \.offsiteBackup, "Backups kept in another building or in the cloud"),
    .flag("disaster_recovery", \.disasterRecovery, "A disaster-recovery site or service exists and is tested"),
    .flag("continuity_plan", \.continuityPlan, "A written business-continuity plan exists"),
    .decimal("pue", \.pue, 1.0...5.0, "Power usage effectiveness (total power / IT power)"),
    .decimal("it_load_kw", \.itLoad, 0...10_000, unit: "kW", "Average electrical load of the IT equipment"),
    .text("responsible", \.responsible, "Named person responsible for the site"),
    .flag("documented_procedures", \.documentedProcedures, "Operating procedures are written down"),
    .flag(
      "agid_census_answered", \.censusAnswered,
      "The comune answered the AgID data-centre census for this site in full"),
    .money("energy_cost", \.energyCost, unit: "EUR/year", "Yearly electricity cost of the site"),
    .money("maintenance_cost", \.maintenanceCost, unit: "EUR/year", "Yearly maintenance of the room"),
    .text("notes", \.notes, maxLength: 2000, "Free notes"),
  ]
}
