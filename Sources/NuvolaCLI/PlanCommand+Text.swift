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
    func money(_ value: Money?) -> String {
      guard let value else { return t("sconosciuto", "unknown") }
      return "EUR " + grouped(value, language)
    }
    var lines: [String] = []
    let name = plan.name ?? plan.istatCode
    lines.append(
      t("Piano di migrazione", "Migration plan") + ": \(plan.istatCode) \(name)"
        + (plan.illustrative ? t(" (dati illustrativi)", " (illustrative data)") : ""))
    let options = plan.options
    lines.append(
      t("Inizio", "Start") + " \(options.start), " + t("ondate di", "waves of") + " \(options.waveMonths) "
        + t("mesi", "months") + ", " + t("costi su", "costs over") + " \(options.years) " + t("anni", "years")
        + ", " + t("tasso di sconto", "discount rate") + " \(JSON.double(plan.discountRate).serialized()) ("
        + plan.discountRateSource.text(language) + ")")
    lines.append(
      t("Budget annuo", "Yearly budget") + ": "
        + (options.budgetPerYear.map { ReportFormatter(language).money($0) } ?? t("nessun limite", "no limit"))
        + "; " + t("capacità per ondata", "capacity per wave") + ": "
        + (plan.capacity.applicationsPerWave.map { t("\($0) applicazioni", "\($0) applications") }
          ?? t("nessun limite", "no limit"))
        + (plan.capacity.staffHoursPerMonth.map {
          t(
            ", \(JSON.double($0).serialized()) ore di personale al mese",
            ", \(JSON.double($0).serialized()) staff hours a month")
        } ?? "") + " (" + plan.capacity.source.text(language) + ")")
    if let asOf = options.asOf {
      lines.append(
        t("Situazione al", "As of") + " " + (it ? asOf.italian : asOf.description)
          + (options.replanFrom.map {
            t("; piano ripianificato, avviato a ", "; replanned, started in ")
              + (it ? $0.italian : $0.description)
          } ?? ""))
    }
    lines.append("")
    if !plan.warnings.isEmpty {
      lines.append(t("AVVISI", "WARNINGS"))
      for warning in plan.warnings {
        lines.append(
          "  [\(TextCatalogue.messages.text("plan.level." + warning.level.rawValue, language))] "
            + warning.text.text(language))
      }
      lines.append("")
    }
    lines.append(t("Decisioni per applicazione", "Decisions per application"))
    for decision in plan.decisions {
      var head =
        "  \(decision.applicationId) (\(decision.name)): " + decision.disposition.label.text(language)
      if let strategy = decision.strategy { head += ", " + strategyName(strategy, language) }
      head += " -> " + decision.destination.label.text(language)
      if let mode = decision.pnrrMode { head += ", PNRR 1.2 " + t("modalità", "mode") + " \(mode.rawValue)" }
      if decision.provisional { head += t(" [provvisorio]", " [provisional]") }
      if decision.overridden { head += t(" [scelta del comune]", " [comune's choice]") }
      lines.append(head)
      for reason in decision.reasons {
        let facts = reason.facts.map { fact in
          "\(fact.recordId).\(fact.field ?? "")=\(fact.value ?? t("sconosciuto", "unknown"))"
        }
        lines.append(
          "      - [\(reason.rule)] " + reason.text.text(language)
            + (facts.isEmpty ? "" : " (" + facts.joined(separator: "; ") + ")"))
      }
    }
    lines.append("")
    for wave in plan.waves {
      lines.append(
        t("Ondata", "Wave") + " \(wave.index) (\(wave.start)..\(wave.end), " + t("anno", "year")
          + " \(wave.planYear), " + wave.status.label.text(language) + "): " + t("una tantum", "one-off")
          + " " + money(wave.oneOffCost) + ", "
          + t("nuovi costi annui", "new yearly costs") + " " + money(wave.yearlyCostAfter) + ", "
          + t("costo annuo dopo", "yearly run cost after") + " " + money(wave.runRateAfter))
      lines.append("    " + t("Perché qui", "Why here") + ": " + wave.reasonText.text(language))
      for prerequisite in wave.prerequisites {
        lines.append("    " + t("Prerequisito", "Prerequisite") + ": " + prerequisite.text.text(language))
      }
      for item in wave.applications {
        var head =
          "    \(item.applicationId) (\(item.name)): \(strategyName(item.strategy, language)) -> "
          + item.destination.label.text(language)
        if let mode = item.pnrrMode { head += " (" + t("modalità", "mode") + " \(mode.rawValue))" }
        head +=
          ", " + t("una tantum", "one-off") + " " + money(item.oneOffCost) + ", "
          + t("annuo prima/dopo", "yearly before/after") + " " + money(item.yearlyCostBefore) + " / "
          + money(item.yearlyCostAfter)
        lines.append(head)
        for line in item.timing { lines.append("        " + line.text(language)) }
        for risk in item.risks {
          lines.append("        " + t("Rischio", "Risk") + ": " + risk.text(language))
        }
      }
      for risk in wave.risks { lines.append("    " + t("Rischio", "Risk") + ": " + risk.text(language)) }
      lines.append("")
    }
    if !plan.milestones.isEmpty {
      lines.append(t("Traguardi", "Milestones"))
      for milestone in plan.milestones { lines.append("  " + milestone.text.text(language)) }
      lines.append("")
    }
    if !plan.networkOnlySites.isEmpty {
      lines.append(
        t("Siti che restano (solo apparati di rete)", "Sites that stay (network equipment only)") + ": "
          + plan.networkOnlySites.joined(separator: ", "))
      lines.append("")
    }
    if !plan.assetRemedies.isEmpty {
      lines.append(t("Apparati", "Equipment"))
      for remedy in plan.assetRemedies {
        lines.append(
          "  \(remedy.assetId) (\(remedy.kind.rawValue)\(remedy.site.map { ", " + $0 } ?? "")): "
            + remedy.remedy.label.text(language) + " - " + remedy.reason.text(language))
      }
      lines.append("")
    }
    if !plan.unscheduled.isEmpty {
      lines.append(t("Non pianificabili", "Cannot be planned"))
      for item in plan.unscheduled { lines.append("  \(item.applicationId): " + item.reason.text(language)) }
      lines.append("")
    }
    lines.append(t("Costi: tutto in sede contro il piano", "Costs: everything on premise against the plan"))
    var table = TextTable(
      header: [
        t("Anno", "Year"), t("Periodo", "Period"), t("In sede", "On premise"), t("Piano", "Plan"),
        t("Risparmio", "Saving"), t("Cumulato", "Cumulative"),
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
        t("VAN", "NPV") + ": " + money(plan.npv) + "; " + t("rientro", "payback") + ": "
          + (plan.paybackYear.map { t("anno", "year") + " \($0)" }
            ?? t("non entro \(options.years) anni", "not within \(options.years) years")))
    }
    let summary = plan.summary
    lines.append(
      t("Una tantum", "One-off") + ": " + money(summary.oneOffTotal) + " = "
        + t("migrazioni del tipo ammesso dalla misura 1.2", "moves of the kind measure 1.2 funds") + " "
        + money(summary.oneOffEligible) + " + " + t("altre spese", "other spending") + " "
        + money(summary.oneOffNotEligible))
    lines.append(
      t("Finanziamento PNRR", "PNRR funding") + " \(plan.funding.measure): " + money(plan.funding.amount))
    for reason in plan.funding.reasons { lines.append("  " + reason.text(language)) }
    if !plan.costNotes.isEmpty {
      for note in plan.costNotes { lines.append("  " + note.text(language)) }
    }
    lines.append("")
    if !plan.relaxations.isEmpty {
      lines.append(t("Vincoli da rilassare", "Constraints to relax"))
      for relaxation in plan.relaxations {
        lines.append("  [\(relaxation.constraint.rawValue)] " + relaxation.text.text(language))
      }
      lines.append("")
    }
    lines.append(
      t(
        "Valori predefiniti usati (l'inventario li sostituisce)",
        "Defaults used (the inventory overrides them)"))
    for item in plan.defaultsUsed {
      let parameter = item.parameter
      let status =
        parameter.assumption
        ? t("ipotesi", "assumption")
        : parameter.confirmed ? t("confermato", "confirmed") : t("non confermato", "unconfirmed")
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
