import NuvolaModel
import NuvolaSupport

extension StrategySelector {
  /// A data-heavy local system (video surveillance, building systems: a word of planning.json
  /// `stay_local` in its name or product)
  /// stays on premise, with the facts that say so; the comune's `strategy_override` (read before)
  /// is how the inventory says otherwise. True when it decided.
  func stayLocal(_ application: Application, to decision: inout ApplicationDecision) -> Bool {
    guard let rules = planning.remedies else { return false }
    guard
      rules.stayLocalMatches(application.name) || application.product.map(rules.stayLocalMatches) == true
    else { return false }
    let id = application.id
    let facts = [
      FindingEvidence(
        .application, id, field: "data_volume_gb", value: application.dataVolume.map { "\($0)" }),
      FindingEvidence(.application, id, field: "data_update", value: application.dataUpdate?.rawValue),
      FindingEvidence(.application, id, field: "name", value: application.name),
    ]
    decision.strategy = .retain
    decision.rule = "stay-local"
    decision.disposition = .retain
    decision.reasons.append(
      PlanReason(
        rule: "stay-local", text: rules.stayLocalText, facts: facts.sorted(), sources: [rules.stayLocalSource]
      ))
    return true
  }

  /// Renewal or exit, never a migration, for a service already SaaS with a contract end: judged on
  /// the as-of day (past, within the notice months, or later).
  func saasContractAdvice(_ application: Application) -> PlanReason? {
    guard let rules = planning.remedies, let end = application.contractEnd else { return nil }
    let qualified = application.cloudQualified == true
    let fact = FindingEvidence(.application, application.id, field: "contract_end", value: end.description)
    let when: BilingualText
    if let asOf = asOf, end < asOf {
      when = BilingualText(key: "plan.contract_ended_on_as_of", ["end": end, "as_of": asOf])
    } else if let asOf = asOf, YearMonth(asOf).months(to: YearMonth(end)) <= rules.saasNoticeMonths {
      when = BilingualText(
        key: "plan.the_contract_ends_on_within",
        [
          "end": end,
          "rules_saas_notice_months": rules.saasNoticeMonths,
        ])
    } else {
      when = BilingualText(
        key: "plan.the_contract_ends_on_decide",
        [
          "end": end,
          "rules_saas_notice_months": rules.saasNoticeMonths,
        ])
    }
    let action =
      qualified
      ? BilingualText(key: "plan.acn_qualified_renew_at_the")
      : BilingualText(key: "plan.not_shown_as_acn_qualified")
    return PlanReason(
      rule: qualified ? "saas-renew" : "saas-exit",
      text: BilingualText(
        it: rules.saasText.it + " " + action.it + " " + when.it,
        en: rules.saasText.en + " " + action.en + " " + when.en),
      facts: [fact], sources: [rules.saasSource])
  }
}
