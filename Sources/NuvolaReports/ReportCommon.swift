import NuvolaRules

/// The parts every report shares: the title block (who, which day, which population), the notices
/// a reader must not miss, and the sources section listing every rules file used with its date and
/// provenance, plus the defaults the report relied on with their sources.
final class ReportCommon {
  let inputs: ReportInputs
  let values: ReportValues
  let strings: ReportStrings

  init(inputs: ReportInputs, values: ReportValues) {
    self.inputs = inputs
    self.values = values
    strings = values.strings
  }

  /// `Comune di Sondrio (SO), codice ISTAT 014061`.
  var subtitle: String {
    let province = inputs.registerEntry.map { " (\($0.provinceAbbreviation))" } ?? ""
    return values.fill(
      strings.subtitle,
      ["comune": inputs.comuneName + province, "istat": inputs.inventory.comune.istatCode])
  }

  var facts: [ReportFact] {
    var facts: [ReportFact] = [
      ReportFact(id: "comune", label: strings.factComune, value: .text(inputs.comuneName)),
      ReportFact(
        id: "istat_code", label: strings.factIstatCode, value: .text(inputs.inventory.comune.istatCode)),
    ]
    if let entry = inputs.registerEntry {
      facts.append(
        ReportFact(
          id: "province", label: strings.factProvince,
          value: .text("\(entry.province) (\(entry.provinceAbbreviation)), \(entry.region)")))
    }
    facts.append(ReportFact(id: "population", label: strings.factPopulation, value: population))
    facts.append(
      ReportFact(
        id: "inventory_date", label: strings.factInventoryDate,
        value: values.day(inputs.inventory.comune.inventoryDate)))
    facts.append(
      ReportFact(
        id: "as_of", label: strings.factAsOf,
        value: ReportCell(values.format.day(inputs.asOf), .day(inputs.asOf))))
    return facts
  }

  /// The population with where it comes from; unknown says why.
  var population: ReportCell {
    let figure = inputs.population
    guard let value = figure.value else {
      return ReportCell(strings.unknown + " (" + values.text(figure.text) + ")", .unknown, mark: .unknown)
    }
    return ReportCell(values.format.integer(value) + " (" + values.text(figure.text) + ")", .integer(value))
  }

  var notices: [ReportText] {
    var notices: [ReportText] = []
    if inputs.inventory.comune.illustrative == true {
      notices.append(
        ReportText([.strong(strings.illustrativeTitle + " "), .plain(strings.illustrativeText)]))
    }
    if inputs.inventory.comune.inventoryDate == nil {
      notices.append(
        ReportText(values.fill(strings.inventoryDateUnknown, ["day": values.format.day(inputs.asOf)])))
    }
    return notices
  }

  /// The sources section: the rules files of the given kinds or ids (the report's own), then the
  /// defaults of `parameters` with the source of each.
  func sourcesSection(kinds: Set<String>, ids: Set<String> = [], parameters: [RuleParameters])
    -> ReportSection
  {
    let files = inputs.rules.files.filter { kinds.contains($0.kind) || ids.contains($0.id) }
    var rows: [[ReportCell]] = []
    for file in files {
      let validity: ReportCell
      switch (file.validFrom, file.validTo) {
      case (nil, nil): validity = ReportCell(strings.validityOpen, .unknown)
      case (let from, let to):
        validity = .text(
          values.fill(
            strings.validityRange,
            ["from": from.map(values.format.day) ?? "…", "to": to.map(values.format.day) ?? "…"]))
      }
      rows.append([
        .text(file.fileName), .text(values.text(file.title)), values.day(file.date), validity,
        .text(file.isBundled ? strings.bundledRules : file.origin), values.citations(file.sources),
      ])
    }
    var blocks: [ReportBlock] = [
      .paragraph(ReportText(strings.sourcesIntro)),
      .table(
        ReportTable(
          id: "rules_files", caption: strings.rulesFilesCaption,
          columns: [
            .init("file", strings.columnFile), .init("title", strings.columnTitle),
            .init("compiled", strings.columnCompiled), .init("validity", strings.columnValidity),
            .init("origin", strings.columnOrigin), .init("sources", strings.columnSources),
          ], rows: rows)),
    ]
    for parameterSet in parameters {
      var parameterRows: [[ReportCell]] = []
      for key in parameterSet.values.keys.sorted() {
        guard let parameter = parameterSet.values[key] else { continue }
        let status =
          parameter.assumption
          ? ReportCell(strings.assumption, .code("assumption"), mark: .estimate)
          : values.confirmed(parameter.confirmed)
        parameterRows.append([
          .text(parameterSet.provenance.fileName), .text(key),
          ReportCell(values.format.decimal(parameter.value, digits: 4), .decimal(parameter.value)),
          .text(parameter.unit(values.language)), status, .text(parameter.source.citation),
          values.text(parameter.note(values.language)),
        ])
      }
      blocks.append(
        .table(
          ReportTable(
            id: "defaults",
            caption: values.fill(strings.defaultsCaption, ["file": parameterSet.provenance.fileName]),
            columns: [
              .init("file", strings.columnFile, shown: false), .init("key", strings.columnKey),
              .init("value", strings.columnValue, numeric: true),
              .init("unit", strings.columnUnit), .init("status", strings.columnStatus),
              .init("source", strings.columnSource), .init("note", strings.columnNote),
            ], rows: parameterRows)))
    }
    var attribution = [strings.registerAttribution]
    switch inputs.population.source {
    case .istat2011: attribution.append(strings.populationAttribution)
    case .istat2022: attribution.append(strings.population2022Attribution)
    case .inventory, .populationFile, .unknown: break
    }
    blocks.append(.paragraph(ReportText(attribution.joined(separator: " "))))
    return ReportSection(id: "sources", title: strings.sourcesTitle, blocks: blocks)
  }

  var footer: String { strings.footer }
}
