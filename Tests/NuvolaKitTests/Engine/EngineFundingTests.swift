import Foundation
import Testing

@testable import NuvolaEngine
@testable import NuvolaModel
@testable import NuvolaRules
@testable import NuvolaSupport

@Suite("Engine: funding")
struct EngineFundingTests {
  let rules = RulesFixture.book

  func assess(population: Int?, applications: [Application] = []) -> FundingAssessment {
    let figure = population.map { PopulationFigure.inventory($0) } ?? .unknown
    let inventory = Inventory(
      comune: EngineFixtures.comune(population: population), applications: applications)
    return funding(for: inventory, population: figure, rules: rules)
  }

  func amount(_ assessment: FundingAssessment, _ code: String, _ key: String = "lump_sum") -> Money? {
    assessment.measure(code)?.components.first { $0.component.key == key }?.amount
  }

  @Test func sondrio() throws {
    let sondrio = assess(population: 21_642)
    #expect(amount(sondrio, "1.4.5") == Money(euros: 59_966))
    #expect(amount(sondrio, "1.3.1") == Money(euros: 30_515))
    let pnd = try #require(sondrio.measure("1.4.5"))
    #expect(pnd.components[0].status == .confirmed)
    #expect(pnd.eligibility == .eligible)
    #expect(pnd.services?.min == 2)
    #expect(pnd.provenance.sources.first?.section?.contains("009-measure-1-4-5/006") == true)
  }

  @Test func comuneOf4000() {
    let small = assess(population: 4_000)
    #expect(amount(small, "1.4.5") == Money(euros: 23_147))
    #expect(amount(small, "1.3.1") == Money(euros: 10_172))
    #expect(amount(small, "1.4.4-anpr-ansc") == Money(cents: 617_320))
    #expect(amount(small, "1.4.4-spid-cie") == Money(euros: 14_000))
    #expect(amount(small, "1.4.3-pagopa", "service") == Money(euros: 607))
  }

  @Test func fittedAmountsAreLabelled() throws {
    let sondrio = assess(population: 21_642)
    let cloud = try #require(sondrio.measure("1.2"))
    let fixed = try #require(cloud.components.first { $0.component.key == "fixed" })
    #expect(fixed.amount == Money(euros: 50_000))
    #expect(fixed.status == .confirmed)
    #expect(fixed.basis == .fitted)
    // No applications: nothing to count, so the total is unknown, never the fixed part alone.
    #expect(cloud.total?.amount == nil)
    #expect(cloud.total?.status == .unknown)
    #expect(cloud.headline == cloud.total)
    #expect(
      cloud.reasons.contains {
        $0.it.contains("ricavati dagli importi assegnati") && $0.en.contains("fitted from the awards")
          && $0.it.contains("non la tabella ufficiale")
      })
    #expect(!cloud.reasons.contains { $0.it.contains("massimo osservato") })
    let website = try #require(sondrio.measure("1.4.1")?.components.first { $0.component.key == "website" })
    #expect(website.amount == Money(euros: 87_682))
    #expect(website.status == .confirmed)
    let io = try #require(sondrio.measure("1.4.3-appio")?.components.first)
    #expect(io.amount == Money(euros: 728))
    #expect(io.count == nil)
    #expect(io.status == .confirmed)
    // Above 250,000 the fixed part is uncertain: "stima".
    let city = try #require(assess(population: 300_000).measure("1.2")?.components.first)
    #expect(city.amount == Money(euros: 4_112_822))
    #expect(city.status == .estimate)
    #expect(city.status.label.it == "stima")
  }

  @Test func unknownPopulationGivesUnknownAmountsNotZero() {
    let unknown = assess(population: nil)
    for measure in unknown.measures where measure.code != "1.4.4-spid-cie" {
      #expect(measure.populationClass == nil)
      #expect(measure.components.allSatisfy { $0.amount == nil && $0.status == .unknown }, "\(measure.code)")
      #expect(measure.reasons.contains { $0.it.contains("Popolazione non nota") }, "\(measure.code)")
    }
    // SPID/CIE is flat: it needs no population.
    let spid = unknown.measure("1.4.4-spid-cie")
    #expect(spid?.headline?.amount == Money(euros: 14_000))
    #expect(spid?.reasons.contains { $0.en.contains("does not depend on it") } == true)
  }

  @Test func onPremiseStructuredCanMoveInModeAOrB() throws {
    let result = assess(
      population: 5_000, applications: [EngineFixtures.application("protocollo", deployment: .onPremise)])
    let service = try #require(result.cloudServices.first)
    #expect(service.status == .fundable)
    #expect(service.origin == .onPremiseStructured)
    #expect(
      service.moves == [
        .init(destination: .iaas, mode: .a), .init(destination: .paas, mode: .b),
        .init(destination: .saas, mode: .b),
      ])
    #expect(service.proposed == .init(destination: .iaas, mode: .a))
  }

  @Test func saasAlternativeIsProposedInModeB() throws {
    let application = EngineFixtures.application("tributi", deployment: .onPremise, saasAlternative: true)
    let service = try #require(assess(population: 5_000, applications: [application]).cloudServices.first)
    #expect(service.proposed == .init(destination: .saas, mode: .b))
  }

  @Test func unstructuredMovesOnlyToSaaSInModeB() throws {
    let application = EngineFixtures.application("documenti", deployment: .onPremise, structured: false)
    let service = try #require(assess(population: 5_000, applications: [application]).cloudServices.first)
    #expect(service.origin == .onPremiseUnstructured)
    #expect(service.moves == [.init(destination: .saas, mode: .b)])
    #expect(service.proposed == .init(destination: .saas, mode: .b))
  }

  @Test func nonQualifiedIaaSMovesInModeB() throws {
    let application = EngineFixtures.application("paghe", deployment: .iaas, qualified: false)
    let service = try #require(assess(population: 5_000, applications: [application]).cloudServices.first)
    #expect(service.origin == .nonQualifiedIaaS)
    #expect(service.moves == [.init(destination: .paas, mode: .b), .init(destination: .saas, mode: .b)])
  }

  @Test(
    arguments: [
      (Deployment.saas, Bool?.none), (Deployment.saas, Bool?.some(true)), (Deployment.iaas, Bool?.some(true)),
      (Deployment.paas, Bool?.some(true)),
    ])
  func alreadyInCloudIsNotFundableAgain(deployment: Deployment, qualified: Bool?) throws {
    let application = EngineFixtures.application("atti", deployment: deployment, qualified: qualified)
    let service = try #require(assess(population: 5_000, applications: [application]).cloudServices.first)
    #expect(service.status == .alreadyDone)
    #expect(service.moves.isEmpty)
    #expect(service.status.label.en == "already done, not fundable again")
  }

  @Test func sondrioAllInSaaSIsNotEligibleFor12() throws {
    let applications = ["contabilita", "atti", "protocollo", "paghe", "anagrafe"].map {
      EngineFixtures.application($0, deployment: .saas, qualified: true)
    }
    let result = assess(population: 21_642, applications: applications)
    let cloud = try #require(result.measure("1.2"))
    #expect(cloud.eligibility == .notEligible)
    #expect(result.alreadyDone.count == 5)
    #expect(
      cloud.reasons.contains {
        $0.en.contains("already in SaaS or qualified cloud (done, not fundable again): 5")
      })
    // Other measures are unaffected.
    #expect(result.measure("1.4.5")?.eligibility == .eligible)
  }

  @Test func unknownFactsAreFlaggedNotGuessed() throws {
    let unclassified = EngineFixtures.application("suap", deployment: .onPremise, dataClass: nil)
    let nowhere = EngineFixtures.application("sue", deployment: nil)
    let unsure = EngineFixtures.application("gis", deployment: .onPremise, structured: nil)
    let qualification = EngineFixtures.application("mail", deployment: .iaas, qualified: nil)
    let result = assess(population: 5_000, applications: [unclassified, nowhere, unsure, qualification])
    let byId = Dictionary(uniqueKeysWithValues: result.cloudServices.map { ($0.applicationId, $0) })
    #expect(byId["suap"]?.needsClassification == true)
    #expect(byId["suap"]?.status == .fundable)
    #expect(byId["sue"]?.status == .needsFacts)
    #expect(byId["gis"]?.moves == [.init(destination: .saas, mode: .b)])
    #expect(byId["mail"]?.status == .needsFacts)
    let cloud = try #require(result.measure("1.2"))
    #expect(
      cloud.reasons.contains { $0.en.contains("without ACN classification, to classify before applying: 1") })
  }

  @Test func retainedApplicationIsNotFundable() throws {
    var application = EngineFixtures.application("polizia", deployment: .onPremise)
    application.strategyOverride = .retain
    let service = try #require(assess(population: 5_000, applications: [application]).cloudServices.first)
    #expect(service.status == .notFundable)
  }

  @Test func dossierChecklist() {
    let ids = assess(population: 21_642).dossier.map(\.id)
    #expect(
      ids == [
        "cup", "asseverazione", "regular-execution", "five-years", "no-double-funding", "classified-by-2026",
      ])
    let deadlines = rules.measure("1.2")?.deadlines.map(\.day.description)
    #expect(deadlines == ["2026-06-30", "2026-03-31"])
  }

  @Test func openCallsFollowTheGivenDay() throws {
    let inventory = Inventory(comune: EngineFixtures.comune(population: 4_000))
    let result = funding(
      for: inventory, population: .inventory(4_000), rules: rules, asOf: Day(year: 2024, month: 10, day: 1))
    #expect(result.measure("1.2")?.openCalls == ["1.2/2024-09"])
    let status = try #require(result.measure("1.2")?.callStatus)
    #expect(status.state == .open && status.call?.closes == Day(year: 2025, month: 1, day: 31))
    #expect(status.short.it == "aperto fino al 31/01/2025")
    let december = funding(
      for: inventory, population: .inventory(4_000), rules: rules, asOf: Day(year: 2026, month: 12, day: 4))
    for measure in december.measures {
      #expect(measure.callStatus?.state == .closed, "\(measure.code)")
      #expect(measure.callStatus?.acceptsApplications == false)
    }
    let last = try #require(december.measure("1.3.1")?.callStatus?.call)
    #expect(last.title == "1.3.1 Piattaforma Digitale Nazionale Dati - ANNCSU - Comuni - maggio 2025")
    #expect(last.closes == Day(year: 2025, month: 9, day: 30))
    #expect(december.measure("1.2")?.callStatus?.sentence.it.contains("si è chiuso il 12/09/2025") == true)
    let early = funding(
      for: inventory, population: .inventory(4_000), rules: rules, asOf: Day(year: 2022, month: 3, day: 1))
    #expect(early.measure("1.2")?.callStatus?.state == .upcoming)
    #expect(rules.calendar.calls.count == 24)
    #expect(rules.calendar.end == Day(year: 2026, month: 12, day: 31))
    #expect(assess(population: 4_000).measure("1.2")?.openCalls == nil)
  }

  @Test func populationFigureResolution() {
    let register = Register.shipped
    let withFigure = Inventory(comune: Comune(istatCode: "014061", population: 21_700))
    #expect(PopulationFigure.resolve(withFigure, register: register).value == 21_700)
    #expect(PopulationFigure.resolve(withFigure, register: register).source == .inventory)
    let fromRegister = PopulationFigure.resolve(
      Inventory(comune: Comune(istatCode: "014061")), register: register)
    #expect(fromRegister.value == 21_192)
    #expect(fromRegister.source == .istat2022)
    #expect(fromRegister.text.it.contains("Fonte: ISTAT, popolazione residente al 1/1/2022"))
    #expect(fromRegister.text.it.contains("CC BY 4.0"))
    // Mappano, created after 2011: no census figure, but a 2022 one.
    let mappano = PopulationFigure.resolve(Inventory(comune: Comune(istatCode: "001316")), register: register)
    #expect(mappano.value == 7_369)
    #expect(mappano.source == .istat2022)
    // Montecopiolo changed region (and code) in 2021: the 2011 census, said so.
    let moved = PopulationFigure.resolve(Inventory(comune: Comune(istatCode: "099030")), register: register)
    #expect(moved.value == 1_175)
    #expect(moved.source == .istat2011)
    #expect(moved.text.it.contains("censimento ISTAT 2011"))
    // Moransengo-Tonengo, merged in 2023: neither figure; never the sum of its predecessors.
    let merged = PopulationFigure.resolve(Inventory(comune: Comune(istatCode: "005122")), register: register)
    #expect(merged == .unknown)
    #expect(merged.text.it.hasPrefix("popolazione non nota"))
    #expect(merged.display == "unknown")
  }

  @Test func assessmentRendersAsJSON() {
    let json = assess(
      population: 21_642, applications: [EngineFixtures.application("atti", deployment: .saas)]
    )
    .json.serialized(sortKeys: true)
    #expect(json.contains("\"fitted\""))
    #expect(json.contains("\"unit_amount\""))
    #expect(json.contains("\"already_done\""))
    #expect(json.contains("59966"))
  }
}
