import NuvolaEngine
import NuvolaSupport

/// The mayor's report parts drawn from the plan: on the first page the plan in a few sentences, the
/// costs now and after, the savings and the next decision; after it the waves as a Gantt chart, the
/// costs over the years as a chart, and the plan's warnings and assumptions.
extension MayorReport {
  // MARK: First page

  func planSummary(_ plan: Plan) -> ReportSection {
    let format = values.format
    let summary = plan.summary
    var sentences: [String] = []
    if let start = summary.firstWaveStart, let end = summary.lastWaveEnd, summary.waves > 0 {
      sentences.append(
        values.fill(
          strings.planMoves,
          [
            "moving": values.counted(summary.moving, "application"),
            "waves": values.counted(summary.waves, "wave"),
            "start": format.month(start), "end": format.month(end),
          ]))
    } else {
      sentences.append(strings.planNoWaves)
    }
    var others: [String] = []
    if summary.alreadyInCloud > 0 {
      others.append(
        values.fill(strings.planAlreadyInCloud, ["count": format.integer(summary.alreadyInCloud)]))
    }
    if summary.retiring > 0 {
      others.append(values.fill(strings.planRetiring, ["count": format.integer(summary.retiring)]))
    }
    if summary.retained > 0 {
      others.append(values.fill(strings.planRetained, ["count": format.integer(summary.retained)]))
    }
    if !others.isEmpty {
      let template = summary.moving == 0 ? strings.planApplications : strings.planOthers
      sentences.append(values.fill(template, ["parts": others.joined(separator: "; ")]))
    }
    for milestone in plan.milestones where milestone.kind == .cedClosure {
      // A site with nothing left to move closes without a wave of its own.
      let afterWave = plan.waves.contains { $0.index == milestone.wave }
      sentences.append(
        values.fill(
          afterWave ? strings.planClosure : strings.planClosureNoWave,
          [
            "site": milestone.siteName, "wave": format.integer(milestone.wave),
            "month": format.month(milestone.month),
            "savings": format.money(milestone.yearlySavings),
          ]))
    }
    if summary.undecided + summary.unscheduled > 0 {
      sentences.append(
        values.fill(
          strings.planUndecided,
          ["count": values.counted(summary.undecided + summary.unscheduled, "application")]))
    }
    var blocks: [ReportBlock] = [.paragraph(ReportText(sentences.joined(separator: " ")))]
    // The warnings themselves are long: the first page says how many, the details section lists them.
    let critical = plan.warnings.count(where: { $0.level == .critical })
    if critical > 0 {
      blocks.append(
        .note(
          ReportText(
            values.fill(strings.planCriticalWarnings, ["count": values.counted(critical, "critical_warning")])
          ), .warning))
    }
    return ReportSection(id: "plan_summary", title: strings.planTitle, blocks: blocks)
  }

  func costsNowAndAfter(_ plan: Plan) -> ReportSection? {
    let summary = plan.summary
    guard let first = plan.yearlyCosts.first, let last = plan.yearlyCosts.last else { return nil }
    let format = values.format
    var sentences = [
      values.fill(strings.costsNow, ["amount": format.money(first.onPremise.total)]),
      values.fill(
        strings.costsAfter,
        [
          "period": period(last), "plan": format.money(last.plan.total),
          "onpremise": format.money(last.onPremise.total),
        ]),
      values.fill(strings.costsOneOff, ["amount": format.money(summary.oneOffTotal)]),
    ]
    if summary.oneOffTotal > .zero {
      sentences.append(
        values.fill(
          values.text(MayorPlanText.oneOffSplit),
          [
            "eligible": format.money(summary.oneOffEligible),
            "other": format.money(summary.oneOffNotEligible),
          ]))
    }
    if plan.funding.counted, let amount = plan.funding.amount {
      let estimate = plan.funding.status == .estimate ? " (" + strings.estimateWord + ")" : ""
      sentences.append(
        values.fill(
          strings.costsFunding,
          [
            "measure": plan.funding.measure, "amount": format.money(amount) + estimate,
            "month": plan.funding.expected.map(format.month) ?? strings.unknown,
          ]))
    } else {
      sentences.append(values.fill(strings.costsNoFunding, ["measure": plan.funding.measure]))
    }
    let blocks: [ReportBlock] = [.paragraph(ReportText(sentences.joined(separator: " ")))]
    return ReportSection(id: "costs_now_and_after", title: strings.costsNowAndAfterTitle, blocks: blocks)
  }

  func savings(_ plan: Plan) -> ReportSection? {
    guard let last = plan.yearlyCosts.last else { return nil }
    let format = values.format
    let years = values.counted(plan.options.years, "year")
    var sentences: [String] = []
    if last.cumulativeSavings.cents >= 0 {
      sentences.append(
        values.fill(strings.savingsTotal, ["years": years, "amount": format.money(last.cumulativeSavings)]))
    } else {
      sentences.append(
        values.fill(
          strings.savingsNegative, ["years": years, "amount": format.money(.zero - last.cumulativeSavings)]))
    }
    if let withheld = plan.economicsWithheld {
      sentences.append(values.text(withheld))
      return ReportSection(
        id: "savings", title: strings.savingsTitle,
        blocks: [.paragraph(ReportText(sentences.joined(separator: " ")))])
    }
    // The rate's source is in the plan's defaults table; the first page only points there.
    sentences.append(
      values.fill(
        strings.savingsNPV, ["npv": format.money(plan.npv), "rate": format.percentage(plan.discountRate)]))
    if let year = plan.paybackYear, let cost = plan.yearlyCosts.first(where: { $0.index == year }) {
      sentences.append(
        values.fill(strings.savingsPayback, ["year": format.integer(year), "period": period(cost)]))
    } else {
      sentences.append(values.fill(strings.savingsNoPayback, ["years": years]))
    }
    return ReportSection(
      id: "savings", title: strings.savingsTitle,
      blocks: [.paragraph(ReportText(sentences.joined(separator: " ")))])
  }

  /// What the giunta decides next: what the plan needs changed first (its relaxations), then the
  /// approval of the first wave with its cost and prerequisites.
  func nextDecision(_ plan: Plan) -> ReportSection {
    let summary = plan.summary
    let format = values.format
    var items: [ReportText] = plan.relaxations.map { relaxation in
      ReportText([.strong(strings.decisionFirst + " "), .plain(values.text(relaxation.text))])
    }
    if let wave = plan.waves.first {
      let names = wave.applications.map(\.name)
      let shown =
        names.prefix(6).joined(separator: ", ")
        + (names.count > 6
          ? " " + values.fill(strings.andOthers, ["count": format.integer(names.count - 6)]) : "")
      items.append(
        ReportText(
          values.fill(
            strings.decisionFirstWave,
            [
              "start": format.month(wave.start), "end": format.month(wave.end),
              "count": values.counted(names.count, "application"),
              "applications": shown, "cost": format.money(wave.oneOffCost),
            ])))
      for prerequisite in wave.prerequisites {
        items.append(
          ReportText(values.fill(strings.decisionPrerequisite, ["text": values.text(prerequisite.text)])))
      }
    } else if summary.undecided + summary.unscheduled > 0 {
      items.append(ReportText(strings.decisionCompleteInventory))
    }
    if items.isEmpty { items.append(ReportText(strings.decisionNone)) }
    return ReportSection(
      id: "next_decision", title: strings.nextDecisionTitle, blocks: [.list(items, ordered: false)])
  }

  // MARK: Details

  func wavesSection(_ plan: Plan) -> ReportSection {
    let format = values.format
    var rows: [[ReportCell]] = []
    var ganttRows: [ReportChart.Gantt.Row] = []
    var parts: [String] = []
    for wave in plan.waves {
      let label = values.fill(strings.waveLabel, ["index": format.integer(wave.index)])
      let detail = values.fill(
        strings.waveDetail,
        [
          "count": values.counted(wave.applications.count, "application"),
          "cost": format.money(wave.oneOffCost),
        ])
      ganttRows.append(
        ReportChart.Gantt.Row(label: label, start: wave.start.firstDay, end: wave.end.lastDay, detail: detail)
      )
      parts.append(label + " " + format.month(wave.start) + "–" + format.month(wave.end) + ": " + detail)
      rows.append([
        ReportCell(label, .integer(wave.index)),
        ReportCell(format.month(wave.start), .text(wave.start.description)),
        ReportCell(format.month(wave.end), .text(wave.end.description)),
        values.list(wave.applications.map(\.name), separator: ", "),
        values.list(wave.prerequisites.map { values.text($0.text) }, separator: " "),
        values.money(wave.oneOffCost), values.money(wave.yearlyCostAfter), values.money(wave.runRateAfter),
        ReportCell(values.text(wave.reasonText), .code(wave.reason.rawValue)),
      ])
    }
    var milestones: [ReportChart.Gantt.Milestone] = []
    for milestone in plan.milestones where milestone.kind == .cedClosure {
      let label = values.fill(strings.closureLabel, ["site": milestone.siteName])
      milestones.append(ReportChart.Gantt.Milestone(label: label, day: milestone.month.lastDay))
      parts.append(label + " " + format.month(milestone.month))
    }
    let table = ReportTable(
      id: "waves", caption: strings.wavesCaption,
      columns: [
        .init("wave", strings.columnWave), .init("start", strings.columnFrom), .init("end", strings.columnTo),
        .init("applications", strings.columnApplications),
        .init("prerequisites", strings.columnPrerequisites),
        .init("one_off_cost", strings.columnOneOff, numeric: true),
        .init("yearly_cost_after", strings.columnYearlyAdded, numeric: true),
        .init("run_rate_after", strings.columnRunRate, numeric: true),
        .init("reason", values.text(MayorPlanText.waveReasonColumn)),
      ], rows: rows, emptyText: strings.planNoWaves)
    var blocks: [ReportBlock] = [.paragraph(ReportText(strings.wavesIntro))]
    if let first = plan.waves.first, let last = plan.waves.last {
      var end = last.end.lastDay
      for milestone in milestones where milestone.day > end { end = milestone.day }
      var ticks: [ReportChart.Gantt.Milestone] = []
      for year in (first.start.year + 1)...max(end.year, first.start.year + 1) {
        guard let day = Day(year: year, month: 1, day: 1), day < end else { continue }
        ticks.append(ReportChart.Gantt.Milestone(label: String(year), day: day))
      }
      let chart = ReportChart(
        id: "chart-waves", title: strings.wavesChartTitle,
        description: values.fill(strings.wavesChartDescription, ["parts": parts.joined(separator: "; ")]),
        kind: .gantt(
          ReportChart.Gantt(
            rows: ganttRows, milestones: milestones, ticks: ticks, start: first.start.firstDay, end: end)),
        table: table)
      blocks.append(.chart(chart))
    } else {
      blocks.append(.table(table))
    }
    return ReportSection(id: "waves", title: strings.wavesTitle, blocks: blocks)
  }

  func costsSection(_ plan: Plan) -> ReportSection {
    let format = values.format
    var rows: [[ReportCell]] = []
    var points: [String] = []
    var largest = Money.zero
    for year in plan.yearlyCosts {
      points.append(values.fill(strings.yearLabel, ["index": format.integer(year.index)]))
      largest = max(largest, year.onPremise.total, year.plan.total)
      rows.append([
        ReportCell(
          values.fill(strings.yearLabel, ["index": format.integer(year.index)]), .integer(year.index)),
        ReportCell(period(year), .text(year.start.description + ".." + year.end.description)),
        values.money(year.onPremise.total), values.money(year.plan.spending), values.money(year.plan.funding),
        values.money(year.savings), values.money(year.cumulativeSavings),
      ])
    }
    let table = ReportTable(
      id: "yearly_costs", caption: strings.yearlyCostsCaption,
      columns: [
        .init("year", strings.columnYear), .init("period", strings.columnPeriod),
        .init("on_premise", strings.seriesOnPremise, numeric: true),
        .init("plan", values.text(MayorPlanText.planCostColumn), numeric: true),
        .init("funding", values.text(MayorPlanText.fundingColumn), numeric: true),
        .init("savings", strings.columnSavings, numeric: true),
        .init("cumulative_savings", strings.columnCumulativeSavings, numeric: true),
      ], rows: rows)
    var blocks: [ReportBlock] = [.paragraph(ReportText(strings.costsIntro + " " + strings.savingsDefaults))]
    if !plan.yearlyCosts.isEmpty {
      let axis = ReportCharts.axis(upTo: largest)
      let lines = ReportChart.Lines(
        points: points,
        series: [
          .init(name: strings.seriesOnPremise, values: plan.yearlyCosts.map { $0.onPremise.total }),
          .init(name: strings.seriesPlan, values: plan.yearlyCosts.map { $0.plan.total }),
        ],
        axisValues: axis, axisLabels: axis.map(format.money))
      let first = plan.yearlyCosts[0]
      let last = plan.yearlyCosts[plan.yearlyCosts.count - 1]
      blocks.append(
        .chart(
          ReportChart(
            id: "chart-costs", title: strings.costsChartTitle,
            description: values.fill(
              strings.costsChartDescription,
              [
                "first_onpremise": format.money(first.onPremise.total),
                "first_plan": format.money(first.plan.total),
                "last_onpremise": format.money(last.onPremise.total),
                "last_plan": format.money(last.plan.total),
                "years": values.counted(plan.yearlyCosts.count, "year"),
              ]),
            kind: .lines(lines), table: table,
            legend: [
              strings.seriesOnPremise + " " + strings.legendSolid,
              strings.seriesPlan + " " + strings.legendDashed,
            ])))
      var categoryRows: [[ReportCell]] = []
      for (index, category) in first.onPremise.categories.enumerated() {
        categoryRows.append([
          .code(category.key, label: strings.costCategories[category.key] ?? category.key),
          values.money(category.amount), values.money(first.plan.categories[index].amount),
          values.money(last.onPremise.categories[index].amount),
          values.money(last.plan.categories[index].amount),
        ])
      }
      blocks.append(
        .table(
          ReportTable(
            id: "cost_categories", caption: strings.costCategoriesCaption,
            columns: [
              .init("category", strings.columnCategory),
              .init(
                "first_year_on_premise",
                values.fill(strings.columnFirstYear, ["series": strings.seriesOnPremiseShort]),
                numeric: true),
              .init(
                "first_year_plan", values.fill(strings.columnFirstYear, ["series": strings.seriesPlanShort]),
                numeric: true),
              .init(
                "last_year_on_premise",
                values.fill(strings.columnLastYear, ["series": strings.seriesOnPremiseShort]), numeric: true),
              .init(
                "last_year_plan", values.fill(strings.columnLastYear, ["series": strings.seriesPlanShort]),
                numeric: true),
            ], rows: categoryRows)))
    }
    if !plan.costNotes.isEmpty {
      blocks.append(.paragraph(ReportText([.strong(strings.costNotesLead)])))
      blocks.append(.list(plan.costNotes.map { ReportText(values.text($0)) }, ordered: false))
    }
    return ReportSection(id: "costs", title: strings.costsTitle, blocks: blocks)
  }

  func planNotesSection(_ plan: Plan) -> ReportSection {
    var blocks: [ReportBlock] = []
    if plan.warnings.isEmpty && plan.relaxations.isEmpty {
      blocks.append(.paragraph(ReportText(strings.planNoWarnings)))
    }
    if !plan.warnings.isEmpty {
      blocks.append(
        .list(
          plan.warnings.map { warning in
            let mark: ReportMark
            switch warning.level {
            case .critical: mark = .critical
            case .warning: mark = .medium
            case .info: mark = .info
            }
            return ReportText([
              .mark(mark, strings.warningLevels[warning.level.rawValue] ?? warning.level.rawValue),
              .plain(" " + values.text(warning.text)),
            ])
          }, ordered: false))
    }
    if !plan.relaxations.isEmpty {
      blocks.append(.paragraph(ReportText([.strong(strings.relaxationsLead)])))
      blocks.append(.list(plan.relaxations.map { ReportText(values.text($0.text)) }, ordered: false))
    }
    if !plan.unscheduled.isEmpty {
      blocks.append(
        .table(
          ReportTable(
            id: "unscheduled", caption: strings.unscheduledCaption,
            columns: [
              .init("application", strings.columnId), .init("name", strings.columnName),
              .init("strategy", strings.columnStrategy), .init("reason", strings.columnReasons),
            ],
            rows: plan.unscheduled.map {
              [
                .text($0.applicationId), .text($0.name),
                .code(
                  $0.strategy.rawValue,
                  label: strings.strategies[$0.strategy.rawValue] ?? $0.strategy.rawValue),
                .text(values.text($0.reason)),
              ]
            })))
    }
    return ReportSection(id: "plan_notes", title: strings.planNotesTitle, blocks: blocks)
  }

  /// `10/2026–09/2027`.
  func period(_ year: PlanYearCost) -> String {
    values.format.month(year.start) + "–" + values.format.month(year.end)
  }
}
