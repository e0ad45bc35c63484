import NuvolaModel
import NuvolaSupport
import Testing

/// Inventories built in code for the store tests: one with every field of every record set (and
/// others left unknown), and small ones to fill a store.
enum StoreFixtures {
  static func day(_ year: Int, _ month: Int, _ day: Int) throws -> Day {
    try #require(Day(year: year, month: month, day: day))
  }

  /// A comune whose records set every field at least once, with unknowns, empty text, lists,
  /// money with cents, fractional decimals, days and both flag values.
  static func complete() throws -> Inventory {
    let comune = Comune(
      istatCode: "014061", name: "Sondrio", population: 21_642, staff: 183, itStaff: 4,
      ictSpend: Money(cents: 31_234_567), inventoryDate: try day(2025, 3, 31), illustrative: true,
      notes: "Inventario d'esempio: \"CED\" al piano -1,\nseconda riga; àèìòù €")

    var ced = Site(id: "ced", name: "CED comunale", kind: .ced)
    ced.address = "Piazza Campello 1, Sondrio"
    ced.floorArea = 24.5
    ced.ups = true
    ced.upsMinutes = 20
    ced.generator = false
    ced.redundantPower = false
    ced.dedicatedCooling = true
    ced.redundantCooling = false
    ced.fireDetection = true
    ced.fireSuppression = false
    ced.accessControl = true
    ced.monitoring = false
    ced.offsiteBackup = true
    ced.disasterRecovery = false
    ced.continuityPlan = false
    ced.pue = 2.15
    ced.itLoad = 6.75
    ced.responsible = "Ufficio sistemi informativi"
    ced.documentedProcedures = false
    ced.censusAnswered = true
    ced.energyCost = Money(cents: 1_234_505)
    ced.maintenanceCost = Money(euros: 3_000)
    ced.notes = ""
    let closet = Site(id: "armadio-2", name: "Armadio biblioteca")

    var server = Asset(id: "srv-01", kind: .virtualizationHost)
    server.name = "esx01"
    server.site = "ced"
    server.quantity = 1
    server.vendor = "Dell"
    server.model = "PowerEdge R730"
    server.purchaseYear = 2015
    server.endOfSupport = try day(2022, 5, 31)
    server.cores = 24
    server.ram = 256
    server.storage = 4_096.5
    server.power = 450
    server.os = "VMware ESXi"
    server.osVersion = "6.7"
    server.maintenanceCost = Money(cents: 99_999)
    server.notes = "unico host"
    var vm = Asset(id: "vm-protocollo", kind: .vm)
    vm.host = "srv-01"
    vm.cores = 4
    let pcs = Asset(id: "pc-uffici", kind: .pc)

    var protocollo = Application(
      id: "protocollo", name: "Protocollo informatico", domain: .protocollo, deployment: .onPremise)
    protocollo.vendor = "Maggioli"
    protocollo.product = "J-Iride"
    protocollo.asset = "vm-protocollo"
    protocollo.site = "ced"
    protocollo.provider = "nessuno"
    protocollo.cloudQualified = false
    protocollo.dataClass = .critico
    protocollo.personalData = true
    protocollo.users = 120
    protocollo.yearlyCost = Money(cents: 1_800_050)
    protocollo.contractEnd = try day(2026, 6, 30)
    protocollo.licence = .subscription
    protocollo.sourceModifiable = false
    protocollo.saasAlternative = true
    protocollo.saasAlternativeQualified = true
    protocollo.dataImportSupported = true
    protocollo.structuredData = true
    protocollo.networkAccess = .internet
    protocollo.dataUpdate = .daily
    protocollo.dataVolume = 80.25
    protocollo.dependsOn = ["anagrafe", "posta", "anagrafe"]
    protocollo.risk = .medio
    protocollo.migrationEase = .alto
    protocollo.strategyOverride = .repurchase
    protocollo.strategyOverrideReason = "Il contratto scade nel 2026"
    protocollo.notes = "Conservazione a norma esterna"
    var anagrafe = Application(id: "anagrafe", name: "Anagrafe", domain: .anagrafe, deployment: .saas)
    anagrafe.dependsOn = ["posta"]
    let posta = Application(id: "posta", name: "Posta e PEC")

    var fibre = Link(id: "l1", site: "ced", technology: .ftth)
    fibre.down = 1_000
    fibre.up = 300.5
    fibre.provider = "Open Fiber"
    fibre.backup = false
    fibre.yearlyCost = Money(cents: 240_001)
    let radio = Link(id: "l2", site: "ced")

    // Records are deliberately not in id order: loading must keep the original order.
    return Inventory(
      comune: comune, sites: [ced, closet], assets: [vm, server, pcs],
      applications: [protocollo, posta, anagrafe], links: [radio, fibre])
  }

  /// A small inventory of a comune; `variant` changes its content (and so its hash).
  static func small(_ istatCode: String, name: String, variant: Int = 0) -> Inventory {
    var site = Site(id: "ced", name: "CED", kind: .serverRoom)
    site.upsMinutes = variant
    var application = Application(id: "tributi", name: "Tributi", domain: .tributi)
    application.dependsOn = ["anagrafe"]
    return Inventory(
      comune: Comune(istatCode: istatCode, name: name, population: 1_000 + variant),
      sites: [site], assets: [Asset(id: "srv", kind: .server)],
      applications: [Application(id: "anagrafe", name: "Anagrafe"), application],
      links: [Link(id: "l1", site: "ced")])
  }
}
