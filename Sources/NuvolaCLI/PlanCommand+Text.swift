import NuvolaEngine
import NuvolaModel
import NuvolaReports
import NuvolaSupport

extension PlanCommand {
  /// The plan for a terminal, in the chosen language: warnings first, then decisions with their
  /// reasons, waves, milestones, costs, funding, relaxations and the defaults used.
  static func text(_ plan: Plan, language: Language) -> String {
    let it = language == .it
    func t(_ italian: String, _ english: String) -> String { it ? italian : english }
    func t(_ key: String, _ parameters: KeyValuePairs<String, String> = [:]) -> String {
      TextCatalogue.messages.text(key, language, parameters)
    }
    func money(_ value: Money?) -> String {
      guard let value else { return t("plan_command.unknown") }
      return "EUR " + grouped(value, language)
    }
    var lines: [String] = []
    let name = plan.name ?? plan.istatCode
    lines.append(
      t("plan_command.migration_plan") + ": \(plan.istatCode) \(name)"
        + (plan.illustrative ? t("plan_command.illustrative_data") : ""))
    let options = plan.options
    lines.append(
      t("plan_command.start") + " \(options.start), " + t("plan_command.waves_of") + " \(options.waveMonths) "
        + t("plan_command.months") + ", " + t("plan_command.costs_over") + " \(options.years) "
        + t("plan_command.years")
        + ", " + t("plan_command.discount_rate") + " \(JSON.double(plan.discountRate).serialized()) ("
        + plan.discountRateSource.text(language) + ")")
    lines.append(
      t("plan_command.yearly_budget") + ": "
        + (options.budgetPerYear.map { ReportFormatter(language).money($0) } ?? t("plan_command.no_limit"))
        + "; " + t("plan_command.capacity_per_wave") + ": "
        + (plan.capacity.applicationsPerWave.map { t("plan_command.applications", ["value": "\($0)"]) }
          ?? t("plan_command.no_limit"))
        + (plan.capacity.staffHoursPerMonth.map {
          t("plan_command.staff_hours_a_month", ["double_serialized": "\(JSON.double($0).serialized())"])
        } ?? "") + " (" + plan.capacity.source.text(language) + ")")
    if let asOf = options.asOf {
      lines.append(
        t("plan_command.as_of") + " " + (it ? asOf.italian : asOf.description)
          + (options.replanFrom.map {
            t("plan_command.replanned_started_in")
              + (it ? $0.italian : $0.description)
          } ?? ""))
    }
    lines.append("")
    if !plan.warnings.isEmpty {
      lines.append(t("plan_command.warnings"))
      for warning in plan.warnings {
        lines.append(
          "  [\(TextCatalogue.messages.text("plan.level." + warning.level.rawValue, language))] "
            + warning.text.text(language))
      }
      lines.append("")
    }
    lines.append(t("plan_command.decisions_per_application"))
    for decision in plan.decisions {
      var head =
        "  \(decision.applicationId) (\(decision.name)): " + decision.disposition.label.text(language)
      if let strategy = decision.strategy { head += ", " + strategyName(strategy, language) }
      head += " -> " + decision.destination.label.text(language)
      if let mode = decision.pnrrMode { head += ", PNRR 1.2 " + t("plan_command.mode") + " \(mode.rawValue)" }
      if decision.provisional { head += t("plan_command.provisional") }
      if decision.overridden { head += t("plan_command.comune_s_choice") }
      lines.append(head)
      for reason in decision.reasons {
        let facts = reason.facts.map { fact in
          "\(fact.recordId).\(fact.field ?? "")=\(fact.value ?? t("plan_command.unknown"))"
        }
        lines.append(
          "      - [\(reason.rule)] " + reason.text.text(language)
            + (facts.isEmpty ? "" : " (" + facts.joined(separator: "; ") + ")"))
      }
    }
    lines.append("")
    for wave in plan.waves {
      lines.append(
        t("plan_command.wave") + " \(wave.index) (\(wave.start)..\(wave.end), " + t("plan_command.year")
          + " \(wave.planYear), " + wave.status.label.text(language) + "): " + t("plan_command.one_off")
          + " " + money(wave.oneOffCost) + ", "
          + t("plan_command.new_yearly_costs") + " " + money(wave.yearlyCostAfter) + ", "
          + t("plan_command.yearly_run_cost_after") + " " + money(wave.runRateAfter))
      lines.append("    " + t("plan_command.why_here") + ": " + wave.reasonText.text(language))
      for prerequisite in wave.prerequisites {
        lines.append("    " + t("plan_command.prerequisite") + ": " + prerequisite.text.text(language))
      }
      for item in wave.applications {
        var head =
          "    \(item.applicationId) (\(item.name)): \(strategyName(item.strategy, language)) -> "
          + item.destination.label.text(language)
        if let mode = item.pnrrMode { head += " (" + t("plan_command.mode") + " \(mode.rawValue))" }
        head +=
          ", " + t("plan_command.one_off") + " " + money(item.oneOffCost) + ", "
          + t("plan_command.yearly_before_after") + " " + money(item.yearlyCostBefore) + " / "
          + money(item.yearlyCostAfter)
        lines.append(head)
        for line in item.timing { lines.append("        " + line.text(language)) }
        for risk in item.risks {
          lines.append("        " + t("plan_command.risk") + ": " + risk.text(language))
        }
      }
      for risk in wave.risks { lines.append("    " + t("plan_command.risk") + ": " + risk.text(language)) }
      lines.append("")
    }
    if !plan.milestones.isEmpty {
      lines.append(t("plan_command.milestones"))
      for milestone in plan.milestones { lines.append("  " + milestone.text.text(language)) }
      lines.append("")
    }
    if !plan.networkOnlySites.isEmpty {
      lines.append(
        t("plan_command.sites_that_stay_network_equipment") + ": "
          + plan.networkOnlySites.joined(separator: ", "))
      lines.append("")
    }
    if !plan.assetRemedies.isEmpty {
      lines.append(t("plan_command.equipment"))
      for remedy in plan.assetRemedies {
        lines.append(
          "  \(remedy.assetId) (\(remedy.kind.rawValue)\(remedy.site.map { ", " + $0 } ?? "")): "
            + remedy.remedy.label.text(language) + " - " + remedy.reason.text(language))
      }
      lines.append("")
    }
    if !plan.unscheduled.isEmpty {
      lines.append(t("plan_command.cannot_be_planned"))
      for item in plan.unscheduled { lines.append("  \(item.applicationId): " + item.reason.text(language)) }
      lines.append("")
    }
    lines.append(t("plan_command.costs_everything_on_premise_against"))
    var table = TextTable(
      header: [
        t("plan_command.year_2"), t("plan_command.period"), t("plan_command.on_premise"),
        t("plan_command.plan"),
        t("plan_command.saving"), t("plan_command.cumulative"),
      ], rightAligned: [0, 2, 3, 4, 5])
    for year in plan.yearlyCosts {
      table.append([
        String(year.index), "\(year.start)..\(year.end)", grouped(year.onPremise.total, language),
        grouped(year.plan.total, language), grouped(year.savings, language),
        grouped(year.cumulativeSavings, language),
      ])
    }
    lines.append(table.render())
    if let withheld = plan.economicsWithheld {
      lines.append(withheld.text(language))
    } else {
      lines.append(
        t("plan_command.npv") + ": " + money(plan.npv) + "; " + t("plan_command.payback") + ": "
          + (plan.paybackYear.map { t("plan_command.year") + " \($0)" }
            ?? t("plan_command.not_within_years", ["options_years": "\(options.years)"])))
    }
    let summary = plan.summary
    lines.append(
      t("plan_command.one_off_2") + ": " + money(summary.oneOffTotal) + " = "
        + t("plan_command.moves_of_the_kind_measure") + " "
        + money(summary.oneOffEligible) + " + " + t("plan_command.other_spending") + " "
        + money(summary.oneOffNotEligible))
    lines.append(
      t("plan_command.pnrr_funding") + " \(plan.funding.measure): " + money(plan.funding.amount))
    for reason in plan.funding.reasons { lines.append("  " + reason.text(language)) }
    if !plan.costNotes.isEmpty {
      for note in plan.costNotes { lines.append("  " + note.text(language)) }
    }
    lines.append("")
    if !plan.relaxations.isEmpty {
      lines.append(t("plan_command.constraints_to_relax"))
      for relaxation in plan.relaxations {
        lines.append("  [\(relaxation.constraint.rawValue)] " + relaxation.text.text(language))
      }
      lines.append("")
    }
    lines.append(
      t("plan_command.defaults_used_the_inventory_overrides"))
    for item in plan.defaultsUsed {
      let parameter = item.parameter
      let status =
        parameter.assumption
        ? t("plan_command.assumption")
        : parameter.confirmed ? t("plan_command.confirmed") : t("plan_command.unconfirmed")
      lines.append(
        "  \(parameter.key) = \(JSON.double(parameter.value).serialized()) \(parameter.unit(language)) (\(status); "
          + "\(parameter.source.citation); \(item.file))")
    }
    return lines.joined(separator: "\n")
  }

  /// Whole euro with the grouping of the language (7.900 / 7,900).
  static func grouped(_ value: Money, _ language: Language) -> String {
    let whole = Int64(value.euros.rounded())
    let separator: Character = language == .it ? "." : ","
    var digits = Array(String(whole.magnitude))
    var index = digits.count - 3
    while index > 0 {
      digits.insert(separator, at: index)
      index -= 3
    }
    return (whole < 0 ? "-" : "") + String(digits)
  }

  /// A strategy's name as the reports give it (`sostituire con un SaaS (repurchase)`), its code otherwise.
  static func strategyName(_ strategy: Strategy, _ language: Language) -> String {
    ReportStrings.catalogue(language).strategies[strategy.rawValue] ?? strategy.rawValue
  }
}
