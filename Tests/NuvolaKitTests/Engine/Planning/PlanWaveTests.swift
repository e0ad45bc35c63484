import Foundation
import NuvolaSupport
import Testing

@testable import NuvolaEngine

/// Each constraint of the waves, with a small inventory whose right answer is worked out by hand in
/// the comments. Plans start in January 2026 with 6-month waves: wave 1 = 2026-01..06,
/// wave 2 = 2026-07..12, wave 3 = 2027-01..06, wave 4 = 2027-07..12, wave 5 = 2028-01..06.
@Suite("Plan: waves and their constraints")
struct PlanWaveTests {
  typealias F = PlanFixtures

  static func day(_ text: String) -> Day { Day(parsing: text)! }

  // MARK: Dependencies

  @Test func aDependencyNeverMovesAfterWhatNeedsIt() {
    // contabilita (group 1) depends on personale (group 3): personale is brought forward to group 1
    // and both move in wave 1; tributi (group 2) follows the order, also in wave 1 (no capacity limit).
    var accounting = F.application("contabilita", domain: .contabilita)
    accounting.dependsOn = ["personale"]
    let plan = F.plan(
      F.inventory([
        accounting, F.application("personale", domain: .personale),
        F.application("tributi", domain: .tributi),
      ]))
    #expect(F.waves(plan) == ["contabilita": 1, "personale": 1, "tributi": 1])
    let timing = plan.wave(of: "personale")!.applications.first { $0.applicationId == "personale" }!.timing
    #expect(timing.contains { $0.en.contains("Brought forward") && $0.en.contains("contabilita") })
  }

  @Test func anApplicationWaitsForItsDependencysContract() {
    // b's contract ends 2027-03-31: month offset 14 from 2026-01, wave index 14 / 6 = 2, i.e. wave 3.
    // Early move: months = 14 + 1 - 6 = 9; no site costs (share 0); staff 40 h x 30 = 1,200 before,
    // 10 h x 30 = 300 after; cloud fee = max(600, 12,000 x 1.2) = 14,400.
    // saving = 9 x (12,000 + 0 + 1,200 - 14,400 - 300) / 12 = -1,125; remaining = 9 x 12,000 / 12 = 9,000:
    // it waits for the third period (2027-01), and a, which depends on b, waits with it: the first
    // wave with work, so wave 1 (waves are numbered without gaps).
    var a = F.application("a")
    a.dependsOn = ["b"]
    let b = F.application("b", yearly: 12000, contractEnd: PlanWaveTests.day("2027-03-31"))
    let plan = F.plan(F.inventory([a, b]))
    #expect(F.waves(plan) == ["a": 1, "b": 1])
    #expect(plan.waves[0].start == YearMonth(year: 2027, month: 1)!)
    let item = plan.wave(of: "b")!.applications.first { $0.applicationId == "b" }!
    #expect(item.reason == .contract)
    #expect(plan.wave(of: "a")!.applications.first { $0.applicationId == "a" }!.reason == .dependency)
    let contract = item.contract!
    #expect(contract.contractWave == 1)
    #expect(contract.monthsEarly == 9)
    #expect(contract.saving == Money(euros: -1125))
    #expect(contract.remainingContract == Money(euros: 9000))
    #expect(!contract.movesEarly)
    let timing = plan.wave(of: "a")!.applications.first { $0.applicationId == "a" }!.timing
    #expect(timing.contains { $0.en.contains("waits for the applications it depends on (b)") })
  }

  @Test func aDependencyCycleMovesTogetherInOneWave() {
    // a -> b -> c -> a is one strongly connected component: one unit of 3 applications. With at most
    // 3 per wave it fills wave 1; d (no dependencies, same group, id after a) waits for wave 2.
    var a = F.application("a")
    a.dependsOn = ["b"]
    var b = F.application("b")
    b.dependsOn = ["c"]
    var c = F.application("c")
    c.dependsOn = ["a"]
    let plan = F.plan(F.inventory([a, b, c, F.application("d")]), F.options(maxPerWave: 3))
    #expect(F.waves(plan) == ["a": 1, "b": 1, "c": 1, "d": 2])
    let item = plan.waves[0].applications.first { $0.applicationId == "b" }!
    #expect(item.movesWith == ["a", "c"])
    #expect(item.risks.contains { $0.en.contains("Circular dependencies") })
  }

  @Test func aCycleLargerThanTheCapacityIsReportedNotSplit() {
    // The cycle needs 2 places; with 1 per wave no wave can hold it: it is unscheduled, the plan
    // asks to raise --max-per-wave to 2, and c (independent) still moves in wave 1.
    var a = F.application("a")
    a.dependsOn = ["b"]
    var b = F.application("b")
    b.dependsOn = ["a"]
    let plan = F.plan(F.inventory([a, b, F.application("c")]), F.options(maxPerWave: 1))
    #expect(F.waves(plan) == ["c": 1])
    #expect(plan.unscheduled.map(\.applicationId) == ["a", "b"])
    let relaxation = plan.relaxations.first { $0.constraint == .capacity }!
    #expect(relaxation.minimumCapacity == 2)
    #expect(plan.warnings.contains { $0.code == "unscheduled" && $0.level == .critical })
  }

  @Test func theDependencyGraphFindsStronglyConnectedComponents() {
    // a <-> b form a cycle; c depends on the cycle; d stands alone. Dependencies come first.
    let graph = DependencyGraph(
      nodes: ["d", "c", "b", "a"], edges: ["a": ["b"], "b": ["a", "x"], "c": ["a"], "d": []])
    #expect(graph.components == [["a", "b"], ["c"], ["d"]])
    #expect(graph.dependencies == [[], [0], []])
  }

  // MARK: Sondrio's order

  @Test func theWavesFollowSondriosOrder() {
    // One application per wave: group 1 (contabilita), group 2 (tributi), group 3 (personale), then
    // the rest (sito_web) - whatever the order of the inventory.
    let plan = F.plan(
      F.inventory([
        F.application("web", domain: .sitoWeb), F.application("hr", domain: .personale),
        F.application("tax", domain: .tributi), F.application("acc", domain: .contabilita),
      ]), F.options(maxPerWave: 1))
    #expect(F.waves(plan) == ["acc": 1, "tax": 2, "hr": 3, "web": 4])
    let timing = plan.wave(of: "hr")!.applications[0].timing
    #expect(timing.contains { $0.en.contains("group 3/4") })
  }

  @Test func aLaterGroupWaitsForAnEarlierGroupsContract() {
    // tributi's contract ends 2026-09-30: offset 8, wave 2. An early move does not pay (no site costs,
    // months = 8 + 1 - 6 = 3): saving = 3 x (1,200 + 0 + 1,200 - 1,440 - 300) / 12 = 165 < remaining
    // 3 x 1,200 / 12 = 300.
    // personale (group 3) is free but waits for group 2: wave 2 as well.
    let plan = F.plan(
      F.inventory([
        F.application("tax", domain: .tributi, contractEnd: PlanWaveTests.day("2026-09-30")),
        F.application("hr", domain: .personale),
      ]))
    #expect(F.waves(plan) == ["tax": 1, "hr": 1])
    #expect(plan.waves[0].start == YearMonth(year: 2026, month: 7)!)
    let hr = plan.wave(of: "hr")!.applications.first { $0.applicationId == "hr" }!
    #expect(hr.reason == .order)
    #expect(
      hr.timing.contains {
        $0.en.hasPrefix("2026-01..2026-06: waits for the group «Local taxes and asset management»")
      }
    )
  }

  @Test func theOrderIsDataInPlanningJSON() throws {
    // Take tributi out of group 2: it joins the rest and now moves after personale (group 3).
    let folder = try RulesFixture.temporaryDirectory()
    defer { RulesFixture.remove(folder) }
    try RulesFixture.writeVariant(
      of: "planning.json", in: folder, replacing: "\"tributi\",\n          \"patrimonio\"",
      with: "\"patrimonio\"")
    let rules = try RulesFixture.load(override: folder)
    let inventory = F.inventory([
      F.application("tax", domain: .tributi), F.application("hr", domain: .personale),
    ])
    let plan = NuvolaEngine.plan(inventory, rules: rules, options: F.options(maxPerWave: 1))
    #expect(F.waves(plan) == ["hr": 1, "tax": 2])
  }

  // MARK: Contracts

  @Test func anApplicationMovesWhenItsContractEnds() {
    // Contract ends 2027-03-31: the third period, 2027-01..2027-06, and the only wave, so wave 1
    // (see anApplicationWaitsForItsDependencysContract).
    let plan = F.plan(
      F.inventory([F.application("app", yearly: 12000, contractEnd: PlanWaveTests.day("2027-03-31"))]))
    #expect(F.waves(plan) == ["app": 1])
    #expect(plan.waves[0].start == YearMonth(year: 2027, month: 1)!)
    let text = plan.waves[0].applications[0].contract!.text
    #expect(text.en.contains("9 × (12,000 + 0 + 1,200 − 14,400 − 300) / 12 = -1,125"))
    #expect(text.en.contains("9 × 12,000 / 12 = 9,000"))
    #expect(text.it.contains("9 × 12.000 / 12 = 9.000"))
  }

  @Test func anEarlierMoveWinsWhenItSavesMoreThanTheRemainingContract() {
    // The site costs 12,000 of energy and 6,000 of maintenance a year, all of it for this one
    // application (no equipment power given: the closure is assumed to switch everything off):
    // share = 18,000. Contract ends 2027-03-31 (wave 3), months = 9, yearly 1,200, cloud fee
    // max(600, 1,440) = 1,440. saving = 9 x (1,200 + 18,000 + 1,200 - 1,440 - 300) / 12 = 13,995;
    // remaining = 9 x 1,200 / 12 = 900. 13,995 > 900: it moves in wave 1.
    var site = F.gruppoB()
    site.energyCost = Money(euros: 12000)
    site.maintenanceCost = Money(euros: 6000)
    let plan = F.plan(
      F.inventory(
        [F.application("app", yearly: 1200, contractEnd: PlanWaveTests.day("2027-03-31"))], sites: [site]))
    #expect(F.waves(plan) == ["app": 1])
    let contract = plan.waves[0].applications[0].contract!
    #expect(contract.saving == Money(euros: 13995))
    #expect(contract.remainingContract == Money(euros: 900))
    #expect(contract.movesEarly)
    #expect(contract.text.en.contains("moving early pays"))
  }

  // MARK: Connectivity

  @Test func aSlowLinkIsUpgradedInAnEarlierWave() {
    // 40 users: need max(30, 40 x 1) = 40 down and max(5, 40 x 0.5) = 20 up; the link gives 10/2.
    // The upgrade (EUR 1,500) is done in wave 1; the move follows in wave 2.
    var application = F.application("app")
    application.users = 40
    let slow = EngineFixtures.link("adsl", site: "ced", down: 10, up: 2)
    let plan = F.plan(F.inventory([application], links: [slow]))
    #expect(F.waves(plan) == ["app": 2])
    let first = plan.waves[0]
    #expect(first.index == 1 && first.applications.isEmpty)
    #expect(first.prerequisites.map(\.kind) == [.linkUpgrade])
    #expect(
      first.prerequisites[0].text.en.contains(
        "available 10/2 Mbit/s (down/up), needed 40/20 Mbit/s for 40 users"))
    #expect(first.oneOffCost == Money(euros: 1500))
    #expect(
      plan.waves[1].applications[0].timing.contains { $0.en.contains("link upgrade of site ced (wave 1)") })
  }

  @Test func aFastLinkNeedsNoUpgradeAndAnUnknownOneIsFlagged() {
    let fast = F.plan(F.inventory([F.application("app")]))
    #expect(F.waves(fast) == ["app": 1])
    #expect(fast.waves[0].prerequisites.isEmpty)
    let unknown = F.plan(F.inventory([F.application("app")], links: []))
    #expect(F.waves(unknown) == ["app": 1])
    #expect(unknown.warnings.contains { $0.code == "connectivity_unknown" && $0.sites == ["ced"] })
  }

  // MARK: Budget and capacity

  @Test func aSmallBudgetPushesWorkLaterAndSaysSo() {
    // Three moves of EUR 6,000 and EUR 10,000 a year: one move per plan year. Year 1 (waves 1-2):
    // a; b would make 12,000. Year 2 (periods 3-4): b. Year 3 (period 5): c. Waves are numbered 1..3
    // without the empty periods.
    let plan = F.plan(
      F.inventory([F.application("a"), F.application("b"), F.application("c")]), F.options(budget: 10000))
    #expect(F.waves(plan) == ["a": 1, "b": 2, "c": 3])
    #expect(plan.waves.map(\.start.description) == ["2026-01", "2027-01", "2028-01"])
    // a is classified (ordinario): it moves at once for the deadline; b and c wait for the budget.
    #expect(plan.waves.map(\.reason) == [.deadline, .budget, .budget])
    var spent: [Int: Money] = [:]
    for wave in plan.waves {
      spent[wave.planYear, default: .zero] = spent[wave.planYear, default: .zero] + wave.oneOffCost
    }
    #expect(spent.values.allSatisfy { $0 <= Money(euros: 10000) })
    let c = plan.wave(of: "c")!.applications[0]
    #expect(
      c.timing.contains {
        $0.en.hasPrefix("2026-01..2026-12: budget of year 1 insufficient: EUR 6,000 of EUR 10,000")
      })
    #expect(c.timing.contains { $0.en.hasPrefix("2027-01..2027-12: budget of year 2 insufficient") })
    // b and c now miss 30/06/2026: the budget is the constraint to relax for the deadline.
    #expect(plan.relaxations.map(\.constraint) == [.deadline])
    #expect(plan.relaxations[0].applications == ["b", "c"])
    #expect(
      plan.relaxations[0].text.en.hasSuffix(
        "relax the constraints that delay these moves: --budget-per-year."))
  }

  @Test func aMoveCostingMoreThanTheBudgetAsksToRaiseIt() {
    let plan = F.plan(F.inventory([F.application("a")]), F.options(budget: 5000))
    #expect(plan.waves.isEmpty)
    #expect(plan.unscheduled.map(\.applicationId) == ["a"])
    let relaxation = plan.relaxations.first { $0.constraint == .budget }!
    #expect(relaxation.minimumBudget == Money(euros: 6000))
    #expect(relaxation.text.en.contains("Raise --budget-per-year to at least EUR 6,000"))
    #expect(plan.warnings.contains { $0.code == "gruppo_b_stays_open" })
  }

  @Test func capacityLimitsEachWave() {
    let plan = F.plan(
      F.inventory([F.application("a"), F.application("b"), F.application("c")]), F.options(maxPerWave: 2))
    #expect(F.waves(plan) == ["a": 1, "b": 1, "c": 2])
    #expect(plan.waves.allSatisfy { $0.applications.count <= 2 })
    #expect(
      plan.waves[1].applications[0].timing.contains { $0.en.contains("wave full: at most 2 applications") })
  }

  // MARK: Deadlines

  @Test func meetingTheDeadlineRaisesNoWarning() {
    // Wave 1 ends 2026-06, by 30/06/2026.
    let plan = F.plan(F.inventory([F.application("app")]))
    #expect(!plan.warnings.contains { $0.code == "deadline_missed" })
    #expect(!plan.summary.deadlineMissed)
  }

  @Test func missingTheDeadlineIsCriticalAndNamesWhatToRelax() {
    // The contract ends 2026-09-30 (wave 2, ends 2026-12): the classified service misses 30/06/2026.
    let plan = F.plan(F.inventory([F.application("app", contractEnd: PlanWaveTests.day("2026-09-30"))]))
    let warning = plan.warnings.first!
    #expect(warning.code == "deadline_missed" && warning.level == .critical)
    #expect(warning.text.en.hasPrefix("PNRR DEADLINE MISSED"))
    let relaxation = plan.relaxations.first { $0.constraint == .deadline }!
    #expect(relaxation.text.en.contains("contracts"))
  }

  @Test func aPlanStartingAfterTheDeadlineSaysNoPlanCanMeetIt() {
    let plan = F.plan(
      F.inventory([F.application("app")]), F.options(start: YearMonth(year: 2026, month: 10)!))
    #expect(plan.warnings.first?.code == "deadline_missed")
    #expect(
      plan.relaxations.first { $0.constraint == .deadline }!.text.en.contains("no plan can meet the deadline")
    )
  }
}
