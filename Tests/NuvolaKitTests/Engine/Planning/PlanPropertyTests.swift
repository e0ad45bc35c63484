import NuvolaEngine
import NuvolaModel
import NuvolaRules
import NuvolaSupport
import Testing

@testable import NuvolaGenerate

/// Properties every plan keeps, over inventories of the seeded generator and options drawn from a
/// seeded stream: no wave holds more than the capacity (applications and staff hours), no
/// application moves before what it depends on, no date precedes the as-of day, waves are numbered
/// 1..n, and no cost line is negative.
@Suite("Plan: properties over generated inventories")
struct PlanPropertyTests {
  static let asOf = Day(year: 2026, month: 12, day: 4)!
  /// Every 97th comune of the register: small, medium and large, from every region.
  static let entries = stride(from: 0, to: Register.shipped.entries.count, by: 97).map {
    Register.shipped.entries[$0]
  }

  @Test(arguments: [UInt64(1), 2, 3])
  func everyPlanKeepsItsConstraints(seed: UInt64) {
    let generator = InventoryGenerator(seed: seed)
    var random = SeededRandom(seed: seed, key: "plan-properties")
    let rules = RulesFixture.book
    let first = PlanOptions.start(after: Self.asOf)
    for entry in Self.entries {
      let inventory = generator.inventory(for: entry)
      var options = PlanOptions(
        start: first.adding(months: random.int(0...3)), waveMonths: random.pick([3, 4, 6, 12]),
        years: random.int(3...8),
        budgetPerYear: random.chance(0.3) ? Money(euros: Double(random.int(5...200)) * 1000) : nil,
        maxPerWave: random.chance(0.5) ? random.int(1...9) : nil)
      options.asOf = Self.asOf
      let plan = NuvolaEngine.plan(inventory, rules: rules, options: options)
      let label = "\(entry.istatCode) seed \(seed)"
      check(plan, inventory: inventory, rules: rules, label: label)
    }
  }

  func check(_ plan: Plan, inventory: Inventory, rules: RuleBook, label: String) {
    let today = YearMonth(Self.asOf)
    #expect(plan.waves.map(\.index) == Array(0..<plan.waves.count).map { $0 + 1 }, "\(label): numbering")
    let capacity = plan.capacity.applicationsPerWave
    let hours = plan.capacity.staffHoursPerMonth.map { $0 * Double(plan.options.waveMonths) }
    var waveOf: [String: Int] = [:]
    for wave in plan.waves {
      #expect(wave.start > today, "\(label): wave \(wave.index) starts \(wave.start)")
      #expect(wave.status == .planned)
      if let capacity {
        #expect(wave.applications.count <= capacity, "\(label): wave \(wave.index) too full")
      }
      if let hours {
        let effort = wave.applications.reduce(0.0) {
          $0 + (rules.planning.numbers["migration_effort_hours_" + $1.strategy.rawValue] ?? 0)
        }
        #expect(effort <= hours + 1e-9, "\(label): wave \(wave.index) takes \(effort) h of \(hours)")
      }
      for item in wave.applications { waveOf[item.applicationId] = wave.index }
    }
    for application in inventory.applications {
      guard let wave = waveOf[application.id] else { continue }
      for dependency in application.dependsOn {
        guard let other = waveOf[dependency] else { continue }
        #expect(other <= wave, "\(label): \(application.id) in wave \(wave) before \(dependency) in \(other)")
      }
    }
    for milestone in plan.milestones {
      #expect(milestone.month > today, "\(label): closure \(milestone.site)")
    }
    for remedy in plan.assetRemedies {
      if let month = remedy.month { #expect(month > today, "\(label): \(remedy.assetId)") }
    }
    if let expected = plan.funding.expected { #expect(expected > today, "\(label): funding") }
    for year in plan.yearlyCosts {
      #expect(year.start > today)
      for breakdown in [year.onPremise, year.plan] {
        #expect(breakdown.categories.allSatisfy { $0.amount >= .zero }, "\(label): year \(year.index)")
      }
    }
  }
}
