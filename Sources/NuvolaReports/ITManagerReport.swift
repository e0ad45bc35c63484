import NuvolaEngine
import NuvolaModel
import NuvolaRules

/// The IT manager's report: the inventory at a glance, the audit findings by severity with their
/// evidence and fix, the AgID classification of every site criterion by criterion, the applications
/// (with the strategy of each when a plan is given), the full inventory, and the sources.
///
/// A class rather than a struct: its methods are passed around as closures (`map(evidenceText)`),
/// and copying the inputs at each capture cost more than all the rendering in a national run.
final class ITManagerReport {
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
    var sections = [summarySection(), findingsSection()]
    if let classification = inputs.classification { sections.append(cedSection(classification)) }
    if let plan = inputs.plan { sections.append(strategiesSection(plan)) }
    sections.append(applicationsSection())
    sections.append(inventorySection())
    sections.append(
      common.sourcesSection(
        kinds: ["ced_criteria", "os_lifecycle"], ids: [inputs.rules.auditThresholds.provenance.id],
        parameters: [inputs.rules.auditThresholds]))
    return ReportDocument(
      audience: .itManager, language: values.language, title: strings.itManagerTitle,
      subtitle: common.subtitle,
      istatCode: inputs.inventory.comune.istatCode, asOf: inputs.asOf, facts: common.facts,
      notices: common.notices, sections: sections, footer: common.footer)
  }

  // MARK: Summary

  func summarySection() -> ReportSection {
    let summary = inputs.summary
    let comune = inputs.inventory.comune
    let format = values.format
    let sites = summary.sitesByKind.values.reduce(0, +)
    var blocks: [ReportBlock] = [.paragraph(ReportText(strings.itSummaryIntro))]
    let cost =
      summary.applicationCount == summary.applicationsWithoutCost
      ? values.unknown : values.money(summary.applicationYearlyCost)
    blocks.append(
      .facts([
        ReportFact(id: "sites", label: strings.factSites, value: values.integer(sites)),
        ReportFact(
          id: "physical_servers", label: strings.factPhysicalServers,
          value: values.integer(summary.physicalServers)),
        ReportFact(
          id: "virtual_machines", label: strings.factVirtualMachines,
          value: values.integer(summary.virtualMachines)),
        ReportFact(
          id: "workstations", label: strings.factWorkstations, value: values.integer(summary.workstations)),
        ReportFact(
          id: "applications", label: strings.factApplications, value: values.integer(summary.applicationCount)
        ),
        ReportFact(
          id: "cloud_applications", label: strings.factCloudApplications,
          value: ReportCell(
            format.integer(summary.cloudApplications)
              + (summary.cloudShare.map { " (" + format.percent($0) + ")" } ?? ""),
            .integer(summary.cloudApplications))),
        ReportFact(id: "links", label: strings.factLinks, value: values.integer(summary.linkCount)),
        ReportFact(
          id: "application_yearly_cost", label: strings.factApplicationCost,
          value: summary.applicationsWithoutCost == 0 || cost.value == .unknown
            ? cost
            : ReportCell(
              cost.text + " "
                + values.fill(
                  strings.withoutFigure, ["count": format.integer(summary.applicationsWithoutCost)]),
              cost.value)),
        ReportFact(id: "ict_spend", label: strings.factICTSpend, value: values.money(comune.ictSpend)),
        ReportFact(id: "staff", label: strings.factStaff, value: values.integer(comune.staff)),
        ReportFact(id: "it_staff", label: strings.factITStaff, value: values.integer(comune.itStaff)),
      ]))
    if let findings = inputs.findings {
      var rows: [[ReportCell]] = []
      for severity in FindingSeverity.allCases {
        rows.append([
          values.severity(severity), values.integer(findings.count(of: severity)),
        ])
      }
      blocks.append(
        .table(
          ReportTable(
            id: "findings_by_severity", caption: strings.findingsBySeverityCaption,
            columns: [
              .init("severity", strings.columnSeverity), .init("count", strings.columnCount, numeric: true),
            ],
            rows: rows)))
    }
    if let chart = ReportCharts(values: values).spendChart(SpendByCategory(inputs.inventory)) {
      blocks.append(.chart(chart))
    }
    return ReportSection(id: "summary", title: strings.summaryTitle, blocks: blocks, startsPage: false)
  }

  // MARK: Findings

  func findingsSection() -> ReportSection {
    guard let findings = inputs.findings else {
      return ReportSection(id: "findings", title: strings.findingsTitle)
    }
    var counts: [String] = []
    for severity in FindingSeverity.allCases {
      let count = findings.count(of: severity)
      if count > 0 { counts.append(values.text(severity.label) + ": " + values.format.integer(count)) }
    }
    let intro =
      findings.isEmpty
      ? values.fill(strings.noFindings, ["day": values.format.day(inputs.asOf)])
      : values.fill(
        strings.findingsIntro,
        [
          "count": values.counted(findings.count, "finding"), "day": values.format.day(inputs.asOf),
          "counts": counts.joined(separator: ", "),
        ])
    var rows: [[ReportCell]] = []
    for finding in findings {
      let record = finding.evidence.first
      rows.append([
        values.severity(finding.severity),
        .text(values.text(finding.title)),
        .code(finding.code.rawValue, label: finding.code.rawValue),
        record.map {
          .code(
            $0.recordType.rawValue,
            label: strings.recordTypes[$0.recordType.rawValue] ?? $0.recordType.rawValue)
        }
          ?? values.unknown,
        values.text(record?.recordId),
        values.list(finding.evidence.map(evidenceText)),
        .text(values.text(finding.message)),
        .text(values.text(finding.fix)),
        values.citations(finding.sources),
        values.list(finding.notes.map(values.text)),
      ])
    }
    let table = ReportTable(
      id: "findings", caption: strings.findingsCaption,
      columns: [
        .init("severity", strings.columnSeverity), .init("title", strings.columnFinding),
        .init("code", strings.columnCode), .init("record_type", strings.columnRecordType),
        .init("record_id", strings.columnRecord), .init("evidence", strings.columnEvidence),
        .init("message", strings.columnMessage), .init("fix", strings.columnFix),
        .init("sources", strings.columnSources), .init("notes", strings.columnNotes),
      ], rows: rows, layout: .records, emptyText: strings.noFindingsShort)
    return ReportSection(
      id: "findings", title: strings.findingsTitle, blocks: [.paragraph(ReportText(intro)), .table(table)])
  }

  /// `os_version = Windows Server 2012 R2`; an unknown value says so.
  func evidenceText(_ evidence: FindingEvidence) -> String {
    guard let field = evidence.field else { return evidence.recordId }
    return field + " = " + (evidence.value ?? strings.unknown)
  }

  // MARK: CED classification

  func cedSection(_ classification: CEDClassification) -> ReportSection {
    var blocks: [ReportBlock] = [.note(ReportText(values.text(classification.statement)), .info)]
    guard !classification.sites.isEmpty else {
      blocks.append(.paragraph(ReportText(strings.noSites)))
      return ReportSection(id: "ced", title: strings.cedTitle, blocks: blocks)
    }
    let criteria = inputs.rules.cedCriteria
    blocks.append(.table(ReportTables.cedSites(classification, values: values)))
    for site in classification.sites {
      var siteBlocks: [ReportBlock] = [
        .facts([
          ReportFact(id: "class", label: strings.columnClass, value: values.cedClass(site.cedClass)),
          ReportFact(
            id: "meaning", label: strings.columnMeaning, value: .text(values.text(site.classDescription))),
        ])
      ]
      if !site.reasons.isEmpty {
        siteBlocks.append(.paragraph(ReportText([.strong(strings.reasonsLead)])))
        siteBlocks.append(.list(site.reasons.map { ReportText(values.text($0.text)) }, ordered: false))
      }
      var rows: [[ReportCell]] = []
      for result in site.criteria {
        rows.append([
          .text(site.siteId),
          .code(result.criterionId, label: values.text(result.title)),
          .code(
            result.family,
            label: criteria.family(result.family).map { values.text($0.title) } ?? result.family),
          values.flag(result.requiredForA),
          values.criterionStatus(result.status),
          values.list(result.evidence.map(evidenceText)),
        ])
      }
      siteBlocks.append(
        .table(
          ReportTable(
            id: "ced_criteria", caption: values.fill(strings.cedCriteriaCaption, ["site": site.siteName]),
            columns: [
              .init("site", strings.columnSite, shown: false), .init("criterion", strings.columnCriterion),
              .init("family", strings.columnFamily), .init("required_for_a", strings.columnRequiredForA),
              .init("status", strings.columnStatus), .init("evidence", strings.columnEvidence),
            ], rows: rows)))
      if !site.obligations.isEmpty {
        siteBlocks.append(.paragraph(ReportText([.strong(strings.obligationsLead)])))
        siteBlocks.append(.list(site.obligations.map(ruleItem), ordered: false))
      }
      blocks.append(
        .subsection(
          ReportSection(
            id: "ced-" + site.siteId,
            title: values.fill(strings.siteHeading, ["name": site.siteName, "id": site.siteId]),
            blocks: siteBlocks)))
    }
    blocks.append(
      .paragraph(
        ReportText(strings.sourcesLead + " " + classification.sources.map(\.citation).joined(separator: "; "))
      ))
    return ReportSection(id: "ced", title: strings.cedTitle, blocks: blocks)
  }

  /// A rule with its source; an unconfirmed one says so.
  func ruleItem(_ item: RuleItem) -> ReportText {
    var spans: [ReportText.Span] = [
      .plain(values.text(item.text) + " (" + strings.sourceWord + ": " + item.source.citation + ")")
    ]
    if !item.confirmed { spans.append(.plain(" ")); spans.append(.mark(.estimate, strings.confirmedNo)) }
    return ReportText(spans)
  }

  // MARK: Applications

  func applicationsSection() -> ReportSection {
    var rows: [[ReportCell]] = []
    for application in inputs.inventory.applications {
      let location: ReportCell
      if let site = application.site {
        location = .text(site)
      } else if let provider = application.provider {
        location = .text(provider)
      } else {
        location = values.unknown
      }
      let choice =
        application.strategyOverride.map { strategy -> ReportCell in
          let label = strings.strategies[strategy.rawValue] ?? strategy.rawValue
          let reason = application.strategyOverrideReason.map { ": " + $0 } ?? ""
          return ReportCell(label + reason, .code(strategy.rawValue))
        } ?? ReportCell(strings.none, .unknown)
      rows.append([
        .text(application.id), .text(application.name), values.domain(application.domain),
        values.text(application.vendor), values.text(application.product),
        values.code(application.deployment, strings.deployments), location,
        values.code(application.dataClass, strings.dataClasses), values.flag(application.personalData),
        values.integer(application.users), values.money(application.yearlyCost),
        values.day(application.contractEnd),
        values.flag(application.saasAlternative), choice,
      ])
    }
    let table = ReportTable(
      id: "applications", caption: strings.applicationsCaption,
      columns: [
        .init("id", strings.columnId), .init("name", strings.columnName),
        .init("domain", strings.columnDomain),
        .init("vendor", strings.columnVendor), .init("product", strings.columnProduct),
        .init("deployment", strings.columnDeployment), .init("runs_at", strings.columnRunsAt),
        .init("data_class", strings.columnDataClass), .init("personal_data", strings.columnPersonalData),
        .init("users", strings.columnUsers, numeric: true),
        .init("yearly_cost", strings.columnYearlyCost, numeric: true),
        .init("contract_end", strings.columnContractEnd),
        .init("saas_alternative", strings.columnSaaSAlternative),
        .init("comune_choice", strings.columnComuneChoice),
      ], rows: rows, emptyText: strings.noApplications)
    return ReportSection(
      id: "applications", title: strings.applicationsTitle,
      blocks: [.paragraph(ReportText(strings.applicationsIntro)), .table(table)])
  }

  // MARK: Inventory

  func inventorySection() -> ReportSection {
    let inventory = inputs.inventory
    var siteRows: [[ReportCell]] = []
    for site in inventory.sites {
      siteRows.append([
        .text(site.id), .text(site.name), values.code(site.kind, strings.siteKinds), values.flag(site.ups),
        values.flag(site.generator), values.flag(site.dedicatedCooling), values.flag(site.fireDetection),
        values.flag(site.offsiteBackup), values.flag(site.disasterRecovery),
        values.decimal(site.itLoad, unit: "kW"),
        values.decimal(site.pue, digits: 2), values.money(site.energyCost),
      ])
    }
    var kindRows: [[ReportCell]] = []
    for kind in AssetKind.allCases {
      guard let count = inputs.summary.devicesByKind[kind], count > 0 else { continue }
      kindRows.append([
        .code(kind.rawValue, label: strings.assetKinds[kind.rawValue] ?? kind.rawValue),
        values.integer(count),
      ])
    }
    var assetRows: [[ReportCell]] = []
    for asset in inventory.assets {
      let location = asset.host.map { ReportCell.text($0) } ?? values.text(asset.site)
      assetRows.append([
        .text(asset.id), values.text(asset.name), values.code(asset.kind, strings.assetKinds),
        values.integer(asset.count), location, values.text(asset.vendor), values.text(asset.model),
        asset.purchaseYear.map { ReportCell(String($0), .integer($0)) } ?? values.unknown,
        values.day(asset.endOfSupport),
        values.text([asset.os, asset.osVersion].compactMap { $0 }.joined(separator: " ")),
      ])
    }
    var linkRows: [[ReportCell]] = []
    for link in inventory.links {
      linkRows.append([
        .text(link.id), .text(link.site), values.code(link.technology, strings.linkTechnologies),
        values.decimal(link.down, unit: "Mbit/s"), values.decimal(link.up, unit: "Mbit/s"),
        values.text(link.provider),
        values.flag(link.backup), values.money(link.yearlyCost),
      ])
    }
    let blocks: [ReportBlock] = [
      .table(
        ReportTable(
          id: "sites", caption: strings.sitesCaption,
          columns: [
            .init("id", strings.columnId), .init("name", strings.columnName),
            .init("kind", strings.columnKind),
            .init("ups", strings.columnUPS), .init("generator", strings.columnGenerator),
            .init("dedicated_cooling", strings.columnCooling),
            .init("fire_detection", strings.columnFireDetection),
            .init("offsite_backup", strings.columnOffsiteBackup),
            .init("disaster_recovery", strings.columnDR),
            .init("it_load_kw", strings.columnITLoad, numeric: true), .init("pue", "PUE", numeric: true),
            .init("energy_cost", strings.columnEnergyCost, numeric: true),
          ], rows: siteRows, emptyText: strings.noSites)),
      .table(
        ReportTable(
          id: "devices_by_kind", caption: strings.devicesByKindCaption,
          columns: [.init("kind", strings.columnKind), .init("count", strings.columnCount, numeric: true)],
          rows: kindRows, emptyText: strings.noAssets)),
      .table(
        ReportTable(
          id: "assets", caption: strings.assetsCaption,
          columns: [
            .init("id", strings.columnId), .init("name", strings.columnName),
            .init("kind", strings.columnKind),
            .init("quantity", strings.columnQuantity, numeric: true),
            .init("location", strings.columnLocation),
            .init("vendor", strings.columnVendor), .init("model", strings.columnModel),
            .init("purchase_year", strings.columnPurchaseYear, numeric: true),
            .init("end_of_support", strings.columnEndOfSupport), .init("os", strings.columnOS),
          ], rows: assetRows, emptyText: strings.noAssets)),
      .table(
        ReportTable(
          id: "links", caption: strings.linksCaption,
          columns: [
            .init("id", strings.columnId), .init("site", strings.columnSite),
            .init("technology", strings.columnTechnology),
            .init("down_mbps", strings.columnDown, numeric: true),
            .init("up_mbps", strings.columnUp, numeric: true), .init("provider", strings.columnProvider),
            .init("backup", strings.columnBackupLink),
            .init("yearly_cost", strings.columnYearlyCost, numeric: true),
          ], rows: linkRows, emptyText: strings.noLinks)),
    ]
    return ReportSection(id: "inventory", title: strings.inventoryTitle, blocks: blocks)
  }
}
