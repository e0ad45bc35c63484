import Foundation
import NuvolaEngine
import NuvolaSupport
import Testing

/// The four Varese-province samples consolidated: totals, joint-procurement savings and a fee model
/// that balances, with the amounts computed by hand (see each test) rather than read back.
@Suite("Consolidation: the Varese samples")
struct ConsolidationVareseTests {
  let members: [ConsolidationMember]
  let analysis: ConsolidationAnalysis

  init() throws {
    members = try ConsolidationFixtures.vareseMembers()
    analysis = consolidate(
      members, rules: RulesFixture.book, options: ConsolidationOptions(area: ConsolidationFixtures.area))
  }

  func member(_ code: String) throws -> ConsolidationMember { try #require(analysis.member(code)) }

  @Test func todayAddsUpTheFourInventories() {
    let today = analysis.today
    #expect(analysis.members.map(\.istatCode) == ["012007", "012019", "012119", "012133"])
    #expect(today.comuni == 4 && today.withInventory == 4)
    // 802 + 1,798 + 38,598 + 79,793.
    #expect(today.population == 120_991)
    // 14,500 + 26,500 + 520,000 + 1,200,000, all declared.
    #expect(today.spendDeclared == Money(euros: 1_761_000))
    #expect(today.spendEstimated == .zero && today.comuniSpendUnknown == 0)
    #expect(today.sitesClassA == 0 && today.sitesGruppoB == 6)
    #expect(today.physicalServers == 13 && today.virtualMachines == 39)
    #expect(today.applications == 84 && today.cloudApplications == 30)
  }

  @Test func whoRunsTheSameProduct() throws {
    let products = analysis.today.sharedProducts
    #expect(products.count == 18)
    let sicraweb = try #require(products.first { $0.product == "Sicraweb EVO" })
    #expect(sicraweb.comuni == ["012119", "012133"])
    #expect(sicraweb.applications == 21)
    #expect(sicraweb.knownCost == Money(euros: 267_100))
    #expect(sicraweb.saving == Money(euros: 26_710))
    let halley = try #require(products.first { $0.product == "Suite Halley" })
    #expect(halley.comuni == ["012007", "012019"])
    // Brenta's own cemetery software is nobody else's.
    #expect(!products.contains { $0.product == "Cimiteri 2008" })
  }

  @Test func spendByCategoryIsItemisedThenTheRest() throws {
    let azzio = try member("012007")
    #expect(
      azzio.categories == [
        .software: Money(euros: 9_880), .connectivity: Money(euros: 650), .unitemised: Money(euros: 3_970),
      ])
    let software = try #require(analysis.procurement.categories.first { $0.category == .software })
    #expect(software.spend == Money(euros: 660_830))
    #expect(software.groupTier.basisPoints == 500)
    #expect(analysis.procurement.spend == Money(euros: 1_761_000))
  }

  /// Shared contracts: 10% of the cost of products run by 2+ comuni, comune by comune (Azzio 9,880 x
  /// 10% = 988; Brenta 15,350 x 10% = 1,535; Saronno 15,740; Varese 32,550). Volume: (spend - shared)
  /// x (group tier - own tier); Azzio software (9,880 - 988) x 5% = 444.60 and the rest of its spend
  /// 3,970 x 5% = 198.50; Varese is at the group's tiers alone and gains nothing from volume.
  @Test(arguments: [
    ("012007", Money(euros: 988), Money(cents: 64_310)),
    ("012019", Money(euros: 1_535), Money(cents: 118_825)),
    ("012119", Money(euros: 15_740), Money(cents: 493_180)),
    ("012133", Money(euros: 32_550), Money.zero),
  ])
  func savingsPerComune(code: String, shared: Money, volume: Money) throws {
    let saving = try #require(analysis.procurement.members.first { $0.istatCode == code })
    #expect(saving.sharedContractSaving == shared)
    #expect(saving.volumeSaving == volume)
    #expect(saving.saving == shared + volume)
  }

  @Test func savingsInTotalWithTheArithmetic() throws {
    let procurement = analysis.procurement
    #expect(procurement.sharedContractSaving == Money(euros: 50_813))
    #expect(procurement.volumeSaving == Money(cents: 676_315))
    #expect(procurement.saving == Money(cents: 5_757_615))
    #expect(procurement.estimatedSaving == .zero)
    let azzio = try #require(procurement.members.first { $0.istatCode == "012007" })
    let line = try #require(azzio.lines.first { $0.category == .software })
    #expect(line.arithmetic.it == "(EUR 9.880 - EUR 988) x (5% - 0%) = EUR 444,60")
    #expect(line.arithmetic.en == "(EUR 9,880 - EUR 988) x (5% - 0%) = EUR 444.60")
    #expect(procurement.method.first?.en.contains("Nuvola's assumption") == true)
  }

  /// Cost: 60,000 fixed + 1 technician (4 comuni / 8, rounded up) x 45,000 + 120,991 inhabitants x 4
  /// = 588,964 of base services; on request: Brenta 1 x 500, Saronno 11 x 4,000, Varese 11 x 4,000.
  @Test func theCentreCostsWhatTheModelSays() {
    let cost = analysis.centre.cost
    #expect(cost.staffFTE == 1)
    #expect(cost.platform == Money(euros: 483_964))
    #expect(cost.base == Money(euros: 588_964))
    #expect(cost.onRequestServices == 23)
    #expect(cost.onRequest == Money(euros: 88_500))
    #expect(cost.total == Money(euros: 677_464))
  }

  /// 58,896,400 cents x population / 120,991, rounded down: 390,400 + 875,236 + 18,788,862 + 38,841,901
  /// = 58,896,399; the cent left goes to the largest remainder (Brenta, 48,324).
  @Test func theFeesBalanceToTheCent() throws {
    let centre = analysis.centre
    let fees = Dictionary(uniqueKeysWithValues: centre.fees.map { ($0.istatCode, $0) })
    #expect(fees["012007"]?.membershipFee == Money(cents: 390_400))
    #expect(fees["012019"]?.membershipFee == Money(cents: 875_237))
    #expect(fees["012019"]?.remainderCent == true)
    #expect(fees["012119"]?.membershipFee == Money(cents: 18_788_862))
    #expect(fees["012133"]?.membershipFee == Money(cents: 38_841_901))
    #expect(centre.fees.filter(\.remainderCent).count == 1)
    #expect(fees["012133"]?.tariffs == Money(euros: 44_000))
    #expect(fees["012133"]?.pays == Money(cents: 43_241_901))
    // Varese's applications (474,500) plus its closing CED and closet (98,000): what the centre replaces.
    #expect(fees["012133"]?.takenOver == Money(euros: 572_500))
    #expect(centre.revenue == centre.cost.total)
    #expect(centre.balanced)
    #expect(centre.feePerInhabitant == 48_678)
  }

  @Test func everyGruppoBSiteWithWorkloadsClosesIntoQualifiedCloud() {
    let centre = analysis.centre
    #expect(centre.destination == .qualifiedCloud)
    #expect(centre.seat == "012133")
    #expect(
      centre.closing.map { "\($0.istatCode)/\($0.site.id)" } == [
        "012007/armadio", "012019/armadio", "012119/sala-server", "012133/ced", "012133/polizia-locale",
      ])
    let library = centre.decisions.first { $0.site.id == "biblioteca" }
    #expect(library?.action == .networkOnly)
    #expect(centre.serversMoved == 13)
  }

  @Test func aClassASiteHostsTheOthers() throws {
    var varese = try ConsolidationFixtures.inventory("012133-varese.json")
    let index = try #require(varese.sites.firstIndex { $0.id == "ced" })
    var ced = EngineFixtures.fullSite("ced")
    ced.name = varese.sites[index].name
    ced.itLoad = varese.sites[index].itLoad
    varese.sites[index] = ced
    var members = self.members.filter { $0.istatCode != "012133" }
    members.append(ConsolidationFixtures.digester.member(ConsolidationFixtures.snapshot(varese, id: 9)))
    let centre = consolidate(
      members, rules: RulesFixture.book, options: ConsolidationOptions(area: ConsolidationFixtures.area)
    ).centre
    #expect(centre.destination == .site(istatCode: "012133", siteId: "ced", siteName: "CED comunale"))
    #expect(centre.candidates.map(\.site.id) == ["ced"])
    #expect(centre.decisions.first { $0.site.id == "ced" }?.action == .host)
    let saronno = centre.decisions.first { $0.istatCode == "012119" }
    #expect(saronno?.action == .close)
    #expect(saronno?.reason.en.contains("class-A site ced") == true)
  }

  @Test func aNamedCentreWithoutClassASiteGoesToCloud() {
    let centre = consolidate(
      members, rules: RulesFixture.book,
      options: ConsolidationOptions(area: ConsolidationFixtures.area, centre: "012119")
    ).centre
    #expect(centre.seat == "012119")
    #expect(centre.destination == .qualifiedCloud)
    #expect(centre.destinationReason.en.hasPrefix("012119 Saronno has no class-A site"))
  }

  @Test func clustersCountEveryComune() {
    let clusters = analysis.clusters
    #expect(clusters.map(\.key) == ["small", "medium", "large", "unknown"])
    #expect(clusters.map(\.comuni) == [2, 0, 2, 0])
    #expect(clusters.map(\.population) == [2_600, 0, 118_391, 0])
    #expect(clusters[0].withInventory == 2)
  }

  /// Readiness: Azzio has everything in SaaS (40) but a Gruppo B closet with a NAS (0), a fast link (15),
  /// no IT staff (0) and every fact known (15): 70.
  @Test func pilotsAreTheReadiestOfEachCluster() throws {
    #expect(try member("012007").readiness?.tenths == 700)
    let rollout = analysis.rollout
    #expect(rollout.pilots.map(\.istatCode) == ["012007", "012119"])
    #expect(rollout.waves.map(\.number) == [0, 1])
    #expect(rollout.waves[1].comuni == ["012019", "012133"])
    #expect(rollout.notes.isEmpty == false)
  }

  @Test func pilotsCanBeNamed() {
    let rollout = consolidate(
      members, rules: RulesFixture.book,
      options: ConsolidationOptions(area: ConsolidationFixtures.area, pilots: ["012133"])
    ).rollout
    #expect(rollout.pilots.map(\.istatCode) == ["012133"])
    #expect(rollout.pilots[0].named)
    #expect(rollout.waves[1].comuni == ["012007", "012019", "012119"])
  }

  /// Azzio runs everything in SaaS already: measure 1.2 counts zero, not its class amount.
  @Test func eachWaveCarriesItsPNRRMoney() throws {
    let rollout = analysis.rollout
    let column = try #require(rollout.columns.firstIndex { $0.name == "1.2" })
    #expect(try member("012007").funding[column] == .zero)
    // The fixtures' inventories list fewer migrable services than their class minimum of 1.2 (Brenta
    // 7, the others 11): none reaches the call, so every wave counts zero, not a class amount.
    #expect(try member("012019").funding[column] == .zero)
    #expect(rollout.waves[0].funding[column] == .zero)
    #expect(rollout.waves[1].funding[column] == .zero)
    #expect(rollout.total == rollout.waves.reduce(.zero) { $0 + $1.total })
  }

  @Test func theSameMembersInAnyOrderGiveTheSameBytes() {
    let shuffled = consolidate(
      members.reversed(), rules: RulesFixture.book,
      options: ConsolidationOptions(area: ConsolidationFixtures.area))
    #expect(shuffled.json.serialized(sortKeys: true) == analysis.json.serialized(sortKeys: true))
  }
}
