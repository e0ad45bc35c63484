import Foundation
import NuvolaEngine
import NuvolaRules
import NuvolaSupport
import Testing

/// A region from the register alone: every comune counted with its 2011 census population, its spend
/// an estimate per inhabitant, the comuni of unknown population on their own line.
@Suite("Consolidation: Lombardia from the register alone")
struct ConsolidationRegisterTests {
  let entries = Register.shipped.entries(region: "Lombardia")
  let analysis: ConsolidationAnalysis

  init() {
    let digester = ConsolidationFixtures.digester
    analysis = consolidate(
      entries.map { digester.member(registerEntry: $0) }, rules: RulesFixture.book,
      options: ConsolidationOptions(area: BilingualText(it: "Regione Lombardia", en: "Region Lombardia")))
  }

  /// The expected counts are computed here from the register with the boundaries written out
  /// (< 5,000; 5,000 to 15,000 inclusive; > 15,000), independently of the rules file.
  @Test func clusterCountsAreTheRegisters() {
    var counts = [0, 0, 0, 0]
    var population = [0, 0, 0, 0]
    for entry in entries {
      let index: Int
      switch entry.population2022 ?? entry.population2011 {
      case nil: index = 3
      case let value? where value < 5_000: index = 0
      case let value? where value <= 15_000: index = 1
      default: index = 2
      }
      counts[index] += 1
      population[index] += entry.population2022 ?? entry.population2011 ?? 0
    }
    #expect(analysis.clusters.map(\.comuni) == counts)
    #expect(analysis.clusters.map(\.population) == population)
  }

  /// The same figures, checked once against the register file and written down.
  @Test func clusterCountsAsWrittenDown() {
    #expect(entries.count == 1_502)
    #expect(analysis.clusters.map(\.key) == ["small", "medium", "large", "unknown"])
    #expect(analysis.clusters.map(\.comuni) == [1_033, 356, 111, 2])
    #expect(analysis.clusters.map(\.population) == [2_046_634, 2_930_492, 4_955_352, 0])
    #expect(analysis.clusters.allSatisfy { $0.withInventory == 0 && $0.meanReadiness == nil })
  }

  @Test func spendIsAnEstimateAndSaysSo() throws {
    let today = analysis.today
    #expect(today.withInventory == 0)
    #expect(today.comuniEstimated == 1_500 && today.comuniSpendUnknown == 2)
    // 9,932,478 inhabitants at 1/1/2022 x EUR 8 (cost-defaults.json, 2021).
    #expect(today.spendEstimated == Money(euros: 79_459_824))
    let milano = try #require(analysis.member("015146"))
    #expect(milano.spend.status == .estimate)
    #expect(milano.spend.text.en.hasPrefix("estimate: 1,349,930 inhabitants x EUR 8 per inhabitant"))
    #expect(analysis.procurement.saving == analysis.procurement.estimatedSaving)
    #expect(analysis.notes.contains { $0.en.hasPrefix("1502 comuni without an inventory") })
  }

  @Test func theFeeModelBalancesWithoutTheUnknownPopulations() {
    let centre = analysis.centre
    #expect(centre.excluded.count == 2)
    #expect(centre.fees.count == 1_500)
    #expect(centre.cost.staffFTE == 188)
    #expect(centre.cost.onRequest == .zero)
    #expect(centre.balanced)
    #expect(centre.fees.allSatisfy { $0.requested == nil && $0.takenOver == nil })
  }

  @Test func noInventoryMeansNoPilotButWavesOfTheWholeRegion() {
    let rollout = analysis.rollout
    #expect(rollout.pilots.isEmpty)
    #expect(rollout.waves.count == 16)
    #expect(rollout.waves.map(\.comuni.count).reduce(0, +) == 1_502)
    // Largest first: Milano opens wave 1; the comuni of unknown population close the last.
    #expect(rollout.waves[0].comuni.first == "015146")
    // The last two have no population, so no class: the class amounts unknown, never zero; only the
    // flat SPID/CIE (2 x 14,000) is known.
    #expect(rollout.waves[15].comuni.count == 2)
    #expect(rollout.waves[15].unknownAmounts.contains(2))
    #expect(rollout.waves[15].total == Money(euros: 28_000))
    #expect(rollout.notes.contains { $0.en.hasPrefix("Cluster under 5,000 inhabitants: no inventory") })
  }
}
