import NuvolaEngine
import NuvolaModel
import NuvolaSupport
import Testing

/// Costs over the years (on premise against the plan), NPV, payback, CED closures with their
/// savings, and the defaults used, each checked against arithmetic done by hand.
@Suite("Plan: costs and CED closures")
struct PlanCostTests {
  typealias F = PlanFixtures

  /// One site (energy EUR 1,200 a year from the inventory, nothing else), one application (EUR 1,200 a
  /// year) moving in wave 1 (cut-over after 6 months), no links, population unknown (no funding).
  static func simple(years: Int = 5, rate: Double = 0) -> Plan {
    var site = F.gruppoB()
    site.energyCost = Money(euros: 1200)
    return F.plan(
      F.inventory([F.application("app")], sites: [site], links: []),
      F.options(years: years, discountRate: rate))
  }

  @Test func yearByYearByHand() {
    // On premise, every year: energy 1,200 + licences 1,200 + staff 40 h x 30 = 1,200 -> 3,600.
    // Plan, year 1: energy 1,200 x 6/12 = 600; licences 600; cloud fee max(600, 1,200 x 1.2) = 1,440
    //   x 6/12 = 720; staff (1,200 x 6 + 300 x 6) / 12 = 750; migration 6,000 -> 8,670. Saving -5,070.
    // Plan, later years: cloud 1,440 + staff 300 = 1,740. Saving 1,860.
    // Cumulative: -5,070, -3,210, -1,350, 510, 2,370: payback in year 4. NPV at 0% = 2,370.
    let plan = PlanCostTests.simple()
    let first = plan.yearlyCosts[0]
    #expect(first.start == F.start && first.end == YearMonth(year: 2026, month: 12)!)
    #expect(first.onPremise.total == Money(euros: 3600))
    #expect(first.plan.energy == Money(euros: 600))
    #expect(first.plan.licences == Money(euros: 600))
    #expect(first.plan.cloudFees == Money(euros: 720))
    #expect(first.plan.staff == Money(euros: 750))
    #expect(first.plan.migration == Money(euros: 6000))
    #expect(first.plan.total == Money(euros: 8670))
    #expect(plan.yearlyCosts[1].plan.total == Money(euros: 1740))
    #expect(
      plan.yearlyCosts.map(\.cumulativeSavings) == [-5070, -3210, -1350, 510, 2370].map { Money(euros: $0) })
    #expect(plan.paybackYear == 4)
    #expect(plan.npv == Money(euros: 2370))
  }

  @Test func theNPVDiscountsEachYear() {
    // -5,070/1.1 + 1,860/1.1^2 + 1,860/1.1^3 + 1,860/1.1^4 + 1,860/1.1^5
    //   = -4,609.09 + 1,537.19 + 1,397.45 + 1,270.41 + 1,154.91 = 750.87 (each year rounded to cents).
    let plan = PlanCostTests.simple(rate: 0.1)
    #expect(
      plan.yearlyCosts.map(\.discountedSavings) == [
        Money(cents: -460_909), Money(cents: 153_719), Money(cents: 139_745), Money(cents: 127_041),
        Money(cents: 115_491),
      ])
    #expect(plan.npv == Money(cents: 75_087))
    #expect(plan.discountRate == 0.1)
  }

  @Test func noPaybackWithinAShortHorizon() {
    let plan = PlanCostTests.simple(years: 3)
    #expect(plan.paybackYear == nil)
    #expect(plan.yearlyCosts.count == 3)
  }

  @Test func theDefaultDiscountRateComesFromTheRulesWithItsSource() {
    var site = F.gruppoB()
    site.energyCost = Money(euros: 1200)
    let plan = F.plan(F.inventory([F.application("app")], sites: [site]), F.options(discountRate: nil))
    #expect(plan.discountRate == 0.03)
    #expect(plan.discountRateSource.en.hasPrefix("default: [NUVOLA]"))
    #expect(
      plan.defaultsUsed.contains { $0.parameter.key == "discount_rate" && $0.file == "cost-defaults.json" })
  }

  @Test func inventoryFiguresWinOverDefaults() {
    // The site gives its energy cost: no PUE, price or hours default is used for it.
    let plan = PlanCostTests.simple()
    let keys = Set(plan.defaultsUsed.map(\.parameter.key))
    #expect(!keys.contains("electricity_price") && !keys.contains("pue_small_server_room"))
    #expect(
      keys.isSuperset(of: ["staff_hour_cost", "migration_one_off_repurchase", "cloud_fee_ratio_repurchase"]))
    #expect(plan.defaultsUsed.allSatisfy { !$0.parameter.source.document.isEmpty && !$0.usedFor.isEmpty })
  }

  @Test func energyFromTheLoadUsesKilowattsPUEHoursAndPrice() {
    // it_load 2 kW, PUE unknown: 2 x 2.1 (small server room default) x 8,760 h x 0.25 EUR/kWh = 9,198.
    var site = F.gruppoB()
    site.itLoad = 2
    let plan = F.plan(F.inventory([F.application("app")], sites: [site]))
    #expect(plan.yearlyCosts[0].onPremise.energy == Money(euros: 9198))
    let keys = Set(plan.defaultsUsed.map(\.parameter.key))
    #expect(keys.isSuperset(of: ["pue_small_server_room", "hours_per_year", "electricity_price"]))
  }

  // MARK: CED closure

  @Test func aGruppoBSiteClosesWhenItsLastApplicationLeaves() {
    // Two applications, one per wave: the site closes after wave 2 (end of 2026-12), cut-over month 12.
    // Energy 5,000 a year; server 400 W (switched off), switch 100 W (stays): removed share 0.8 ->
    // energy saved 4,000. Maintenance: room 1,000 + server 500 = 1,500. Staff: 1 server x 50 h x 30 =
    // 1,500. Yearly saving 7,000. The server (2020, lifetime 5) was due in 2025: the status quo
    // replaces it at the start (month 0, EUR 7,000); the closure comes 12 months later, within the 24
    // months a refresh may be deferred, so the plan avoids it. Its next refresh (month 60) is past
    // the horizon; the switch (2020 + 8 = 2028, month 24) stays in both scenarios.
    var site = F.gruppoB()
    site.energyCost = Money(euros: 5000)
    site.maintenanceCost = Money(euros: 1000)
    var server = Asset(id: "srv", kind: .server)
    server.site = "ced"
    server.power = 400
    server.purchaseYear = 2020
    server.maintenanceCost = Money(euros: 500)
    var network = Asset(id: "sw", kind: .switch)
    network.site = "ced"
    network.power = 100
    network.purchaseYear = 2020
    let plan = F.plan(
      F.inventory([F.application("a"), F.application("b")], sites: [site], assets: [server, network]),
      F.options(maxPerWave: 1))
    #expect(F.waves(plan) == ["a": 1, "b": 2])
    let closure = plan.milestones.first!
    #expect(closure.kind == .cedClosure && closure.site == "ced" && closure.mandatory)
    #expect(closure.wave == 2 && closure.month == YearMonth(year: 2026, month: 12)!)
    #expect(closure.energySavedPerYear == Money(euros: 4000))
    #expect(closure.maintenanceSavedPerYear == Money(euros: 1500))
    #expect(closure.staffSavedPerYear == Money(euros: 1500))
    #expect(closure.yearlySavings == Money(euros: 7000))
    #expect(closure.hardwareRefreshAvoided == Money(euros: 7000))
    #expect(closure.equipmentSwitchedOff == ["srv"])
    #expect(plan.yearlyCosts[0].onPremise.hardware == Money(euros: 7000))
    #expect(plan.yearlyCosts[0].plan.hardware == .zero)
    // The switch is replaced in 2028 either way.
    #expect(plan.yearlyCosts[2].onPremise.hardware == Money(euros: 2000))
    #expect(plan.yearlyCosts[2].plan.hardware == Money(euros: 2000))
    // After the closure only the switch's share of the energy remains: 5,000 x 0.2 = 1,000.
    #expect(plan.yearlyCosts[1].plan.energy == Money(euros: 1000))
  }

  @Test func aRetainedApplicationKeepsAGruppoBSiteOpenAndThePlanSaysSoLoudly() {
    var kept = F.application("kept")
    kept.strategyOverride = .retain
    kept.strategyOverrideReason = "Software dismesso dal fornitore, da sostituire nel 2030"
    let plan = F.plan(F.inventory([kept, F.application("moved")]))
    #expect(plan.milestones.isEmpty)
    let warning = plan.warnings.first { $0.code == "gruppo_b_stays_open" }!
    #expect(warning.level == .critical && warning.applications == ["kept"] && warning.sites == ["ced"])
  }

  @Test func aClassASiteEmptiedMayCloseButNeedNot() {
    let plan = F.plan(F.inventory([F.application("app")], sites: [F.classA()]))
    #expect(plan.milestones.first?.mandatory == false)
    #expect(plan.milestones.first?.cedClass == .a)
  }

  // MARK: Funding

  @Test func theLumpSumCountsOnlyWhenTheMovesEndInTime() {
    // Population 15,000: class 5,001-20,000 of 1.2 (11-14 services): 11 applications in mode B give
    // 25,000 + 11 x 6,928 = 101,208. The move ends with wave 1 (2026-06), after the lump-sum projects
    // closed (31/03/2026): lost, loudly.
    var inventory = F.inventory((1...11).map { F.application("app\($0)") })
    inventory.comune.population = 15000
    let lost = F.plan(inventory)
    #expect(lost.funding.amount == Money(euros: 101_208) && lost.funding.status == .confirmed)
    #expect(!lost.funding.counted)
    #expect(lost.warnings.contains { $0.code == "funding_lost" && $0.level == .critical })
    // Already admitted: the default capacity (7 applications a wave, planning.json) splits the 11 moves
    // into two waves; counted 6 months after the last cut-over (2027-01 + 6 = 2027-07, plan year 2).
    var options = F.options()
    options.fundingAdmitted = true
    let admitted = F.plan(inventory, options)
    #expect(admitted.funding.counted)
    #expect(admitted.waves.map(\.applications.count) == [7, 4])
    #expect(admitted.funding.expected == YearMonth(year: 2027, month: 7)!)
    #expect(admitted.yearlyCosts[1].plan.funding == Money(euros: 101_208))
  }
}
