import Testing

@testable import NuvolaEngine
@testable import NuvolaIngest
@testable import NuvolaSupport

/// Issue 19's "done when", on every sample comune at the pinned as-of day 04/12/2026: the first wave
/// starts in January 2027 or later, waves are numbered without gaps, no network-only site is closed,
/// and no repurchase goes to the PSN.
@Suite("Plan: the sample comuni in December 2026")
struct PlanSampleTests {
  static let samples = [
    "014061-sondrio.json", "012133-varese.json", "013075-como.json", "012119-saronno.json",
    "012019-brenta.json",
    "012007-azzio",
  ]
  static let asOf = Day(year: 2026, month: 12, day: 4)!

  @Test(arguments: samples)
  func aSamplePlanStartsAfterTheAsOfDay(file: String) throws {
    let inventory = try InventoryReader().read(path: RepositoryFiles.url("Inventories/" + file).path)
    var options = PlanOptions(start: PlanOptions.start(after: Self.asOf))
    options.asOf = Self.asOf
    let plan = NuvolaEngine.plan(inventory, rules: RulesFixture.book, options: options)
    if let first = plan.waves.first { #expect(first.start >= YearMonth(year: 2027, month: 1)!) }
    #expect(plan.waves.map(\.index) == plan.waves.indices.map { $0 + 1 })
    let closed = Set(plan.milestones.map(\.site))
    #expect(closed.isDisjoint(with: plan.networkOnlySites))
    let digests = ConsolidationDigester.sites(
      inventory, classification: classifyCEDs(inventory, rules: RulesFixture.book))
    for digest in digests where !digest.runsWorkloads { #expect(!closed.contains(digest.id), "\(digest.id)") }
    #expect(!plan.decisions.contains { $0.strategy == .repurchase && $0.destination == .psn })
    #expect(plan.waves.allSatisfy { !$0.applications.isEmpty || !$0.prerequisites.isEmpty })
  }
}
