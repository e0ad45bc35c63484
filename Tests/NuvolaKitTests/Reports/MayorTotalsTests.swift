import Foundation
import NuvolaEngine
import NuvolaIngest
import NuvolaModel
import NuvolaReports
import NuvolaSupport
import Testing

/// Every total the mayor reads equals the sum of its lines: each year's costs, the one-off money of
/// the waves (eligible and other kept apart), and no cost line below zero. Checked on the sample
/// comuni at the pinned as-of day, in the plan and in the report's own tables.
@Suite("Reports: the mayor's totals add up")
struct MayorTotalsTests {
  static let samples = [
    "014061-sondrio.json", "012133-varese.json", "013075-como.json", "012119-saronno.json",
    "012019-brenta.json",
  ]

  static func inventory(_ file: String) throws -> Inventory {
    try InventoryReader().read(path: RepositoryFiles.url("Inventories/" + file).path)
  }

  func money(_ cell: ReportCell) -> Money? {
    if case .money(let value) = cell.value { return value }
    return nil
  }

  @Test(arguments: samples)
  func everyTotalIsTheSumOfItsLines(file: String) throws {
    let inputs = ReportFixtures.inputs(.mayor, inventory: try Self.inventory(file))
    let plan = try #require(inputs.plan)
    var cumulative = Money.zero
    for year in plan.yearlyCosts {
      for breakdown in [year.onPremise, year.plan] {
        let lines = breakdown.categories.filter { $0.key != "funding" }.map(\.amount)
        #expect(lines.allSatisfy { $0 >= .zero }, "year \(year.index): a negative cost line")
        #expect(breakdown.spending == lines.reduce(.zero, +))
        #expect(breakdown.total == breakdown.spending - breakdown.funding)
        #expect(breakdown.funding >= .zero)
      }
      #expect(year.savings == year.onPremise.total - year.plan.total)
      cumulative = cumulative + year.savings
      #expect(year.cumulativeSavings == cumulative)
    }
    for wave in plan.waves {
      let items = wave.applications.reduce(Money.zero) { $0 + $1.oneOffCost }
      let prerequisites = wave.prerequisites.reduce(Money.zero) { $0 + $1.oneOffCost }
      #expect(wave.oneOffCost == items + prerequisites)
      #expect(wave.oneOffEligible + wave.oneOffNotEligible == wave.oneOffCost)
      #expect(wave.oneOffNotEligible >= .zero)
    }
    let summary = plan.summary
    #expect(summary.oneOffTotal == plan.waves.reduce(.zero) { $0 + $1.oneOffCost })
    #expect(summary.oneOffEligible + summary.oneOffNotEligible == summary.oneOffTotal)

    let document = Reports.document(for: .mayor, inputs: inputs, language: .it)
    let waves = try #require(document.tables.first { $0.id == "waves" })
    let column = try #require(waves.columns.firstIndex { $0.id == "one_off_cost" })
    #expect(waves.rows.compactMap { money($0[column]) }.reduce(.zero, +) == summary.oneOffTotal)
    let yearly = try #require(document.tables.first { $0.id == "yearly_costs" })
    for id in ["on_premise", "plan", "funding"] {
      let index = try #require(yearly.columns.firstIndex { $0.id == id })
      #expect(yearly.rows.allSatisfy { (money($0[index]) ?? .zero) >= .zero }, "\(id)")
    }
  }

  /// A budget that allows no plan gives no NPV and no payback: the report says why instead.
  @Test func aBudgetThatAllowsNoPlanGivesNoPayback() throws {
    var options = PlanOptions(start: YearMonth(year: 2027, month: 1)!, budgetPerYear: Money(euros: 1000))
    options.asOf = ReportFixtures.asOf
    let plan = NuvolaEngine.plan(
      try Self.inventory("012133-varese.json"), rules: RulesFixture.book, options: options)
    #expect(plan.waves.isEmpty)
    #expect(plan.paybackYear == nil && plan.summary.npv == nil && plan.summary.paybackYear == nil)
    #expect(plan.economicsWithheld?.it.contains("VAN e rientro non calcolati") == true)
    #expect(plan.json.serialized(sortKeys: true).contains("\"npv\": null"))
  }
}
