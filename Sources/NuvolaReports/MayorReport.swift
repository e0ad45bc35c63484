import NuvolaEngine
import NuvolaSupport

/// The mayor's and giunta's report: one page first in plain Italian (where we are, the PNRR money,
/// and, when a plan is given, the plan, the costs now and after, the savings and the next decision),
/// a short glossary, then the details (CED status, PNRR measures, sources).
///
/// A class rather than a struct: its methods are passed around as closures (`map(evidenceText)`),
/// and copying the inputs at each capture cost more than all the rendering in a national run.
final class MayorReport {
  let inputs: ReportInputs
  let values: ReportValues
  let strings: ReportStrings
  let common: ReportCommon

  init(inputs: ReportInputs, values: ReportValues) {
    self.inputs = inputs
    self.values = values
    strings = values.strings
    common = ReportCommon(inputs: inputs, values: values)
  }

  func build() -> ReportDocument {
    var pageOne: [ReportBlock] = [.subsection(whereWeAre())]
    if let plan = inputs.plan {
      pageOne.append(.subsection(planSummary(plan)))
      if let costs = costsNowAndAfter(plan) { pageOne.append(.subsection(costs)) }
      if let savings = savings(plan) { pageOne.append(.subsection(savings)) }
    }
    if let funding = inputs.funding { pageOne.append(.subsection(pnrrMoney(funding))) }
    if let plan = inputs.plan { pageOne.append(.subsection(nextDecision(plan))) }
    var sections = [
      ReportSection(id: "one_page", title: strings.onePageTitle, blocks: pageOne, startsPage: false),
      // Right after the first page, before any detail: the words it uses.
      ReportSection(id: "glossary", title: strings.glossaryTitle, blocks: [.glossary(glossary)]),
    ]
    if let plan = inputs.plan {
      sections.append(wavesSection(plan))
      sections.append(costsSection(plan))
    }
    if let classification = inputs.classification {
      sections.append(
        ReportSection(
          id: "ced", title: strings.mayorCEDTitle,
          blocks: [
            .paragraph(ReportText(strings.mayorCEDIntro)),
            .table(ReportTables.cedSites(classification, values: values)),
            .note(ReportText(values.text(classification.statement)), .info),
          ]))
    }
    if let funding = inputs.funding {
      sections.append(
        ReportSection(
          id: "pnrr", title: strings.mayorPNRRTitle,
          blocks: [
            .paragraph(
              ReportText(values.fill(strings.mayorPNRRIntro, ["population": common.population.text]))),
            .table(ReportTables.measures(funding, values: values)),
          ]))
    }
    if let plan = inputs.plan { sections.append(planNotesSection(plan)) }
    var sources = common.sourcesSection(
      kinds: ["ced_criteria", "pnrr_measure"],
      ids: Set([inputs.rules.auditThresholds.provenance.id] + (inputs.plan?.rulesFiles.map(\.id) ?? [])),
      parameters: [])
    if let plan = inputs.plan {
      sources.blocks.append(.table(ReportTables.planDefaults(plan, values: values)))
    }
    sections.append(sources)
    return ReportDocument(
      audience: .mayor, language: values.language, title: strings.mayorTitle, subtitle: common.subtitle,
      istatCode: inputs.inventory.comune.istatCode, asOf: inputs.asOf, facts: common.facts,
      notices: common.notices, sections: sections, footer: common.footer, tableOfContents: false)
  }

  // MARK: Where we are

  func whereWeAre() -> ReportSection {
    let format = values.format
    let summary = inputs.summary
    var items: [ReportText] = []
    if summary.applicationCount == 0 {
      items.append(ReportText(strings.mayorNoApplications))
    } else {
      items.append(
        ReportText(
          values.fill(
            strings.mayorApplications,
            [
              "apps": values.counted(summary.applicationCount, "program"),
              "cloud": format.integer(summary.cloudApplications),
              "local": format.integer(summary.applicationCount - summary.cloudApplications),
              "share": summary.cloudShare.map(format.percent) ?? strings.unknown,
            ])))
    }
    if let classification = inputs.classification {
      let groupB = classification.sites.count(where: { $0.cedClass == .gruppoB })
      let classA = classification.sites.count - groupB
      if classification.sites.isEmpty {
        items.append(ReportText(strings.mayorNoCED))
      } else {
        var spans: [ReportText.Span] = [
          .plain(values.fill(strings.mayorCEDCount, ["count": format.integer(classification.sites.count)]))
        ]
        if groupB > 0 {
          spans.append(.plain(" "))
          spans.append(.mark(.bad, values.fill(strings.mayorCEDGroupB, ["count": format.integer(groupB)])))
          spans.append(.plain(strings.mayorCEDGroupBMeaning))
        }
        if classA > 0 {
          spans.append(.plain(" "))
          spans.append(.mark(.good, values.fill(strings.mayorCEDClassA, ["count": format.integer(classA)])))
          spans.append(.plain(strings.mayorCEDClassAMeaning))
        }
        items.append(ReportText(spans))
      }
    }
    if let findings = inputs.findings {
      let critical = findings.count(of: .critical)
      let high = findings.count(of: .high)
      items.append(
        ReportText(
          values.fill(
            critical + high == 0 ? strings.mayorNoUrgentFindings : strings.mayorFindings,
            [
              "critical": format.integer(critical), "high": format.integer(high),
              "total": values.counted(findings.count, critical + high == 0 ? "minor_finding" : "finding"),
            ]
          )))
    }
    if let spend = inputs.inventory.comune.ictSpend {
      items.append(ReportText(values.fill(strings.mayorSpend, ["amount": format.money(spend)])))
    } else {
      items.append(ReportText(strings.mayorSpendUnknown))
    }
    return ReportSection(
      id: "where_we_are", title: strings.whereWeAreTitle, blocks: [.list(items, ordered: false)])
  }

  // MARK: PNRR money

  func pnrrMoney(_ funding: FundingAssessment) -> ReportSection {
    let format = values.format
    var total = Money.zero
    var estimated = Money.zero
    var measuresCounted = 0
    var perService: [String] = []
    for measure in funding.measures {
      var counted = false
      for component in measure.components where measure.eligibility == .eligible {
        switch component.component.kind {
        case .lumpSum:
          guard let amount = component.amount else { continue }
          total += amount
          if component.status == .estimate { estimated += amount }
          counted = true
        case .perService:
          let title = values.fill(strings.quoted, ["text": values.text(measure.title)])
          if !perService.contains(title) { perService.append(title) }
        }
      }
      if counted { measuresCounted += 1 }
    }
    var blocks: [ReportBlock] = []
    var sentence = values.fill(
      strings.mayorPNRRTotal, ["amount": format.money(total), "count": format.integer(measuresCounted)])
    if estimated.cents > 0 {
      sentence += " " + values.fill(strings.mayorPNRREstimated, ["amount": format.money(estimated)])
    }
    if !perService.isEmpty {
      sentence +=
        " " + values.fill(strings.mayorPNRRPerService, ["measures": perService.joined(separator: ", ")])
    }
    blocks.append(.paragraph(ReportText(sentence)))
    let positions = funding.measures.compactMap { measure in measure.position.map { (measure, $0) } }
    if positions.contains(where: { $0.1.consequence != .notApplied }) {
      blocks.append(.paragraph(ReportText(values.fill(strings.awardsLead, ["day": format.day(inputs.asOf)]))))
      blocks.append(
        .list(
          positions.map { measure, position in
            var spans: [ReportText.Span] = [.strong(measure.code + " " + values.text(measure.title) + ": ")]
            let mark: ReportMark? =
              position.consequence == .paid ? .good : (position.consequence == .toComplete ? .bad : nil)
            let label = values.text(position.consequence.label)
            spans.append(mark.map { .mark($0, label) } ?? .plain(label))
            if position.awarded.cents > 0 { spans.append(.plain(" (" + format.money(position.awarded) + ")")) }
            return ReportText(spans)
          }, ordered: false))
    }
    let open = funding.measures.flatMap { $0.openCalls ?? [] }
    let deadlines = funding.measures.flatMap(\.deadlines).sorted { $0.day < $1.day }
    if let lastDeadline = deadlines.last, lastDeadline.day < inputs.asOf {
      blocks.append(
        .note(
          ReportText(
            values.fill(
              strings.mayorDeadlinesPassed,
              ["day": format.day(inputs.asOf), "last": format.day(lastDeadline.day)])), .warning))
    } else if let next = deadlines.first(where: { $0.day >= inputs.asOf }) {
      blocks.append(
        .note(
          ReportText(
            values.fill(
              strings.mayorNextDeadline, ["day": format.day(next.day), "text": values.text(next.text)])),
          .warning))
    }
    if open.isEmpty {
      blocks.append(
        .paragraph(ReportText(values.fill(strings.mayorNoOpenCalls, ["day": format.day(inputs.asOf)]))))
    } else {
      blocks.append(
        .paragraph(
          ReportText(
            values.fill(
              strings.mayorOpenCalls, ["day": format.day(inputs.asOf), "calls": open.joined(separator: ", ")])
          )))
    }
    return ReportSection(id: "pnrr_money", title: strings.pnrrMoneyTitle, blocks: blocks)
  }

  var glossary: [ReportGlossaryEntry] {
    strings.glossary.map { ReportGlossaryEntry(term: $0.term, meaning: $0.meaning) }
  }
}
