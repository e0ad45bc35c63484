import Foundation
import NuvolaEngine
import NuvolaGenerate
import NuvolaModel
import NuvolaRules
import NuvolaSupport
import Testing

/// The planner is a pure function: same inputs, byte-identical JSON, whatever the order of the
/// records in the inventory; and the Sondrio sample gives Sondrio's order.
@Suite("Plan: determinism and the Sondrio sample")
struct PlanDeterminismTests {
  static func sondrio() throws -> Inventory {
    let text = try RepositoryFiles.text("Inventories/014061-sondrio.json")
    return try JSONDecoder().decode(Inventory.self, from: Data(text.utf8))
  }

  static func options(_ inventory: Inventory) -> PlanOptions {
    // The month after the sample's inventory date, so that the order below is Sondrio's own.
    PlanOptions(start: YearMonth(parsing: "2026-10")!, budgetPerYear: Money(euros: 300_000))
  }

  @Test func sameInputsGiveByteIdenticalJSON() throws {
    let inventory = try PlanDeterminismTests.sondrio()
    let options = PlanDeterminismTests.options(inventory)
    let first = plan(inventory, rules: RulesFixture.book, options: options).json.serialized(sortKeys: true)
    let second = plan(inventory, rules: RulesFixture.book, options: options).json.serialized(sortKeys: true)
    #expect(first == second)
    var shuffled = inventory
    shuffled.applications.reverse()
    shuffled.assets.reverse()
    shuffled.sites.reverse()
    let third = plan(shuffled, rules: RulesFixture.book, options: options).json.serialized(sortKeys: true)
    #expect(first == third)
  }

  @Test(arguments: [
    ("2026-12-04", "2027-01"), ("2026-12-31", "2027-01"), ("2026-11-30", "2026-12"), ("2027-01-01", "2027-02"),
  ])
  func theDefaultStartIsTheMonthAfterTheAsOfDay(asOf: String, start: String) throws {
    #expect(PlanOptions.start(after: try #require(Day(parsing: asOf))) == YearMonth(parsing: start))
  }

  @Test func sondrioMovesInSondriosOrder() throws {
    // Sondrio already runs group 1 (contabilita, atti, protocollo, paghe, demografici) in SaaS. Next:
    // tributi and patrimonio (contracts end 12/2026 and 03/2027: wave 1), then personale, contratti
    // and opere pubbliche (contracts end 09/2027, 12/2027, 06/2028: waves 2, 3, 4), then the rest.
    let inventory = try PlanDeterminismTests.sondrio()
    let result = plan(inventory, rules: RulesFixture.book, options: PlanDeterminismTests.options(inventory))
    let groups = result.waves.flatMap { wave in
      wave.applications.map { result.decision($0.applicationId)!.groupIndex }
    }
    #expect(groups == groups.sorted())
    #expect(result.waves[0].applications.map(\.applicationId) == ["app-patrimonio", "app-tributi"])
    let waves = PlanFixtures.waves(result)
    #expect(waves["app-opere-pubbliche"] == 2 && waves["app-personale"] == 3 && waves["app-contratti"] == 4)
    #expect(result.decision("app-contabilita")?.disposition == .alreadyInCloud)
    #expect(result.milestones.map(\.site) == ["sala-server"])
    // The plan starts after 30/06/2026: the deadline is missed, loudly.
    #expect(result.warnings.first?.level == .critical)
    #expect(result.summary.deadlineMissed)
    // Sondrio's own budget holds every year.
    var spent: [Int: Money] = [:]
    for wave in result.waves {
      spent[wave.planYear, default: .zero] = spent[wave.planYear, default: .zero] + wave.oneOffCost
    }
    #expect(spent.values.allSatisfy { $0 <= Money(euros: 300_000) })
  }

  @Test func everySampleAndGeneratedInventoryPlans() throws {
    var inventories = try SampleInventoryTests.jsonSamples.map { try SampleInventoryTests.load($0).inventory }
    let generator = InventoryGenerator(seed: 1)
    inventories += Register.shipped.entries(province: "SO").map { generator.inventory(for: $0) }
    for inventory in inventories {
      let options = PlanOptions(start: PlanFixtures.start)
      let result = plan(inventory, rules: RulesFixture.book, options: options)
      #expect(result.decisions.count == inventory.applications.count)
      // Every application that should move is in exactly one wave or reported as unscheduled.
      let placed = result.waves.flatMap { $0.applications.map(\.applicationId) }
      #expect(Set(placed).count == placed.count)
      let moving = result.decisions.filter(\.isScheduled).map(\.applicationId)
      #expect(
        Set(placed + result.unscheduled.map(\.applicationId)) == Set(moving), "\(inventory.comune.istatCode)")
    }
  }
}
