import NuvolaEngine
import NuvolaRules

/// Tables more than one report shows, built the same way for each.
enum ReportTables {
  /// One row per site: its class with the mark, what the class means and the first obligation.
  static func cedSites(_ classification: CEDClassification, values: ReportValues) -> ReportTable {
    let strings = values.strings
    var rows: [[ReportCell]] = []
    for site in classification.sites {
      rows.append([
        .text(site.siteId), .text(site.siteName), values.code(site.siteKind, strings.siteKinds),
        values.cedClass(site.cedClass), .text(values.text(site.classDescription)),
        values.list(site.obligations.map { values.text($0.text) }, separator: " "),
      ])
    }
    return ReportTable(
      id: "ced_sites", caption: strings.cedSitesCaption,
      columns: [
        .init("site", strings.columnId), .init("name", strings.columnName), .init("kind", strings.columnKind),
        .init("class", strings.columnClass), .init("meaning", strings.columnMeaning),
        .init("obligations", strings.columnObligations),
      ], rows: rows, emptyText: strings.noSites)
  }

  /// A short pointer to where a measure's numbers come from: its rules file and the keys of its
  /// sources (`pnrr-1.2.json [FAQ, OD]`); the full citations are in the sources section.
  static func sourceReference(_ provenance: RuleProvenance) -> ReportCell {
    var keys: [String] = []
    for source in provenance.sources where !keys.contains(source.key) { keys.append(source.key) }
    let text = provenance.fileName + " [" + keys.joined(separator: ", ") + "]"
    return ReportCell(text, .list(provenance.sources.map(\.citation)))
  }

  /// Every default the plan used for a figure the inventory does not give, with its source and
  /// whether it is confirmed or only Nuvola's assumption.
  static func planDefaults(_ plan: Plan, values: ReportValues) -> ReportTable {
    let strings = values.strings
    return ReportTable(
      id: "plan_defaults", caption: strings.planDefaultsCaption,
      columns: [
        .init("file", strings.columnFile), .init("key", strings.columnKey),
        .init("value", strings.columnValue, numeric: true), .init("unit", strings.columnUnit),
        .init("status", strings.columnStatus), .init("source", strings.columnSource),
        .init("used_for", strings.columnUsedFor),
      ],
      rows: plan.defaultsUsed.map { used in
        let parameter = used.parameter
        return [
          .text(used.file), .text(parameter.key),
          ReportCell(values.format.decimal(parameter.value, digits: 4), .decimal(parameter.value)),
          .text(parameter.unit(values.language)),
          parameter.assumption
            ? ReportCell(strings.assumption, .code("assumption"), mark: .estimate)
            : values.confirmed(parameter.confirmed),
          .text(parameter.source.citation),
          values.list(used.usedFor.map { $0.text(values.language) }, separator: ", "),
        ]
      }, emptyText: strings.none)
  }

  /// One row per measure: eligibility, population class and every amount with its status.
  static func measures(_ funding: FundingAssessment, values: ReportValues) -> ReportTable {
    let strings = values.strings
    var rows: [[ReportCell]] = []
    for measure in funding.measures {
      for component in measure.components {
        rows.append([
          .text(measure.code), .text(values.text(measure.title)), values.callStatus(measure.callStatus),
          values.eligibility(measure.eligibility),
          measure.populationClass.map { .text($0.label(values.language)) } ?? values.unknown,
          .code(component.component.key, label: values.text(component.component.label)),
          .code(
            component.component.kind.rawValue,
            label: strings.componentKinds[component.component.kind.rawValue] ?? ""),
          values.fundingAmount(component), values.fundingStatus(component.status),
          sourceReference(measure.provenance),
        ])
      }
    }
    return ReportTable(
      id: "measures", caption: strings.measuresCaption,
      columns: [
        .init("measure", strings.columnMeasure), .init("title", strings.columnTitle),
        .init("call_status", strings.columnCall), .init("eligibility", strings.columnEligibility),
        .init("population_class", strings.columnPopulationClass),
        .init("component", strings.columnComponent), .init("kind", strings.columnAmountKind, shown: false),
        .init("amount", strings.columnAmount, numeric: true),
        .init("amount_status", strings.columnAmountStatus, shown: false),
        .init("sources", strings.columnSources),
      ], rows: rows)
  }
}
