import NuvolaEngine
import NuvolaModel
import NuvolaSupport
import Testing

private typealias F = PlanFixtures

/// Every asset gets the remedy of its kind (planning.json `remedies`): network equipment stays and a
/// network-only site is never closed; servers, storage and UPS go with their service; workstations
/// stay and are replaced at end of life; a repurchase goes to a SaaS of the ACN catalogue, never the
/// PSN; video surveillance stays local; a SaaS contract gets renewal or exit advice, not a move.
@Suite("Plan: remedies by kind")
struct PlanRemedyTests {
  static let asOf = Day(year: 2026, month: 12, day: 4)!

  static func options() -> PlanOptions {
    var options = F.options(start: YearMonth(year: 2027, month: 1)!)
    options.asOf = asOf
    return options
  }

  static func asset(_ id: String, _ kind: AssetKind, site: String?, year: Int? = 2024) -> Asset {
    var asset = Asset(id: id, kind: kind)
    asset.site = site
    asset.purchaseYear = year
    return asset
  }

  func remedy(_ plan: Plan, _ id: String) -> PlanAssetRemedy? {
    plan.assetRemedies.first { $0.assetId == id }
  }

  @Test func aNetworkOnlySiteStaysAndIsNeverClosed() {
    let assets = [
      Self.asset("sw-bib", .switch, site: "biblioteca"), Self.asset("fw-bib", .firewall, site: "biblioteca"),
      Self.asset("ap-bib", .accessPoint, site: "biblioteca"), Self.asset("ups-bib", .ups, site: "biblioteca"),
      Self.asset("srv", .server, site: "ced"),
    ]
    let plan = F.plan(
      F.inventory([F.application("app")], sites: [F.gruppoB(), F.gruppoB("biblioteca")], assets: assets),
      Self.options())
    #expect(plan.networkOnlySites == ["biblioteca"])
    #expect(plan.milestones.map(\.site) == ["ced"])
    for id in ["sw-bib", "fw-bib", "ap-bib"] {
      #expect(remedy(plan, id)?.remedy == .keep, "\(id)")
      #expect(remedy(plan, id)?.reason.it.contains("solo apparati di rete") == true)
    }
  }

  @Test func serversStorageAndUPSRetireWithTheirServiceWhenTheSiteCloses() {
    let assets = [
      Self.asset("srv", .server, site: "ced"), Self.asset("san", .storage, site: "ced"),
      Self.asset("nas", .nas, site: "ced"), Self.asset("ups", .ups, site: "ced"),
      Self.asset("host", .virtualizationHost, site: "ced"), Self.asset("sw", .switch, site: "ced"),
    ]
    let plan = F.plan(F.inventory([F.application("app")], assets: assets), Self.options())
    #expect(plan.milestones.count == 1)
    for id in ["srv", "san", "nas", "ups", "host"] {
      #expect(remedy(plan, id)?.remedy == .retireWithService, "\(id)")
      #expect(remedy(plan, id)?.month == plan.milestones[0].month)
    }
    // The switch serves the offices: it stays when the CED closes, and never goes to the cloud.
    #expect(remedy(plan, "sw")?.remedy == .keep)
  }

  @Test func hardwareThatStaysIsReplacedAtEndOfLifeOnTheAsOfDay() {
    var kept = F.application("kept")
    kept.strategyOverride = .retain
    kept.strategyOverrideReason = "resta"
    var server = Self.asset("srv", .server, site: "ced", year: 2015)
    server.endOfSupport = Day(year: 2026, month: 11, day: 30)
    let assets = [
      server, Self.asset("pc-old", .pc, site: nil, year: 2016),
      Self.asset("pc-new", .pc, site: nil, year: 2025),
      Self.asset("sw-old", .switch, site: "ced", year: 2010), Self.asset("printer", .printer, site: nil),
    ]
    let plan = F.plan(F.inventory([kept], assets: assets), Self.options())
    #expect(plan.milestones.isEmpty)
    #expect(remedy(plan, "srv")?.remedy == .replace && remedy(plan, "srv")?.endOfLife == true)
    #expect(remedy(plan, "pc-old")?.remedy == .replace)
    #expect(remedy(plan, "pc-new")?.remedy == .keep)
    #expect(remedy(plan, "sw-old")?.remedy == .replace)
    #expect(remedy(plan, "printer")?.remedy == .keep)
  }

  @Test func aVirtualMachineRetiresWithTheApplicationItRuns() {
    var app = F.application("app")
    app.asset = "vm"
    var vm = Asset(id: "vm", kind: .vm)
    vm.host = "host"
    let plan = F.plan(
      F.inventory([app], assets: [Self.asset("host", .virtualizationHost, site: "ced"), vm]), Self.options())
    #expect(remedy(plan, "vm")?.remedy == .retireWithService)
    #expect(remedy(plan, "vm")?.site == "ced")
  }

  @Test func aRepurchaseOfCriticalDataGoesToACatalogueSaaSNeverThePSN() {
    var app = F.application("anagrafe", domain: .anagrafe)
    app.dataClass = .critico
    let plan = F.plan(F.inventory([app]), Self.options())
    let decision = plan.decision("anagrafe")!
    #expect(decision.strategy == .repurchase)
    #expect(decision.destination == .qualifiedSaaS)
    #expect(
      decision.reasons.contains { $0.rule == "acn-critico-saas" && $0.text.it.contains("catalogo ACN") })
    // A rehost of critical data still goes to the PSN (infrastructure).
    var rehost = F.application("ztl", domain: .poliziaLocale)
    rehost.dataClass = .critico
    rehost.saasAlternative = false
    let other = F.plan(F.inventory([rehost]), Self.options())
    #expect(other.decision("ztl")!.destination == .psn)
  }

  @Test func videoSurveillanceStaysLocalUnlessTheInventorySaysOtherwise() {
    var video = F.application("video", domain: .poliziaLocale)
    video.name = "Videosorveglianza urbana"
    video.dataVolume = 80000
    let plan = F.plan(F.inventory([video]), Self.options())
    let decision = plan.decision("video")!
    #expect(
      decision.disposition == .retain && decision.destination == .stays && decision.rule == "stay-local")
    #expect(decision.reasons[0].facts.contains { $0.field == "data_volume_gb" && $0.value == "80000.0" })
    #expect(plan.wave(of: "video") == nil)
    video.strategyOverride = .rehost
    video.strategyOverrideReason = "banda sufficiente"
    #expect(F.plan(F.inventory([video]), Self.options()).decision("video")!.disposition == .migrate)
  }

  @Test func aSaaSContractGetsRenewalOrExitAdviceNotAMove() {
    var qualified = F.application("pec")
    qualified.deployment = .saas
    qualified.cloudQualified = true
    qualified.contractEnd = Day(year: 2027, month: 3, day: 31)
    var unqualified = F.application("web")
    unqualified.deployment = .saas
    unqualified.cloudQualified = false
    unqualified.contractEnd = Day(year: 2026, month: 6, day: 30)
    let plan = F.plan(F.inventory([qualified, unqualified]), Self.options())
    let pec = plan.decision("pec")!
    #expect(pec.disposition == .alreadyInCloud && plan.wave(of: "pec") == nil)
    let renew = pec.reasons.first { $0.rule == "saas-renew" }
    #expect(renew?.text.it.contains("rinnovare") == true)
    #expect(renew?.text.it.contains("entro 6 mesi") == true)
    let exit = plan.decision("web")!.reasons.first { $0.rule == "saas-exit" }
    #expect(exit?.text.it.contains("Contratto scaduto il 30/06/2026") == true)
    #expect(plan.wave(of: "web") == nil)
  }

  /// Every asset kind of the vocabulary, in a CED that closes and in one that stays: the remedy is
  /// the one planning.json gives that kind, and never a move to the cloud.
  @Test(arguments: AssetKind.allCases)
  func everyKindGetsTheRemedyOfItsRule(kind: AssetKind) throws {
    let rule = try #require(RulesFixture.book.planning.remedies?.byKind[kind], "no remedy for \(kind)")
    var asset = Self.asset("a", kind, site: "ced")
    if kind == .vm { asset.site = nil; asset.host = "h" }
    let host = Self.asset("h", .virtualizationHost, site: "ced")
    let closing = F.plan(F.inventory([F.application("app")], assets: [asset, host]), Self.options())
    #expect(!closing.milestones.isEmpty)
    #expect(remedy(closing, "a")?.remedy == rule.siteCloses, "\(kind) in a closing site")
    var kept = F.application("kept")
    kept.strategyOverride = .retain
    kept.strategyOverrideReason = "resta"
    let staying = F.plan(F.inventory([kept], assets: [asset, host]), Self.options())
    #expect(staying.milestones.isEmpty)
    #expect(remedy(staying, "a")?.remedy == rule.stays, "\(kind) in a site that stays")
    #expect(remedy(staying, "a")?.reason.it.isEmpty == false)
  }
}
