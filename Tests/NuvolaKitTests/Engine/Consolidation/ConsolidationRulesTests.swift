import Foundation
import NuvolaSupport
import Testing

@Suite("Consolidation: rules file")
struct ConsolidationRulesTests {
  let rules = RulesFixture.book.consolidation

  @Test func theShippedFileLoadsWithItsProvenance() {
    #expect(rules.provenance.fileName == "consolidation.json")
    #expect(rules.provenance.kind == "consolidation")
    #expect(rules.clusters.confirmed)
    #expect(rules.clusters.source.key == "RL")
    // No source publishes discounts or centre costs: each says it is an assumption.
    #expect(rules.volumeDiscount.assumption && !rules.volumeDiscount.confirmed)
    for (key, value) in rules.values.values {
      #expect(
        value.assumption || value.confirmed, "\(key) has neither a confirming source nor the assumption mark")
    }
    #expect(RulesFixture.book.files.contains { $0.fileName == "consolidation.json" })
  }

  @Test(arguments: [
    (0, "small"), (4_999, "small"), (5_000, "medium"), (15_000, "medium"), (15_001, "large"),
    (2_700_000, "large"),
  ])
  func clustersAreRegioneLombardiasWithInclusiveBounds(population: Int, cluster: String) {
    #expect(rules.clusters.cluster(for: population)?.key == cluster)
  }

  @Test func unknownPopulationHasNoCluster() {
    #expect(rules.clusters.cluster(for: nil) == nil)
  }

  @Test func amountsAreCentsAndRatesBasisPoints() {
    #expect(rules.volumeDiscount.tiers.map(\.basisPoints) == [0, 200, 500, 800, 1_200])
    #expect(rules.volumeDiscount.tier(for: Money(euros: 49_999)).basisPoints == 0)
    #expect(rules.volumeDiscount.tier(for: Money(euros: 50_000)).basisPoints == 200)
    #expect(rules.sharedContractBasisPoints == 1_000)
    #expect(rules.centrePlatformCostPerInhabitant == Money(euros: 4))
    #expect(
      rules.tariffs == [
        "small": Money(euros: 500), "medium": Money(euros: 1_500), "large": Money(euros: 4_000),
      ])
    #expect(rules.readinessWeights.values.reduce(0, +) == 100)
  }

  @Test(arguments: [
    ("\"value\": 40,", "\"value\": 45,", "readiness weights add up to 105"),
    ("{ \"from\": 5000000, \"rate\": 0.12 }", "{ \"from\": 5000000, \"rate\": 0.01 }", "smaller discount"),
    ("\"applies_to\": [\"software\"", "\"applies_to\": [\"licenze\"", "unknown spend category"),
    ("\"max_population\": 4999", "\"max_population\": null", "only the last cluster may be open"),
    ("\"value\": 0.1,", "\"value\": 0.12345,", "not a share"),
  ])
  func aMalformedOverrideStopsTheLoadWithItsPath(old: String, new: String, message: String) throws {
    let directory = try RulesFixture.temporaryDirectory()
    defer { RulesFixture.remove(directory) }
    try RulesFixture.writeVariant(of: "consolidation.json", in: directory, replacing: old, with: new)
    let error = #expect(throws: InputError.self) { try RulesFixture.load(override: directory) }
    #expect(error?.description.contains("consolidation.json") == true, "\(String(describing: error))")
    #expect(error?.description.contains(message) == true, "\(String(describing: error))")
  }

  @Test func anOverrideReplacesTheModel() throws {
    let directory = try RulesFixture.temporaryDirectory()
    defer { RulesFixture.remove(directory) }
    try RulesFixture.writeVariant(
      of: "consolidation.json", in: directory, replacing: "\"value\": 100,", with: "\"value\": 2,")
    let book = try RulesFixture.load(override: directory)
    #expect(book.consolidation.waveSize == 2)
    #expect(!book.consolidation.provenance.isBundled)
  }
}
