import NuvolaEngine
import NuvolaModel
import Testing

/// The strategy of each application: the rules of the AgID manual (planning.json), the ACN class,
/// the PNRR 1.2 mode, overrides, and unknown facts reported rather than guessed.
@Suite("Plan: strategy per application")
struct PlanStrategyTests {
  /// One row: how to change the clean repurchase application, and what the plan must decide.
  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var site: Site = PlanFixtures.gruppoB()
    var change: @Sendable (inout Application) -> Void
    var strategy: Strategy?
    var rule: String?
    var provisional: Bool
    var disposition: ApplicationDecision.Disposition

    var description: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "data never updated: retire", change: { $0.dataUpdate = .never }, strategy: .retire,
      rule: "man-retire", provisional: false, disposition: .retire),
    Case(
      name: "local only, no SaaS alternative, class-A site: retain", site: PlanFixtures.classA(),
      change: {
        $0.networkAccess = .localOnly
        $0.saasAlternative = false
      }, strategy: .retain, rule: "man-retain", provisional: false, disposition: .retain),
    // Gruppo B must close, so retain cannot hold; nothing else fits: Nuvola's fallback, provisional.
    Case(
      name: "local only, no SaaS alternative, Gruppo B site: fallback",
      change: {
        $0.networkAccess = .localOnly
        $0.saasAlternative = false
      }, strategy: .rehost, rule: "nuvola-fallback-rehost", provisional: true, disposition: .migrate),
    Case(
      name: "qualified SaaS alternative importing the data: repurchase", change: { _ in },
      strategy: .repurchase, rule: "man-repurchase", provisional: false, disposition: .migrate),
    Case(
      name: "code not modifiable, internet: rehost", change: { $0.saasAlternative = false },
      strategy: .rehost,
      rule: "man-rehost", provisional: false, disposition: .migrate),
    Case(
      name: "own code, modifiable, internet: refactor",
      change: {
        $0.saasAlternative = false
        $0.sourceModifiable = true
        $0.licence = .custom
      }, strategy: .refactor, rule: "man-refactor", provisional: false, disposition: .migrate),
    Case(
      name: "open source, modifiable, internet: replatform",
      change: {
        $0.saasAlternative = false
        $0.sourceModifiable = true
        $0.licence = .openSource
      }, strategy: .replatform, rule: "man-replatform", provisional: false, disposition: .migrate),
    Case(
      name: "import unknown, local network: provisional repurchase",
      change: {
        $0.dataImportSupported = nil
        $0.networkAccess = .localOnly
      },
      strategy: .repurchase, rule: "man-repurchase", provisional: true, disposition: .migrate),
    Case(
      name: "already SaaS: already in the cloud", change: { $0.deployment = .saas }, strategy: nil,
      rule: "already-in-cloud", provisional: false, disposition: .alreadyInCloud),
    Case(
      name: "deployment unknown: undecided", change: { $0.deployment = nil }, strategy: nil, rule: nil,
      provisional: false, disposition: .undecided),
  ]

  static func decide(_ testCase: Case) -> ApplicationDecision {
    var application = PlanFixtures.application("app")
    testCase.change(&application)
    let plan = PlanFixtures.plan(PlanFixtures.inventory([application], sites: [testCase.site]))
    return plan.decision("app")!
  }

  @Test(arguments: cases)
  func theRulesOfTheManualDecide(_ testCase: Case) {
    let decision = PlanStrategyTests.decide(testCase)
    #expect(decision.strategy == testCase.strategy)
    #expect(decision.rule == testCase.rule)
    #expect(decision.provisional == testCase.provisional)
    #expect(decision.disposition == testCase.disposition)
    #expect(!decision.reasons.isEmpty)
    // Every reason is in both languages.
    #expect(
      decision.reasons.allSatisfy { !$0.text.it.isEmpty && !$0.text.en.isEmpty && $0.text.it != $0.text.en })
  }

  @Test func theReasonNamesTheRuleAndTheFactsThatFired() {
    let decision = PlanStrategyTests.decide(PlanStrategyTests.cases[3])
    let reason = decision.reasons.first { $0.rule == "man-repurchase" }!
    #expect(
      reason.facts.contains(FindingEvidence(.application, "app", field: "saas_alternative", value: "yes")))
    #expect(
      reason.facts.contains(
        FindingEvidence(.application, "app", field: "data_import_supported", value: "yes")))
    #expect(reason.sources.contains { $0.key == "MAN" })
    #expect(decision.missingFacts.isEmpty)
  }

  @Test func anUnknownFactIsNamedNotGuessed() {
    let decision = PlanStrategyTests.decide(PlanStrategyTests.cases[7])
    #expect(decision.missingFacts == [FindingEvidence(.application, "app", field: "data_import_supported")])
    #expect(decision.reasons[0].text.en.hasPrefix("Provisional:"))
    #expect(decision.reasons[0].text.en.contains("Unknown facts: data_import_supported"))
  }

  @Test func retireIsNeverAssumedFromAnUnknownFact() {
    let decision = PlanStrategyTests.decide(
      Case(
        name: "", change: { $0.dataUpdate = nil }, strategy: nil, rule: nil, provisional: false,
        disposition: .migrate))
    // Repurchase fires; retire could apply once data_update is known, and the decision says so.
    #expect(decision.strategy == .repurchase)
    #expect(decision.alternatives == ["man-retire"])
    #expect(decision.missingFacts.contains(FindingEvidence(.application, "app", field: "data_update")))
  }

  @Test func theACNClassDecidesTheDestination() {
    func destination(_ dataClass: DataClass?, repurchase: Bool = false) -> ApplicationDecision {
      var application = PlanFixtures.application("app")
      application.dataClass = dataClass
      // Without a SaaS alternative the fixture's application is a rehost (infrastructure).
      if !repurchase { application.saasAlternative = false }
      return PlanFixtures.plan(PlanFixtures.inventory([application])).decision("app")!
    }
    #expect(destination(.ordinario).destination == .qualifiedIaaS)
    #expect(destination(.critico).destination == .psn)
    #expect(destination(.strategico).destination == .psn)
    // A repurchase buys an application: a SaaS from the ACN catalogue, whatever the class.
    #expect(destination(.ordinario, repurchase: true).destination == .qualifiedSaaS)
    #expect(destination(.critico, repurchase: true).destination == .qualifiedSaaS)
    #expect(destination(.strategico, repurchase: true).destination == .qualifiedSaaS)
    let unknown = destination(nil)
    #expect(unknown.destination == .toBeDecided)
    #expect(unknown.missingFacts.contains(FindingEvidence(.application, "app", field: "data_class")))
    #expect(unknown.reasons.contains { $0.rule == "acn-unknown" })
  }

  @Test func thePNRRModeComesFromTheFundableMovesTable() {
    var rehost = PlanFixtures.application("rehost")
    rehost.saasAlternative = false
    var files = PlanFixtures.application("files")
    files.structuredData = false
    let plan = PlanFixtures.plan(PlanFixtures.inventory([rehost, PlanFixtures.application("saas"), files]))
    // on premise, structured -> IaaS: A; -> SaaS: B; unstructured -> SaaS: B [FAQ 002-measure-1-2/001].
    #expect(plan.decision("rehost")?.pnrrMode == .a)
    #expect(plan.decision("rehost")?.serviceModel == .iaas)
    #expect(plan.decision("saas")?.pnrrMode == .b)
    #expect(plan.decision("files")?.pnrrMode == .b)
    var hosted = PlanFixtures.application("already")
    hosted.deployment = .saas
    #expect(PlanFixtures.plan(PlanFixtures.inventory([hosted])).decision("already")?.pnrrMode == nil)
  }

  @Test func theComunesOverrideWinsAndThePlanSaysWhy() {
    var application = PlanFixtures.application("app")
    application.strategyOverride = .rehost
    application.strategyOverrideReason = "Contratto quadro regionale"
    let plan = PlanFixtures.plan(PlanFixtures.inventory([application]))
    let decision = plan.decision("app")!
    #expect(decision.strategy == .rehost)
    #expect(decision.overridden)
    #expect(decision.rule == "override")
    #expect(decision.reasons[0].text.it.contains("Contratto quadro regionale"))
    #expect(decision.reasons[0].facts.contains { $0.field == "strategy_override" && $0.value == "rehost" })
    // What the rules would have chosen stays visible.
    #expect(decision.reasons[1].text.en.contains("repurchase (rule man-repurchase)"))
    #expect(plan.warnings.contains { $0.code == "override" && $0.applications == ["app"] })
  }

  @Test func anOverrideWithoutAReasonSaysTheReasonIsMissing() {
    var application = PlanFixtures.application("app")
    application.strategyOverride = .retire
    let decision = PlanFixtures.plan(PlanFixtures.inventory([application])).decision("app")!
    #expect(decision.disposition == .retire)
    #expect(
      decision.missingFacts.contains(FindingEvidence(.application, "app", field: "strategy_override_reason")))
  }
}
