import Foundation
import NuvolaEngine
import NuvolaModel
import NuvolaSupport
import Testing

/// `measureProgress` and the choice of snapshots: what a pilot achieved between two inventories.
@Suite("Consolidation: progress between two snapshots")
struct ConsolidationProgressTests {
  let before: Inventory
  let after: Inventory
  let report: ProgressReport

  /// Varese, then Varese after a first step: protocollo and atti moved to SaaS, the 2013 server
  /// srv-old01 retired, the police closet closed (its NVR server and application moved into the CED).
  static func firstStep(_ varese: Inventory) -> Inventory {
    var inventory = varese
    inventory.comune.ictSpend = Money(euros: 1_150_000)
    for index in inventory.applications.indices
    where ["app-protocollo", "app-atti"].contains(inventory.applications[index].id) {
      inventory.applications[index].deployment = .saas
      inventory.applications[index].site = nil
      inventory.applications[index].asset = nil
      inventory.applications[index].provider = "Maggioli Cloud"
      inventory.applications[index].cloudQualified = true
    }
    inventory.assets.removeAll { $0.id == "srv-old01" || $0.id == "sw-pl" || $0.id == "ups-pl" }
    for index in inventory.assets.indices where inventory.assets[index].site == "polizia-locale" {
      inventory.assets[index].site = "ced"
    }
    for index in inventory.applications.indices {
      if inventory.applications[index].asset == "srv-old01" { inventory.applications[index].asset = nil }
      if inventory.applications[index].site == "polizia-locale" { inventory.applications[index].site = "ced" }
    }
    inventory.sites.removeAll { $0.id == "polizia-locale" }
    inventory.links.removeAll { $0.site == "polizia-locale" }
    return inventory
  }

  init() throws {
    before = try ConsolidationFixtures.inventory("012133-varese.json")
    after = Self.firstStep(before)
    let day = ConsolidationFixtures.day(2026, 6, 30)
    report = measureProgress(
      from: ConsolidationFixtures.snapshot(before, id: 1), to: ConsolidationFixtures.snapshot(after, id: 2),
      rules: RulesFixture.book, fromDay: day, toDay: day)
  }

  @Test func servicesMovedToTheCloud() {
    #expect(report.movedToCloud.map(\.id) == ["app-atti", "app-protocollo"])
    #expect(report.movedToCloud.allSatisfy { $0.before == .onPremise && $0.after == .saas })
    #expect(report.applications.count == 2)
    #expect(report.indicator("cloud_share")?.before == 195)
    #expect(report.indicator("cloud_share")?.after == 244)
    #expect(report.indicator("applications_not_in_cloud")?.change == -2)
  }

  @Test func theClosetClosedAndAServerRetired() {
    #expect(report.closedSites.map(\.id) == ["polizia-locale"])
    #expect(report.sites.first?.classBefore == .gruppoB)
    #expect(report.serversRetired == 1 && report.serversAdded == 0)
    #expect(report.serversBefore == 8 && report.serversAfter == 7)
    #expect(report.indicator("gruppo_b_sites")?.before == 2)
    #expect(report.indicator("gruppo_b_sites")?.after == 1)
    #expect(report.indicator("physical_servers")?.verdict == .improved)
  }

  @Test func spendChange() {
    #expect(report.spendChange == Money(euros: -50_000))
    #expect(report.indicator("ict_spend")?.verdict == .improved)
  }

  @Test func findingsResolvedWithTheirRecords() {
    let resolved = Set(report.findingsResolved.map { "\($0.code.rawValue) \($0.record.recordId)" })
    #expect(resolved.contains("OS-EOL srv-old01"))
    #expect(resolved.contains("NO-OFFSITE-BACKUP polizia-locale"))
    #expect(resolved.contains("PERSONAL-DATA-ON-PREMISE-B app-protocollo"))
    #expect(resolved.contains("PERSONAL-DATA-ON-PREMISE-B app-atti"))
    // Same day, fewer things: nothing can appear that was not there.
    #expect(report.findingsNew.isEmpty)
    #expect(report.findingsAfter == report.findingsBefore - report.findingsResolved.count)
    #expect(report.indicator("findings")?.verdict == .improved)
  }

  @Test func aServiceReplacedByACloudOneCounts() {
    var replaced = before
    replaced.applications.removeAll { $0.id == "app-tributi" }
    var saas = Application(
      id: "app-tributi-cloud", name: "Tributi in SaaS", domain: .tributi, deployment: .saas)
    saas.cloudQualified = true
    replaced.applications.append(saas)
    let day = ConsolidationFixtures.day(2026, 6, 30)
    let report = measureProgress(
      from: ConsolidationFixtures.snapshot(before, id: 1),
      to: ConsolidationFixtures.snapshot(replaced, id: 2),
      rules: RulesFixture.book, fromDay: day, toDay: day)
    #expect(report.movedToCloud.map(\.kind) == [.replacedByCloud])
    #expect(report.movedToCloud.first?.replacement == "app-tributi-cloud")
    #expect(!report.applications.contains { $0.kind == .added })
  }

  @Test func theSameSnapshotTwiceChangesNothing() {
    let day = ConsolidationFixtures.day(2026, 6, 30)
    let same = measureProgress(
      from: ConsolidationFixtures.snapshot(before, id: 1), to: ConsolidationFixtures.snapshot(before, id: 2),
      rules: RulesFixture.book, fromDay: day, toDay: day)
    #expect(same.applications.isEmpty && same.sites.isEmpty)
    #expect(same.findingsResolved.isEmpty && same.findingsNew.isEmpty)
    #expect(same.indicators.allSatisfy { $0.verdict == .unchanged || $0.verdict == .unknown })
  }
}
