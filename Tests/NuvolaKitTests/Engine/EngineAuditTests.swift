import NuvolaModel
import NuvolaSupport
import Testing

@testable import NuvolaEngine

@Suite("Engine: audit")
struct EngineAuditTests {
  let rules = RulesFixture.book

  func findings(_ inventory: Inventory, asOf: Day = EngineFixtures.day) -> [Finding] {
    audit(inventory, rules: rules, asOf: asOf)
  }

  /// A clean baseline: one full site with two links, nothing to report.
  func baseline() -> Inventory {
    Inventory(
      comune: EngineFixtures.comune(),
      sites: [EngineFixtures.fullSite()],
      links: [
        EngineFixtures.link("fibra", site: "ced", down: 1000, up: 300),
        EngineFixtures.link("fwa", site: "ced", down: 100, up: 20, backup: true),
      ])
  }

  @Test func cleanInventoryHasNoFindings() {
    #expect(findings(baseline()).isEmpty)
  }

  @Test func windowsServer2008IsEndOfLife() throws {
    var inventory = baseline()
    inventory.assets = [EngineFixtures.server("srv1", os: "Windows Server", version: "2008 R2")]
    let result = findings(inventory)
    let finding = try #require(result.first { $0.code == .osEOL })
    #expect(finding.severity == .critical)
    #expect(
      finding.evidence == [
        FindingEvidence(.asset, "srv1", field: "os_version", value: "Windows Server 2008 R2")
      ])
    #expect(finding.message.it.contains("14/01/2020"))
    #expect(finding.message.en.contains("2020-01-14"))
    #expect(finding.sources.first?.key == "MS")
  }

  @Test func desktopEndOfLifeIsHighAndCountsDevices() throws {
    var inventory = baseline()
    var pcs = Asset(id: "pc-uffici", kind: .pc)
    pcs.quantity = 40
    pcs.os = "Windows 7 Professional"
    inventory.assets = [pcs]
    let finding = try #require(findings(inventory).first { $0.code == .osEOL })
    #expect(finding.severity == .high)
    #expect(finding.message.it.contains("40 apparati"))
    #expect(finding.message.en.contains("40 devices"))
  }

  @Test func endOfSupportWithinAYearIsSoon() throws {
    var inventory = baseline()
    inventory.assets = [EngineFixtures.server("srv2", os: "Windows Server 2016 Standard", version: nil)]
    let result = findings(inventory, asOf: Day(year: 2026, month: 3, day: 1)!)
    let finding = try #require(result.first { $0.code == .osEOLSoon })
    #expect(finding.severity == .medium)
    #expect(finding.evidence.first?.field == "os")
    #expect(!result.contains { $0.code == .osEOL })
  }

  @Test func unconfirmedDateSaysSo() throws {
    var inventory = baseline()
    inventory.assets = [EngineFixtures.server("web", os: "Ubuntu", version: "20.04.6")]
    let finding = try #require(findings(inventory).first { $0.code == .osEOL })
    #expect(finding.notes.contains { $0.en.hasPrefix("End-of-support date not confirmed") })
    #expect(finding.notes.contains { $0.it.hasPrefix("Data di fine supporto non confermata") })
  }

  @Test func unknownOperatingSystemIsInfo() throws {
    var inventory = baseline()
    inventory.assets = [EngineFixtures.server("srv3", os: "FooOS", version: "1")]
    let finding = try #require(findings(inventory).first)
    #expect(finding.code == .osLifecycleUnknown)
    #expect(finding.severity == .info)
  }

  @Test func oldHardware() throws {
    var inventory = baseline()
    inventory.assets = [
      EngineFixtures.server("old", os: "Windows Server", version: "2022", year: 2015),
      EngineFixtures.server("mid", os: "Windows Server", version: "2022", year: 2019),
    ]
    let result = findings(inventory).filter { $0.code == .hwOld }
    #expect(result.map(\.severity) == [.high, .medium])
    #expect(result.map { $0.evidence[0].recordId } == ["old", "mid"])
  }

  @Test func singleLink() throws {
    var inventory = baseline()
    inventory.links = [EngineFixtures.link("adsl", site: "ced", down: 500, up: 100)]
    let finding = try #require(findings(inventory).first { $0.code == .singleLink })
    #expect(finding.severity == .high)
    #expect(finding.evidence.map(\.recordId) == ["ced", "adsl"])
    #expect(finding.evidence[0].recordType == .site)
  }

  @Test func lowBandwidthForTheStaff() throws {
    var inventory = baseline()
    inventory.comune.staff = 80
    inventory.links = [
      EngineFixtures.link("adsl", site: "ced", down: 20, up: 1),
      EngineFixtures.link("fwa", site: "ced", down: 30, up: 3, backup: true),
    ]
    let result = findings(inventory).filter { $0.code == .lowBandwidth }
    #expect(result.count == 2)
    #expect(result.allSatisfy { $0.severity == .high && $0.evidence == [$0.evidence[0]] })
    #expect(result.map { $0.evidence[0].field } == ["down_mbps", "up_mbps"])
    #expect(result[0].message.en.contains("80"))
  }

  /// The baseline with a site that has no off-site backup, no UPS and no disaster recovery.
  func unprotectedSite() -> Inventory {
    var inventory = baseline()
    inventory.sites[0].offsiteBackup = false
    inventory.sites[0].ups = false
    inventory.sites[0].disasterRecovery = false
    return inventory
  }

  @Test func siteWithoutBackupUPSAndDR() {
    let result = findings(unprotectedSite())
    #expect(result.map(\.code) == [.noOffsiteBackup, .noUPS, .noDR])
    #expect(result.map(\.severity) == [.critical, .high, .medium])
    #expect(result.allSatisfy { $0.evidence.first?.recordId == "ced" })
  }

  @Test func countsFindingsBySeverity() {
    let result = findings(unprotectedSite())
    #expect(FindingSeverity.allCases.map { result.count(of: $0) } == [1, 1, 1, 0, 0])
    #expect(([] as [Finding]).count(of: .critical) == 0)
  }

  @Test func unknownGeneratorIsAnUnknownFact() throws {
    var inventory = baseline()
    inventory.sites[0].generator = nil
    inventory.sites[0].responsible = nil
    let finding = try #require(findings(inventory).first { $0.code == .unknownFact })
    #expect(finding.severity == .low)
    #expect(
      finding.evidence == [
        FindingEvidence(.site, "ced", field: "generator", value: nil),
        FindingEvidence(.site, "ced", field: "responsible", value: nil),
      ])
    #expect(finding.message.it.contains("generator"))
  }

  @Test func contracts() {
    var inventory = baseline()
    var expiring = EngineFixtures.application("tributi", deployment: .saas)
    expiring.contractEnd = Day(year: 2026, month: 9, day: 30)
    var expired = EngineFixtures.application("paghe", deployment: .saas)
    expired.contractEnd = Day(year: 2025, month: 12, day: 31)
    var later = EngineFixtures.application("atti", deployment: .saas)
    later.contractEnd = Day(year: 2028, month: 12, day: 31)
    inventory.applications = [expiring, expired, later]
    let result = findings(inventory)
    #expect(result.map(\.code) == [.contractExpired, .contractExpiring])
    #expect(result.map(\.severity) == [.medium, .low])
    #expect(result.map { $0.evidence[0].recordId } == ["paghe", "tributi"])
  }

  @Test func personalDataInGruppoBSite() throws {
    var inventory = baseline()
    inventory.sites[0].generator = false
    var server = EngineFixtures.server("srv", os: "Windows Server", version: "2022")
    server.site = "ced"
    var registry = EngineFixtures.application("anagrafe", deployment: .onPremise)
    registry.site = nil
    registry.asset = "srv"
    registry.personalData = true
    inventory.assets = [server]
    inventory.applications = [registry]
    let finding = try #require(findings(inventory).first { $0.code == .personalDataOnPremiseB })
    #expect(finding.severity == .high)
    #expect(finding.evidence.map(\.recordId) == ["anagrafe", "ced"])
  }

  @Test func missingApplicationFacts() throws {
    var inventory = baseline()
    inventory.applications = [Application(id: "app", name: "Gestionale")]
    let finding = try #require(findings(inventory).first)
    #expect(finding.code == .unknownFact)
    #expect(finding.evidence.map { $0.field ?? "" } == ["data_class", "deployment", "personal_data"])
  }

  @Test func findingsAreSortedAndDeterministic() {
    var inventory = baseline()
    inventory.sites[0].offsiteBackup = false
    inventory.sites[0].generator = nil
    inventory.links = [EngineFixtures.link("adsl", site: "ced", down: 500, up: 100)]
    inventory.assets = [
      EngineFixtures.server("b", os: "Windows Server", version: "2012 R2"),
      EngineFixtures.server("a", os: "Windows Server", version: "2008"),
    ]
    let first = findings(inventory)
    #expect(first == findings(inventory))
    #expect(first.map(\.severity) == first.map(\.severity).sorted())
    #expect(first.prefix(3).map(\.code) == [.noOffsiteBackup, .osEOL, .osEOL])
    #expect(first.filter { $0.code == .osEOL }.map { $0.evidence[0].recordId } == ["a", "b"])
  }

  @Test(arguments: FindingCode.allCases)
  func everyCodeHasTextsInBothLanguages(code: FindingCode) throws {
    for part in ["title", "message", "fix"] {
      let text = try #require(TextCatalogue.engine.texts[code.textKey + "." + part])
      #expect(!text.it.isEmpty && !text.en.isEmpty)
    }
  }

  @Test func renderedTextsHaveNoPlaceholdersLeft() {
    var inventory = baseline()
    inventory.sites[0].offsiteBackup = false
    inventory.sites[0].ups = false
    inventory.sites[0].generator = nil
    inventory.comune.staff = 200
    inventory.links = [EngineFixtures.link("adsl", site: "ced", down: 20, up: 1)]
    inventory.assets = [EngineFixtures.server("srv", os: "Windows Server", version: "2008", year: 2010)]
    let result = findings(inventory)
    #expect(result.count >= 6)
    for finding in result {
      for text in [finding.title, finding.message, finding.fix] {
        #expect(!text.it.contains("{") && !text.en.contains("{"), "\(finding.code): \(text)")
      }
    }
  }

  @Test func referenceDayPrefersTheInventoryDate() {
    var inventory = baseline()
    #expect(
      Audit.referenceDay(for: inventory, otherwise: Day(year: 2030, month: 1, day: 1)!) == EngineFixtures.day)
    inventory.comune.inventoryDate = nil
    #expect(Audit.referenceDay(for: inventory, otherwise: Day(year: 2030, month: 1, day: 1)!).year == 2030)
  }
}
