import NuvolaAwards
import NuvolaEngine
import NuvolaRules

/// The grant writer's PNRR dossier: an overview of every measure, then one section per measure with
/// eligibility and why, amounts with their source and "stima" marking, the 1.2 services and their
/// modes, conditions, deadlines, calls, and a ready-to-adapt text for the candidatura; then the
/// dossier checklist and the sources.
///
/// A class rather than a struct: its methods are passed around as closures (`map(evidenceText)`),
/// and copying the inputs at each capture cost more than all the rendering in a national run.
final class GrantWriterReport {
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
    var sections: [ReportSection] = []
    if let funding = inputs.funding {
      sections.append(overview(funding))
      for measure in funding.measures { sections.append(measureSection(measure, funding: funding)) }
      sections.append(dossier(funding))
    }
    sections.append(common.sourcesSection(kinds: ["pnrr_measure", "data_classes"], parameters: []))
    return ReportDocument(
      audience: .grantWriter, language: values.language, title: strings.grantWriterTitle,
      subtitle: common.subtitle, istatCode: inputs.inventory.comune.istatCode, asOf: inputs.asOf,
      facts: common.facts, notices: common.notices, sections: sections, footer: common.footer)
  }

  func overview(_ funding: FundingAssessment) -> ReportSection {
    var blocks: [ReportBlock] = [.paragraph(ReportText(strings.grantOverviewIntro))]
    if let basis = inputs.rules.measures.first?.populationBasis {
      blocks.append(
        .note(
          ReportText(
            values.fill(
              strings.populationBasisNote,
              ["population": common.population.text, "basis": values.text(basis)])),
          .info))
    }
    blocks.append(.table(ReportTables.measures(funding, values: values)))
    blocks.append(
      .paragraph(
        ReportText([.mark(.estimate, strings.estimateWord), .plain(" " + strings.estimateExplained)])))
    return ReportSection(id: "overview", title: strings.grantOverviewTitle, blocks: blocks, startsPage: false)
  }

  // MARK: One measure

  func measureSection(_ measure: FundingMeasure, funding: FundingAssessment) -> ReportSection {
    let format = values.format
    var facts = [
      ReportFact(id: "call_status", label: strings.columnCall, value: values.callStatus(measure.callStatus)),
      ReportFact(
        id: "eligibility", label: strings.columnEligibility, value: values.eligibility(measure.eligibility)),
      ReportFact(
        id: "population_class", label: strings.columnPopulationClass,
        value: measure.populationClass.map { .text($0.label(values.language)) } ?? values.unknown),
    ]
    if let services = measure.services {
      let range =
        services.min != nil && services.min == services.max
        ? format.integer(services.min ?? 0)
        : values.fill(
          strings.serviceRange,
          [
            "min": services.min.map(format.integer) ?? strings.unknown,
            "max": services.max.map(format.integer) ?? strings.unknown,
          ])
      facts.append(
        ReportFact(
          id: "services", label: strings.factServices,
          value: ReportCell(
            range + (services.confirmed ? "" : " (" + strings.confirmedNo + ")"), .text(range),
            mark: services.confirmed ? nil : .estimate)))
    }
    if !measure.classesConfirmed {
      facts.append(
        ReportFact(
          id: "classes_confirmed", label: strings.factClassesConfirmed,
          value: ReportCell(strings.no, .flag(false), mark: .estimate)))
    }
    facts.append(
      ReportFact(
        id: "rules_file", label: strings.factRulesFile,
        value: .text(measure.provenance.fileName + " (" + format.day(measure.provenance.date) + ")")))
    var blocks: [ReportBlock] = [.facts(facts)]
    if let position = measure.position {
      facts.insert(
        ReportFact(
          id: "award_position", label: strings.factAwardPosition,
          value: .code(
            position.consequence.rawValue, label: values.text(position.consequence.label),
            mark: position.consequence == .paid ? .good : (position.consequence == .toComplete ? .bad : nil))),
        at: 1)
      blocks[0] = .facts(facts)
      blocks.append(.note(ReportText(values.text(position.sentence)), position.consequence == .toComplete ? .warning : .info))
      if !position.awards.isEmpty {
        blocks.append(.list(position.awards.map { ReportText(awardLine($0)) }, ordered: false))
      }
      if !position.atRisk.isEmpty {
        blocks.append(.paragraph(ReportText([.strong(strings.awardsRiskLead)])))
        blocks.append(.list(position.atRisk.map { ReportText($0) }, ordered: false))
      }
    }
    if let status = measure.callStatus {
      blocks.append(.note(ReportText(values.text(status.sentence)), status.acceptsApplications ? .info : .warning))
    }
    if !measure.reasons.isEmpty {
      blocks.append(.paragraph(ReportText([.strong(strings.whyLead)])))
      blocks.append(.list(measure.reasons.map { ReportText(values.text($0)) }, ordered: false))
    }
    blocks.append(.table(amounts(measure)))
    if inputs.rules.cloudMeasure?.code == measure.code {
      blocks += cloudBlocks(funding)
    }
    if !measure.conditions.isEmpty { blocks.append(.table(conditions(measure))) }
    if !measure.deadlines.isEmpty { blocks.append(.table(deadlines(measure))) }
    if !measure.calls.isEmpty { blocks.append(.table(calls(measure))) }
    blocks.append(
      .paragraph(
        ReportText(
          strings.sourcesLead + " " + measure.provenance.sources.map(\.citation).joined(separator: "; "))))
    if measure.eligibility == .notEligible {
      blocks.append(.paragraph(ReportText(strings.candidaturaNotEligible)))
    } else if measure.callStatus?.acceptsApplications != true {
      blocks.append(
        .paragraph(
          ReportText(values.fill(strings.candidaturaNoOpenCall, ["day": values.format.day(inputs.asOf)]))))
    } else {
      blocks.append(
        .textBlock(
          id: "candidatura-" + measure.code, title: strings.candidaturaTitle,
          text: candidatura(measure, funding: funding)))
    }
    return ReportSection(
      id: "measure-" + measure.code,
      title: values.fill(
        strings.measureHeading, ["code": measure.code, "title": values.text(measure.title)]),
      blocks: blocks)
  }

  func amounts(_ measure: FundingMeasure) -> ReportTable {
    var rows: [[ReportCell]] = []
    for component in measure.components {
      rows.append([
        .text(measure.code),
        .code(component.component.key, label: values.text(component.component.label)),
        .code(
          component.component.kind.rawValue,
          label: strings.componentKinds[component.component.kind.rawValue] ?? ""),
        values.flag(component.component.mandatory),
        values.fundingAmount(component),
        values.fundingStatus(component.status),
        component.basis.map { .code($0.rawValue, label: strings.amountBases[$0.rawValue] ?? $0.rawValue) }
          ?? values.unknown,
        values.text(component.note),
      ])
    }
    return ReportTable(
      id: "amounts", caption: values.fill(strings.amountsCaption, ["code": measure.code]),
      columns: [
        .init("measure", strings.columnMeasure, shown: false), .init("component", strings.columnComponent),
        .init("kind", strings.columnAmountKind), .init("mandatory", strings.columnMandatory),
        .init("amount", strings.columnAmount, numeric: true),
        .init("amount_status", strings.columnAmountStatus),
        .init("basis", strings.columnBasis), .init("note", strings.columnNote),
      ], rows: rows)
  }

  /// The 1.2 part: what the two modes are, and how each application can move.
  func cloudBlocks(_ funding: FundingAssessment) -> [ReportBlock] {
    var blocks: [ReportBlock] = []
    if let cloud = inputs.rules.cloudMeasure?.cloud {
      var modeFacts: [ReportFact] = []
      var modeSources: [String] = []
      for mode in CloudMigrationRules.Mode.allCases {
        guard let name = cloud.modes[mode] else { continue }
        if let source = cloud.modeSources[mode] { modeSources.append(source.citation) }
        modeFacts.append(
          ReportFact(
            id: "mode_" + mode.rawValue.lowercased(),
            label: values.fill(strings.modeLabel, ["mode": mode.rawValue]),
            value: .text(values.text(name))))
      }
      blocks.append(.facts(modeFacts))
      if !modeSources.isEmpty {
        blocks.append(.paragraph(ReportText(strings.sourcesLead + " " + modeSources.joined(separator: "; "))))
      }
    }
    let fundable = funding.fundableServices.count
    let done = funding.alreadyDone.count
    blocks.append(
      .paragraph(
        ReportText(
          values.fill(
            strings.cloudServicesIntro,
            [
              "fundable": values.format.integer(fundable), "done": values.format.integer(done),
              "total": values.format.integer(funding.cloudServices.count),
            ]))))
    var rows: [[ReportCell]] = []
    // What can be funded first: that is what the candidatura lists.
    let order: [FundingCloudService.Status] = [.fundable, .needsFacts, .notFundable, .alreadyDone]
    let services = funding.cloudServices.enumerated().sorted { lhs, rhs in
      let left = order.firstIndex(of: lhs.element.status) ?? order.count
      let right = order.firstIndex(of: rhs.element.status) ?? order.count
      return left != right ? left < right : lhs.offset < rhs.offset
    }.map(\.element)
    for service in services {
      let statusMark: ReportMark
      switch service.status {
      case .fundable: statusMark = .good
      case .alreadyDone: statusMark = .info
      case .notFundable: statusMark = .bad
      case .needsFacts: statusMark = .unknown
      }
      rows.append([
        .text(service.name), .text(service.applicationId), values.domain(service.domain),
        values.code(service.deployment, strings.deployments),
        .code(service.status.rawValue, label: values.text(service.status.label), mark: statusMark),
        values.list(service.moves.map(shortMoveText), separator: ", "),
        service.proposed.map {
          ReportCell(moveText($0), .code($0.destination.rawValue + ":" + $0.mode.rawValue))
        }
          ?? ReportCell(strings.none, .unknown),
        values.code(service.dataClass, strings.dataClasses),
        values.list(service.reasons.map(values.text), separator: " "),
      ])
    }
    blocks.append(
      .table(
        ReportTable(
          id: "cloud_services", caption: strings.cloudServicesCaption,
          columns: [
            .init("name", strings.columnName), .init("application", strings.columnId, shown: false),
            .init("domain", strings.columnDomain), .init("deployment", strings.columnDeployment),
            .init("status", strings.columnStatus), .init("moves", strings.columnMoves),
            .init("proposed", strings.columnProposed), .init("data_class", strings.columnDataClass),
            .init("reasons", strings.columnReasons),
          ], rows: rows, emptyText: strings.noApplications)))
    return blocks
  }

  /// `SaaS (modalità B)`.
  func moveText(_ move: FundingCloudService.Move) -> String {
    values.fill(
      strings.moveTemplate,
      [
        "destination": strings.destinations[move.destination.rawValue] ?? move.destination.rawValue,
        "mode": move.mode.rawValue,
      ])
  }

  /// `SaaS (B)`, for the list of every move.
  func shortMoveText(_ move: FundingCloudService.Move) -> String {
    (strings.destinations[move.destination.rawValue] ?? move.destination.rawValue) + " (" + move.mode.rawValue
      + ")"
  }

  func conditions(_ measure: FundingMeasure) -> ReportTable {
    ReportTable(
      id: "conditions", caption: values.fill(strings.conditionsCaption, ["code": measure.code]),
      columns: [
        .init("measure", strings.columnMeasure, shown: false), .init("id", strings.columnId, shown: false),
        .init("condition", strings.columnCondition), .init("confirmed", strings.columnConfirmed),
        .init("source", strings.columnSource),
      ],
      rows: measure.conditions.map {
        [
          .text(measure.code), .text($0.id), .text(values.text($0.text)), values.confirmed($0.confirmed),
          .text($0.source.citation),
        ]
      })
  }

  func deadlines(_ measure: FundingMeasure) -> ReportTable {
    ReportTable(
      id: "deadlines", caption: values.fill(strings.deadlinesCaption, ["code": measure.code]),
      columns: [
        .init("measure", strings.columnMeasure, shown: false), .init("id", strings.columnId, shown: false),
        .init("day", strings.columnDay), .init("what", strings.columnWhat),
        .init("timing", strings.columnTiming), .init("confirmed", strings.columnConfirmed),
        .init("source", strings.columnSource),
      ],
      rows: measure.deadlines.sorted { $0.day < $1.day }.map { deadline in
        let passed = deadline.day < inputs.asOf
        return [
          .text(measure.code), .text(deadline.id), values.day(deadline.day),
          .text(values.text(deadline.text)),
          passed
            ? .code("passed", label: strings.deadlinePassed, mark: .bad)
            : .code("upcoming", label: strings.deadlineUpcoming, mark: .info),
          values.confirmed(deadline.confirmed), .text(deadline.source.citation),
        ]
      })
  }

  func calls(_ measure: FundingMeasure) -> ReportTable {
    let open = Set(measure.openCalls ?? [])
    return ReportTable(
      id: "calls",
      caption: values.fill(
        strings.callsCaption, ["code": measure.code, "day": values.format.day(inputs.asOf)]),
      columns: [
        .init("measure", strings.columnMeasure, shown: false), .init("call", strings.columnCall),
        .init("opens", strings.columnOpens), .init("closes", strings.columnCloses),
        .init("budget", strings.columnBudget, numeric: true), .init("open_on_as_of", strings.columnOpenNow),
        .init("source", strings.columnSource),
      ],
      rows: measure.calls.map { call in
        [
          .text(measure.code), .text(call.name), values.day(call.opens), values.day(call.closes),
          values.money(call.budget),
          open.contains(call.id)
            ? ReportCell(strings.callOpen, .flag(true), mark: .good)
            : ReportCell(strings.callClosed, .flag(false)),
          .text(call.source.citation),
        ]
      })
  }

  // MARK: Candidatura

  /// A text to adapt: who applies, what for, how much and on which conditions; the facts Nuvola does
  /// not know are left as bracketed blanks to fill, never invented.
  func candidatura(_ measure: FundingMeasure, funding: FundingAssessment) -> String {
    let format = values.format
    let comune = inputs.comuneName + (inputs.registerEntry.map { " (\($0.provinceAbbreviation))" } ?? "")
    let population =
      inputs.population.value.map {
        values.fill(
          strings.candidaturaPopulation,
          ["count": format.integer($0), "source": values.text(inputs.population.text)])
      } ?? strings.candidaturaPopulationUnknown
    var paragraphs = [
      values.fill(
        strings.candidaturaIntro,
        [
          "comune": comune, "istat": inputs.inventory.comune.istatCode, "population": population,
          "code": measure.code, "title": values.text(measure.title),
        ])
    ]
    if inputs.rules.cloudMeasure?.code == measure.code {
      let services = funding.fundableServices
      if !services.isEmpty {
        var lines = [values.fill(strings.candidaturaServices, ["count": format.integer(services.count)])]
        for service in services {
          lines.append(
            "- " + service.name + ": " + (service.proposed.map(moveText) ?? strings.candidaturaMoveToChoose))
        }
        paragraphs.append(lines.joined(separator: "\n"))
      }
      let unclassified = services.filter(\.needsClassification).map(\.name)
      if !unclassified.isEmpty {
        paragraphs.append(
          values.fill(strings.candidaturaClassify, ["services": unclassified.joined(separator: ", ")]))
      }
    }
    var amountLines: [String] = []
    for component in measure.components {
      let label = values.text(component.component.label)
      if let amount = component.amount {
        var line = "- " + label + ": " + format.money(amount)
        if component.component.kind == .perService { line += " " + strings.perServiceSuffix }
        if component.status == .estimate { line += " (" + strings.candidaturaEstimate + ")" }
        amountLines.append(line)
      } else {
        amountLines.append("- " + label + ": " + strings.candidaturaAmountUnknown)
      }
    }
    let populationClass = measure.populationClass.map { $0.label(values.language) } ?? strings.unknown
    paragraphs.append(
      ([values.fill(strings.candidaturaAmounts, ["class": populationClass])] + amountLines).joined(
        separator: "\n"))
    if !measure.conditions.isEmpty {
      paragraphs.append(
        ([strings.candidaturaConditions] + measure.conditions.map { "- " + values.text($0.text) })
          .joined(separator: "\n"))
    }
    paragraphs.append(strings.candidaturaToComplete)
    return paragraphs.joined(separator: "\n\n")
  }

  // MARK: Dossier

  func dossier(_ funding: FundingAssessment) -> ReportSection {
    let table = ReportTable(
      id: "dossier", caption: strings.dossierCaption,
      columns: [
        .init("id", strings.columnId, shown: false), .init("step", strings.columnStep),
        .init("confirmed", strings.columnConfirmed), .init("source", strings.columnSource),
      ],
      rows: funding.dossier.map {
        [
          .text($0.id), ReportCell("☐ " + values.text($0.text), .text(values.text($0.text))),
          values.confirmed($0.confirmed), .text($0.source.citation),
        ]
      }, emptyText: strings.none)
    return ReportSection(
      id: "dossier", title: strings.dossierTitle,
      blocks: [.paragraph(ReportText(strings.dossierIntro)), .table(table)])
  }

  /// One award as a line: call, window, amount, CUP, state and its day, and the date of its data.
  func awardLine(_ award: Award) -> String {
    let format = values.format
    var line = award.avviso + " (" + (values.language == .it ? "finestra " : "window ") + String(award.window) + "): "
    line += format.money(award.amount) + ", CUP " + award.cup + ", " + values.text(award.state.label)
    if let day = award.stateDay { line += " " + (values.language == .it ? "il " : "on ") + format.day(day) }
    return line + " (" + values.text(award.source.label) + ")"
  }
}
