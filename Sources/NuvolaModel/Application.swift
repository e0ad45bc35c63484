import NuvolaSupport

/// An application or service the comune uses, with the facts the AgID assessment sheet and the ACN
/// rules need to decide where it should go.
public struct Application: InventoryRecord {
  public var id: String
  public var name: String
  public var domain: ServiceDomain?
  public var vendor: String?
  public var product: String?
  public var deployment: Deployment?
  public var asset: String?
  public var site: String?
  public var provider: String?
  public var cloudQualified: Bool?
  public var dataClass: DataClass?
  public var personalData: Bool?
  public var users: Int?
  public var yearlyCost: Money?
  public var contractEnd: Day?
  public var licence: Licence?
  public var sourceModifiable: Bool?
  public var saasAlternative: Bool?
  public var saasAlternativeQualified: Bool?
  public var dataImportSupported: Bool?
  public var structuredData: Bool?
  public var networkAccess: NetworkAccess?
  public var dataUpdate: DataUpdate?
  public var dataVolume: Double?
  public var dependsOn: [String]
  public var risk: Grade?
  public var migrationEase: Grade?
  public var strategyOverride: Strategy?
  public var strategyOverrideReason: String?
  public var notes: String?

  public init(id: String, name: String, domain: ServiceDomain? = nil, deployment: Deployment? = nil) {
    self.id = id
    self.name = name
    self.domain = domain
    self.deployment = deployment
    self.dependsOn = []
  }

  public static let recordType = RecordType.application
  public static var blank: Application { Application(id: "", name: "") }

  enum CodingKeys: String, CodingKey {
    case id, name, domain, vendor, product, deployment, asset, site, provider
    case cloudQualified = "cloud_qualified", dataClass = "data_class"
    case personalData = "personal_data", users, yearlyCost = "yearly_cost"
    case contractEnd = "contract_end", licence, sourceModifiable = "source_modifiable"
    case saasAlternative = "saas_alternative", saasAlternativeQualified = "saas_alternative_qualified"
    case dataImportSupported = "data_import_supported", structuredData = "structured_data"
    case networkAccess = "network_access", dataUpdate = "data_update", dataVolume = "data_volume_gb"
    case dependsOn = "depends_on", risk, migrationEase = "migration_ease"
    case strategyOverride = "strategy_override", strategyOverrideReason = "strategy_override_reason"
    case notes
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name))
    domain = try c.decodeIfPresent(ServiceDomain.self, forKey: .domain)
    vendor = try c.decodeIfPresent(String.self, forKey: .vendor)
    product = try c.decodeIfPresent(String.self, forKey: .product)
    deployment = try c.decodeIfPresent(Deployment.self, forKey: .deployment)
    asset = try c.decodeIfPresent(String.self, forKey: .asset)
    site = try c.decodeIfPresent(String.self, forKey: .site)
    provider = try c.decodeIfPresent(String.self, forKey: .provider)
    cloudQualified = try c.decodeIfPresent(Bool.self, forKey: .cloudQualified)
    dataClass = try c.decodeIfPresent(DataClass.self, forKey: .dataClass)
    personalData = try c.decodeIfPresent(Bool.self, forKey: .personalData)
    users = try c.decodeIfPresent(Int.self, forKey: .users)
    yearlyCost = try c.decodeIfPresent(Money.self, forKey: .yearlyCost)
    contractEnd = try c.decodeIfPresent(Day.self, forKey: .contractEnd)
    licence = try c.decodeIfPresent(Licence.self, forKey: .licence)
    sourceModifiable = try c.decodeIfPresent(Bool.self, forKey: .sourceModifiable)
    saasAlternative = try c.decodeIfPresent(Bool.self, forKey: .saasAlternative)
    saasAlternativeQualified = try c.decodeIfPresent(Bool.self, forKey: .saasAlternativeQualified)
    dataImportSupported = try c.decodeIfPresent(Bool.self, forKey: .dataImportSupported)
    structuredData = try c.decodeIfPresent(Bool.self, forKey: .structuredData)
    networkAccess = try c.decodeIfPresent(NetworkAccess.self, forKey: .networkAccess)
    dataUpdate = try c.decodeIfPresent(DataUpdate.self, forKey: .dataUpdate)
    dataVolume = try c.decodeIfPresent(Double.self, forKey: .dataVolume)
    dependsOn = try c.decodeIfPresent([String].self, forKey: .dependsOn) ?? []
    risk = try c.decodeIfPresent(Grade.self, forKey: .risk)
    migrationEase = try c.decodeIfPresent(Grade.self, forKey: .migrationEase)
    strategyOverride = try c.decodeIfPresent(Strategy.self, forKey: .strategyOverride)
    strategyOverrideReason = try c.decodeIfPresent(String.self, forKey: .strategyOverrideReason)
    notes = try c.decodeIfPresent(String.self, forKey: .notes)
  }

  public static let fields: [Field<Application>] = [
    .id("id", { $0.id }, { $0.id = $1 }, "Unique id of the application within the inventory"),
    .requiredText("name", { $0.name }, { $0.name = $1 }, "Name as the offices know it"),
    .choice("domain", { $0.domain }, { $0.domain = $1 }, "Functional domain, from the catalogue of comune services"),
    .text("vendor", { $0.vendor }, { $0.vendor = $1 }, "Software house"),
    .text("product", { $0.product }, { $0.product = $1 }, "Product name (who runs the same product can buy it together)"),
    .choice("deployment", { $0.deployment }, { $0.deployment = $1 }, "Where it runs today"),
    .reference("asset", { $0.asset }, { $0.asset = $1 }, to: .asset, "Server or VM it runs on, when on premise"),
    .reference("site", { $0.site }, { $0.site = $1 }, to: .site, "Site it runs in, when on premise"),
    .text("provider", { $0.provider }, { $0.provider = $1 }, "Cloud or hosting provider, when not on premise"),
    .flag("cloud_qualified", { $0.cloudQualified }, { $0.cloudQualified = $1 }, "The current cloud service is ACN-qualified"),
    .choice("data_class", { $0.dataClass }, { $0.dataClass = $1 }, "ACN class of its data and service"),
    .flag("personal_data", { $0.personalData }, { $0.personalData = $1 }, "It processes personal data (GDPR)"),
    .integer("users", { $0.users }, { $0.users = $1 }, 0...10_000_000, unit: "people", "Number of users"),
    .money("yearly_cost", { $0.yearlyCost }, { $0.yearlyCost = $1 }, unit: "EUR/year", "Yearly cost: licences, fees, support"),
    .day("contract_end", { $0.contractEnd }, { $0.contractEnd = $1 }, "Day the current contract ends"),
    .choice("licence", { $0.licence }, { $0.licence = $1 }, "How the comune holds the right to use it"),
    .flag("source_modifiable", { $0.sourceModifiable }, { $0.sourceModifiable = $1 }, "The comune can modify its source code"),
    .flag("saas_alternative", { $0.saasAlternative }, { $0.saasAlternative = $1 }, "A SaaS alternative exists on the market"),
    .flag(
      "saas_alternative_qualified", { $0.saasAlternativeQualified }, { $0.saasAlternativeQualified = $1 },
      "That SaaS alternative is ACN-qualified (in the ACN catalogue)"),
    .flag("data_import_supported", { $0.dataImportSupported }, { $0.dataImportSupported = $1 }, "The SaaS alternative can import its data"),
    .flag("structured_data", { $0.structuredData }, { $0.structuredData = $1 }, "yes = a database; no = office files only"),
    .choice("network_access", { $0.networkAccess }, { $0.networkAccess = $1 }, "Network it needs to be used"),
    .choice("data_update", { $0.dataUpdate }, { $0.dataUpdate = $1 }, "How often its data changes"),
    .decimal("data_volume_gb", { $0.dataVolume }, { $0.dataVolume = $1 }, 0...100_000_000, unit: "GB", "Size of its data"),
    .references("depends_on", { $0.dependsOn }, { $0.dependsOn = $1 }, to: .application, "Applications it needs to work"),
    .choice("risk", { $0.risk }, { $0.risk = $1 }, "Risk of the migration (AgID list: RISCHIO)"),
    .choice("migration_ease", { $0.migrationEase }, { $0.migrationEase = $1 }, "Ease of migration (AgID list: FACILITA DI MIGRAZIONE)"),
    .choice("strategy_override", { $0.strategyOverride }, { $0.strategyOverride = $1 }, "A migration strategy chosen by the comune, overriding Nuvola's"),
    .text("strategy_override_reason", { $0.strategyOverrideReason }, { $0.strategyOverrideReason = $1 }, maxLength: 1000, "Why the override was chosen"),
    .text("notes", { $0.notes }, { $0.notes = $1 }, maxLength: 2000, "Free notes"),
  ]
}
