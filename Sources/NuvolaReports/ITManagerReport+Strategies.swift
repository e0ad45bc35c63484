import NuvolaEngine

/// The IT manager's view of the plan: for each application what happens to it (strategy, where it
/// goes, PNRR mode, wave) and the reasons, each naming the rule and facts behind it.
extension ITManagerReport {
  func strategiesSection(_ plan: Plan) -> ReportSection {
    let format = values.format
    var rows: [[ReportCell]] = []
    for decision in plan.decisions {
      let wave = plan.wave(of: decision.applicationId)
      rows.append([
        .text(decision.name),
        .code(decision.disposition.rawValue, label: values.text(decision.disposition.label)),
        .text(decision.applicationId),
        // No strategy is a fact for what needs none (already in the cloud); only the undecided are unknown.
        decision.strategy.map { .code($0.rawValue, label: strings.strategies[$0.rawValue] ?? $0.rawValue) }
          ?? (decision.disposition == .undecided ? values.unknown : ReportCell(strings.none, .unknown)),
        .code(decision.destination.rawValue, label: values.text(decision.destination.label)),
        decision.pnrrMode.map {
          .code($0.rawValue, label: values.fill(strings.modeLabel, ["mode": $0.rawValue]))
        }
          ?? ReportCell(strings.none, .unknown),
        wave.map {
          ReportCell(
            values.fill(strings.waveLabel, ["index": format.integer($0.index)]) + " ("
              + format.month($0.start) + "–"
              + format.month($0.end) + ")", .integer($0.index))
        } ?? ReportCell(strings.none, .unknown),
        decision.provisional
          ? ReportCell(strings.yes, .flag(true), mark: .estimate) : ReportCell(strings.no, .flag(false)),
        values.list(decision.reasons.map { values.text($0.text) }, separator: " "),
        values.list(decision.missingFacts.map(evidenceText)),
      ])
    }
    let table = ReportTable(
      id: "strategies", caption: strings.strategiesCaption,
      columns: [
        .init("name", strings.columnName), .init("disposition", strings.columnDisposition),
        .init("application", strings.columnId), .init("strategy", strings.columnStrategy),
        .init("destination", strings.columnDestination), .init("pnrr_mode", strings.columnPNRRMode),
        .init("wave", strings.columnWave), .init("provisional", strings.columnProvisional),
        .init("reasons", strings.columnReasons), .init("missing_facts", strings.columnMissingFacts),
      ], rows: rows, layout: .records, emptyText: strings.noApplications)
    return ReportSection(
      id: "strategies", title: strings.strategiesTitle,
      blocks: [.paragraph(ReportText(strings.strategiesIntro)), .table(table)])
  }
}
