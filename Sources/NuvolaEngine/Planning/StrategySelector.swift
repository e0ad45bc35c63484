import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// Chooses what happens to each application: the strategy by the rules of planning.json (AgID cloud
/// manual 4.1), the destination by its ACN class, the PNRR 1.2 mode by the fundable-moves table of
/// the funding rules; or the comune's own choice (`strategy_override`), which always wins.
///
/// A fact the rules need and the inventory lacks is never guessed: the decision lists it, and a
/// strategy chosen without it is marked provisional.
struct StrategySelector {
  let facts: PlanFacts
  let planning: PlanningRules
  let dataClasses: DataClassRules
  let cloud: CloudMigrationRules?
  /// The day contracts of services already SaaS are judged on; nil = not judged.
  var asOf: Day? = nil

  private enum Truth { case met, notMet, unknown }

  /// How one strategy rule fares for an application.
  struct Outcome {
    enum Status { case fired, failed, open }
    let rule: PlanningStrategyRule
    let status: Status
    let facts: [FindingEvidence]
    let missing: [FindingEvidence]
  }

  /// What the rules alone choose, before any override.
  struct RuleChoice {
    var strategy: Strategy
    var rule: String
    var provisional: Bool
    var reasons: [PlanReason]
    var missing: [FindingEvidence]
    var alternatives: [String]
  }

  func decide(_ application: Application) -> ApplicationDecision {
    let groupIndex = planning.groupIndex(of: application.domain)
    var decision = ApplicationDecision(
      applicationId: application.id, name: application.name, domain: application.domain,
      deployment: application.deployment, site: facts.siteOfApplication[application.id],
      group: planning.group(at: groupIndex).id, groupIndex: groupIndex, disposition: .undecided,
      strategy: nil, rule: nil, overridden: false, provisional: false, destination: .toBeDecided,
      serviceModel: nil, pnrrMode: nil, reasons: [], missingFacts: [], alternatives: [])
    if let override = application.strategyOverride {
      applyOverride(override, application, to: &decision)
    } else {
      applyInventoryFacts(application, to: &decision)
    }
    if application.domain == nil && decision.isScheduled {
      decision.missingFacts.append(FindingEvidence(.application, application.id, field: "domain"))
      decision.reasons.append(
        PlanReason(
          rule: "domain-unknown",
          text: BilingualText(key: "plan.functional_domain_unknown_the_application"),
          facts: [FindingEvidence(.application, application.id, field: "domain")]))
    }
    if let strategy = decision.strategy { applyDestination(strategy, application, to: &decision) }
    decision.missingFacts = StrategySelector.unique(decision.missingFacts)
    return decision
  }

  // MARK: Who decides

  private func applyOverride(
    _ override: Strategy, _ application: Application, to decision: inout ApplicationDecision
  ) {
    decision.strategy = override
    decision.rule = "override"
    decision.overridden = true
    decision.disposition = StrategySelector.disposition(of: override)
    var overrideFacts = [
      FindingEvidence(.application, application.id, field: "strategy_override", value: override.rawValue),
      FindingEvidence(
        .application, application.id, field: "strategy_override_reason",
        value: application.strategyOverrideReason),
    ]
    overrideFacts.sort()
    let why = application.strategyOverrideReason
    decision.reasons.append(
      PlanReason(
        rule: "override",
        text: BilingualText(
          key: "plan.strategy_override",
          [
            "strategy": override.rawValue,
            "reason": why ?? BilingualText(key: "plan.strategy_override.no_reason"),
          ]),
        facts: overrideFacts))
    if why == nil {
      decision.missingFacts.append(
        FindingEvidence(.application, application.id, field: "strategy_override_reason"))
    }
    // Say what the rules would have chosen, so that the override is a visible, reasoned departure.
    var shadow = decision
    shadow.reasons = []
    shadow.strategy = nil
    applyInventoryFacts(application, to: &shadow)
    let would: BilingualText
    if let strategy = shadow.strategy, let rule = shadow.rule {
      would = BilingualText(
        key: "plan.without_the_comune_s_choice",
        [
          "strategy": strategy.rawValue,
          "rule": rule,
        ])
    } else {
      would = BilingualText(
        key: "plan.without_the_comune_s_choice_2",
        ["shadow_disposition": shadow.disposition.label])
    }
    decision.reasons.append(PlanReason(rule: "override-shadow", text: would, facts: []))
  }

  private func applyInventoryFacts(_ application: Application, to decision: inout ApplicationDecision) {
    let id = application.id
    let deploymentFact = FindingEvidence(
      .application, id, field: "deployment", value: application.deployment?.rawValue)
    let qualifiedFact = FindingEvidence(
      .application, id, field: "cloud_qualified", value: application.cloudQualified.map { $0 ? "yes" : "no" })
    switch application.deployment {
    case nil:
      decision.disposition = .undecided
      decision.destination = .toBeDecided
      decision.missingFacts.append(deploymentFact)
      decision.reasons.append(
        PlanReason(
          rule: "deployment-unknown",
          text: BilingualText(key: "plan.where_it_runs_today_is"),
          facts: [deploymentFact]))
    case .saas?:
      decision.disposition = .alreadyInCloud
      decision.destination = .alreadyInCloud
      decision.rule = "already-in-cloud"
      decision.reasons.append(
        PlanReason(
          rule: "already-in-cloud",
          text: BilingualText(key: "plan.already_in_the_cloud_saas"),
          facts: [deploymentFact, qualifiedFact]))
      switch application.cloudQualified {
      case false?:
        decision.reasons.append(
          PlanReason(
            rule: "saas-not-qualified",
            text: BilingualText(key: "plan.the_current_saas_is_not"),
            facts: [qualifiedFact]))
      case nil:
        decision.missingFacts.append(qualifiedFact)
      case true?:
        break
      }
      if let advice = saasContractAdvice(application) { decision.reasons.append(advice) }
    case .iaas?, .paas?:
      switch application.cloudQualified {
      case true?:
        decision.disposition = .alreadyInCloud
        decision.destination = .alreadyInCloud
        decision.rule = "already-in-cloud"
        decision.reasons.append(
          PlanReason(
            rule: "already-in-cloud",
            text: BilingualText(key: "plan.already_in_an_acn_qualified"),
            facts: [deploymentFact, qualifiedFact]))
      case nil:
        decision.disposition = .alreadyInCloud
        decision.destination = .alreadyInCloud
        decision.rule = "already-in-cloud"
        decision.provisional = true
        decision.missingFacts.append(qualifiedFact)
        decision.reasons.append(
          PlanReason(
            rule: "already-in-cloud",
            text: BilingualText(key: "plan.already_in_the_cloud_but"),
            facts: [deploymentFact, qualifiedFact]))
      case false?:
        applyRules(application, to: &decision)
      }
    case .onPremise?:
      if !stayLocal(application, to: &decision) { applyRules(application, to: &decision) }
    case .hosted?:
      applyRules(application, to: &decision)
    }
  }

  private func applyRules(_ application: Application, to decision: inout ApplicationDecision) {
    let choice = ruleChoice(application)
    decision.strategy = choice.strategy
    decision.rule = choice.rule
    decision.provisional = choice.provisional
    decision.disposition = StrategySelector.disposition(of: choice.strategy)
    decision.reasons += choice.reasons
    decision.missingFacts += choice.missing
    decision.alternatives = choice.alternatives
  }

  static func disposition(of strategy: Strategy) -> ApplicationDecision.Disposition {
    switch strategy {
    case .retire: return .retire
    case .retain: return .retain
    case .rehost, .replatform, .repurchase, .refactor: return .migrate
    }
  }

  // MARK: Strategy rules

  /// The first rule whose facts all hold; else the first rule that may be assumed and is only missing
  /// facts (provisional); else the fallback (provisional, Nuvola's assumption).
  func ruleChoice(_ application: Application) -> RuleChoice {
    // Rules are tried in order up to the first that fires: what comes after it cannot change the choice.
    var outcomes: [Outcome] = []
    var firedIndex: Int?
    for rule in planning.strategyRules where firedIndex == nil {
      let outcome = evaluate(rule, application)
      if outcome.status == .fired { firedIndex = outcomes.count }
      outcomes.append(outcome)
    }
    if let firedIndex {
      let fired = outcomes[firedIndex]
      // An earlier rule that is only missing facts would win once they are known: say so.
      let earlierOpen = outcomes[..<firedIndex].filter { $0.status == .open }
      var reasons = [
        PlanReason(
          rule: fired.rule.id, text: fired.rule.text, facts: fired.facts, sources: fired.rule.sources)
      ]
      for open in earlierOpen {
        reasons.append(openCaveat(open))
      }
      return RuleChoice(
        strategy: fired.rule.strategy, rule: fired.rule.id, provisional: false, reasons: reasons,
        missing: earlierOpen.flatMap(\.missing), alternatives: earlierOpen.map(\.rule.id))
    }
    let open = outcomes.filter { $0.status == .open }
    if let assumed = open.first(where: { $0.rule.mayAssume }) {
      let names = assumed.missing.compactMap(\.field).joined(separator: ", ")
      var reasons = [
        PlanReason(
          rule: assumed.rule.id,
          text: BilingualText(
            key: "plan.provisional_unknown_facts",
            [
              "assumed_rule": assumed.rule.text,
              "names": names,
            ]),
          facts: assumed.facts, sources: assumed.rule.sources)
      ]
      let others = open.filter { $0.rule.id != assumed.rule.id }
      for other in others { reasons.append(openCaveat(other)) }
      return RuleChoice(
        strategy: assumed.rule.strategy, rule: assumed.rule.id, provisional: true, reasons: reasons,
        missing: open.flatMap(\.missing), alternatives: others.map(\.rule.id))
    }
    let fallback = planning.fallback
    let failed = outcomes.filter { $0.status == .failed }
    var facts: [FindingEvidence] = []
    for outcome in failed { facts += outcome.facts.filter { $0.value != nil } }
    var reasons = [
      PlanReason(
        rule: fallback.id,
        text: BilingualText(
          key: "plan.fallback",
          [
            "fallback": fallback.text,
            "excluded": failed.isEmpty
              ? BilingualText(key: "plan.fallback.none") : failed.map(\.rule.id).joined(separator: ", "),
          ]),
        facts: StrategySelector.unique(facts), sources: fallback.sources)
    ]
    for other in open { reasons.append(openCaveat(other)) }
    return RuleChoice(
      strategy: fallback.strategy, rule: fallback.id, provisional: true, reasons: reasons,
      missing: open.flatMap(\.missing), alternatives: open.map(\.rule.id))
  }

  private func openCaveat(_ outcome: Outcome) -> PlanReason {
    let names = outcome.missing.compactMap(\.field).joined(separator: ", ")
    let strategy = outcome.rule.strategy.rawValue
    return PlanReason(
      rule: outcome.rule.id,
      text: BilingualText(
        key: "plan.could_also_apply",
        [
          "strategy": LocalizedValue { language in language == .it ? strategy : strategy.capitalized },
          "rule": outcome.rule.id, "facts": names,
        ]),
      facts: outcome.facts, sources: outcome.rule.sources)
  }

  func evaluate(_ rule: PlanningStrategyRule, _ application: Application) -> Outcome {
    var anyFailed = false
    var anyUnknown = false
    var evidence: [FindingEvidence] = []
    var missing: [FindingEvidence] = []
    for condition in rule.conditions {
      let (truth, fact) = evaluate(condition, application)
      evidence.append(fact)
      switch truth {
      case .met: break
      case .notMet: anyFailed = true
      case .unknown:
        anyUnknown = true
        missing.append(fact)
      }
    }
    let status: Outcome.Status = anyFailed ? .failed : anyUnknown ? .open : .fired
    return Outcome(rule: rule, status: status, facts: evidence, missing: missing)
  }

  private func evaluate(_ condition: PlanningStrategyRule.Condition, _ application: Application)
    -> (Truth, FindingEvidence)
  {
    switch condition.subject {
    case .field(let name, let index):
      let value = StrategySelector.code(Application.fields[index].get(application))
      let fact = FindingEvidence(.application, application.id, field: name, value: value)
      guard let value else { return (.unknown, fact) }
      return (condition.values.contains(value) ? .met : .notMet, fact)
    case .siteCEDClass:
      guard let site = facts.siteOfApplication[application.id] else {
        return (.unknown, FindingEvidence(.application, application.id, field: "site"))
      }
      guard let cedClass = facts.siteClass[site] else {
        return (.unknown, FindingEvidence(.site, site, field: condition.name))
      }
      let fact = FindingEvidence(.site, site, field: condition.name, value: cedClass.rawValue)
      return (condition.values.contains(cedClass.rawValue) ? .met : .notMet, fact)
    }
  }

  static func code(_ value: FieldValue) -> String? {
    switch value {
    case .unknown: return nil
    case .flag(let flag): return flag ? "yes" : "no"
    case .text(let text): return text
    case .integer(let number): return String(number)
    case .decimal(let number): return JSON.format(number)
    case .money(let money): return money.description
    case .day(let day): return day.description
    case .list(let items): return items.joined(separator: ",")
    }
  }

  /// Facts sorted, each once.
  static func unique(_ facts: [FindingEvidence]) -> [FindingEvidence] {
    var result: [FindingEvidence] = []
    for fact in facts.sorted() where result.last != fact { result.append(fact) }
    return result
  }

  // MARK: Destination and mode

  private func applyDestination(
    _ strategy: Strategy, _ application: Application, to decision: inout ApplicationDecision
  ) {
    let model: CloudMigrationRules.Destination
    switch strategy {
    case .retire:
      decision.destination = .switchedOff
      return
    case .retain:
      decision.destination = .stays
      return
    case .rehost: model = .iaas
    case .replatform, .refactor: model = .paas
    case .repurchase: model = .saas
    }
    decision.serviceModel = model
    let classFact = FindingEvidence(
      .application, application.id, field: "data_class", value: application.dataClass?.rawValue)
    let sources = [planning.hostsSource]
    if let dataClass = application.dataClass {
      let host = planning.hosts[dataClass] ?? .qualifiedCloud
      let title =
        dataClasses.classes[dataClass]?.title ?? BilingualText(it: dataClass.rawValue, en: dataClass.rawValue)
      if host == .psn, strategy == .repurchase, let remedies = planning.remedies,
        remedies.repurchaseDestination == PlanDestination.qualifiedSaaS.rawValue
      {
        decision.destination = .qualifiedSaaS
        decision.reasons.append(
          PlanReason(
            rule: "acn-\(dataClass.rawValue)-saas",
            text: BilingualText(
              key: "plan.data_and_service_of_class",
              [
                "title_lowercased": LocalizedValue { language in title.text(language).lowercased() },
                "remedies_repurchase_text": remedies.repurchaseText,
              ]),
            facts: [classFact], sources: sources + [remedies.repurchaseSource]))
      } else if host == .psn {
        decision.destination = .psn
        let adequate =
          dataClasses.classes[dataClass]?.destinations.contains("qualified_public_cloud_adequate_level")
          == true
        let text = BilingualText(
          key: "plan.destination_psn",
          [
            "class": LocalizedValue { language in title.text(language).lowercased() },
            "adequate": adequate ? BilingualText(key: "plan.destination_psn.adequate") : .empty,
          ])
        decision.reasons.append(
          PlanReason(
            rule: "acn-\(dataClass.rawValue)", text: text, facts: [classFact],
            sources: sources))
      } else {
        decision.destination = .qualified(model)
        decision.reasons.append(
          PlanReason(
            rule: "acn-\(dataClass.rawValue)",
            text: BilingualText(
              key: "plan.data_and_service_of_class_2",
              ["title_lowercased": LocalizedValue { language in title.text(language).lowercased() }]),
            facts: [classFact], sources: sources))
      }
    } else {
      decision.destination = .toBeDecided
      decision.missingFacts.append(classFact)
      decision.reasons.append(
        PlanReason(
          rule: "acn-unknown",
          text: BilingualText(key: "plan.acn_data_class_unknown_the"),
          facts: [classFact], sources: sources))
    }
    applyMode(model, application, to: &decision)
  }

  private func applyMode(
    _ model: CloudMigrationRules.Destination, _ application: Application,
    to decision: inout ApplicationDecision
  ) {
    guard let cloud else { return }
    let id = application.id
    let moveFacts = [
      FindingEvidence(.application, id, field: "deployment", value: application.deployment?.rawValue),
      FindingEvidence(
        .application, id, field: "structured_data",
        value: application.structuredData.map { $0 ? "yes" : "no" }),
    ]
    let sources = [cloud.movesSource]
    let service = facts.cloudServices[id]
    let verdict: CloudMigrationRules.Verdict
    let origin = service?.origin
    if let origin {
      verdict = cloud.verdict(from: origin, to: model)
    } else if application.deployment == .onPremise || application.deployment == .hosted {
      // Structured or not unknown: the mode is certain only when both on-premise rows agree.
      let structured = cloud.verdict(from: .onPremiseStructured, to: model)
      let unstructured = cloud.verdict(from: .onPremiseUnstructured, to: model)
      guard structured == unstructured else {
        decision.missingFacts.append(moveFacts[1])
        decision.reasons.append(
          PlanReason(
            rule: "pnrr-1.2-mode",
            text: BilingualText(key: "plan.pnrr_1_2_funding_to"),
            facts: moveFacts, sources: sources))
        return
      }
      verdict = structured
    } else {
      verdict = .notFundable
    }
    let from = origin?.rawValue ?? application.deployment?.rawValue ?? "unknown"
    switch verdict {
    case .fundable(let mode):
      decision.pnrrMode = mode
      let name = cloud.modes[mode] ?? .empty
      let text = BilingualText(
        key: "plan.fundable_mode",
        [
          "mode": mode.rawValue, "name": name, "from": from, "to": model.rawValue,
          "classification": application.dataClass == nil && cloud.requiresACNClassification
            ? BilingualText(key: "plan.fundable_mode.after_classification") : .empty,
        ])
      decision.reasons.append(
        PlanReason(
          rule: "pnrr-1.2-mode", text: text, facts: moveFacts,
          sources: sources + (cloud.modeSources[mode].map { [$0] } ?? [])))
    case .notFundable, .impossible:
      decision.reasons.append(
        PlanReason(
          rule: "pnrr-1.2-mode",
          text: BilingualText(
            key: "plan.not_fundable_under_measure_1",
            [
              "from": from,
              "model": model.rawValue,
              "verdict_code": verdict.code,
            ]),
          facts: moveFacts, sources: sources))
    }
  }
}
