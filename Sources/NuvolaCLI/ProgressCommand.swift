import NuvolaEngine
import NuvolaFormats
import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// `nuvola progress COMUNE`: what a comune achieved between two snapshots (services moved to the
/// cloud, CEDs closed, servers retired, spend, findings resolved and new) and the indicators a region
/// uses to certify a pilot.
enum ProgressCommand {
  static let command = Command(
    spec: CommandSpec(
      name: "progress",
      abstract: "What a comune achieved between two snapshots (the indicators that certify a pilot)",
      discussion: """
        By default compares the previous snapshot with the current one. --from and --to take a date
        (the latest snapshot whose inventory date is on or before it) or a snapshot id (see
        'nuvola show COMUNE'). Each snapshot is audited as of its own inventory date.
        """),
    options: Options.self, run: run)

  struct Options: CommandOptions {
    /// A date or a snapshot id, as `ProgressSelection` reads them.
    var from: String?
    var to: String?
    var comune = ""

    static var options: [OptionDeclaration<Self>] {
      [
        .option(
          "--from", \.from, "DATE", "Older snapshot: a date YYYY-MM-DD or a snapshot id (default: the previous)"),
        .option("--to", \.to, "DATE", "Newer snapshot: a date YYYY-MM-DD or a snapshot id (default: the current)"),
      ]
    }
    static var arguments: [ArgumentDeclaration<Self>] {
      [.required("COMUNE", \.comune, ComuneScope.comuneHelp)]
    }
  }

  static func run(_ options: Options, _ context: Context) throws {
    try context.requireFormat([.text, .json, .csv], command: "progress")
    let entry = try RegisterSelection.resolve(options.comune, register: Register.shipped, command: "progress")
    let store = try context.openStoreForReading()
    let history = try store.snapshots(istatCode: entry.istatCode)
    let pair: ProgressSelection.Pair
    do {
      pair = try ProgressSelection.choose(
        history: history, from: options.from, to: options.to)
    } catch {
      switch error {
      case .notASelector, .sameSnapshot, .reversed:
        throw CLIError.usage(error.description, command: "progress")
      case .fewerThanTwo, .noneOnOrBefore, .unknownSnapshot:
        throw CLIError.failure("\(entry.istatCode) \(entry.name): \(error.description)")
      }
    }
    guard let before = try store.snapshot(id: pair.from.id), let after = try store.snapshot(id: pair.to.id)
    else {
      throw CLIError.failure(
        "\(entry.istatCode) \(entry.name): a snapshot vanished from \(context.databasePath)")
    }
    // Each snapshot is judged as of its own day; one without a date borrows the other's.
    guard let fromDay = pair.from.inventoryDate ?? pair.to.inventoryDate,
      let toDay = pair.to.inventoryDate ?? pair.from.inventoryDate
    else {
      throw CLIError.failure(
        "\(entry.istatCode) \(entry.name): neither snapshot gives an inventory_date, so their audits "
          + "cannot be dated"
      )
    }
    let report = measureProgress(
      from: before, to: after, rules: try context.rules(), fromDay: fromDay, toDay: toDay)
    switch context.format {
    case .json: context.print(report.json.serialized(sortKeys: true))
    case .csv: context.console.out(csv(report, language: context.language, dialect: context.csvDialect))
    case .text: context.print(text(report, language: context.language))
    }
  }

  /// The indicators, one per row, in natural units (euro, percent, kW); unknown values are empty. No
  /// signed change column: the change is after minus before, which a spreadsheet computes.
  static func csv(_ report: ProgressReport, language: Language, dialect: CSVDialect) -> String {
    var writer = CSVWriter(dialect: dialect)
    var text = writer.row(
      dialect.header(
        [
          "istat_code", "from_snapshot", "to_snapshot", "indicator", "label", "unit", "before", "after",
          "better", "verdict",
        ], language: language))
    func value(_ number: Int64?, _ unit: ProgressIndicator.Unit) -> String {
      guard let number else { return "" }
      switch unit {
      case .count: return String(number)
      case .euro: return writer.number(Money(cents: number).description)
      case .percent, .points: return writer.number(ConsolidationText.decimal(Int(number), scale: 10, .en))
      case .kilowatt: return writer.number(ConsolidationText.decimal(Int(number), scale: 1000, .en))
      }
    }
    for indicator in report.indicators {
      text += writer.row([
        report.istatCode, String(report.from.id), String(report.to.id), indicator.key,
        indicator.label.text(language), indicator.unit.rawValue, value(indicator.before, indicator.unit),
        value(indicator.after, indicator.unit), indicator.better.rawValue,
        dialect.value(indicator.verdict.rawValue, label: indicator.verdict.label, language: language),
      ])
    }
    return text
  }

  static func text(_ report: ProgressReport, language: Language) -> String {
    let it = language == .it
    func t(_ italian: String, _ english: String) -> String { it ? italian : english }
    func day(_ info: SnapshotInfo) -> String {
      info.inventoryDate.map { it ? $0.italian : $0.description } ?? t("data ignota", "date unknown")
    }
    func deployment(_ value: Deployment?) -> String { value?.rawValue ?? t("ignota", "unknown") }
    var lines = [
      t("Progressi di ", "Progress of ") + "\(report.istatCode) \(report.name): "
        + t(
          "snapshot \(report.from.id) (\(day(report.from))) -> snapshot \(report.to.id) (\(day(report.to)))",
          "snapshot \(report.from.id) (\(day(report.from))) -> snapshot \(report.to.id) (\(day(report.to)))"),
      "",
      t("Servizi portati in cloud: ", "Services moved to the cloud: ") + "\(report.movedToCloud.count)",
    ]
    for change in report.applications {
      var line =
        "  [\(change.kind.label.text(language))] \(change.id) (\(change.name)): "
        + "\(deployment(change.before)) -> \(deployment(change.after))"
      if let replacement = change.replacement { line += t(" con \(replacement)", " by \(replacement)") }
      lines.append(line)
    }
    lines.append(t("CED chiusi o svuotati: ", "CEDs closed or emptied: ") + "\(report.closedSites.count)")
    for site in report.sites {
      let classes = "\(site.classBefore?.rawValue ?? "-") -> \(site.classAfter?.rawValue ?? "-")"
      lines.append(
        "  [\(site.kind.label.text(language))] \(site.id) (\(site.name)): "
          + t(
            "classe \(classes), server \(site.serversBefore) -> \(site.serversAfter)",
            "class \(classes), servers \(site.serversBefore) -> \(site.serversAfter)"))
    }
    lines.append(
      t(
        "Server dismessi: \(report.serversRetired), aggiunti: \(report.serversAdded) "
          + "(server fisici \(report.serversBefore) -> \(report.serversAfter))",
        "Servers retired: \(report.serversRetired), added: \(report.serversAdded) "
          + "(physical servers \(report.serversBefore) -> \(report.serversAfter))"))
    let money = { (value: Money?) in
      value.map { ConsolidationText.money($0, language) } ?? t("non nota", "unknown")
    }
    lines.append(
      t("Spesa ICT: ", "ICT spend: ") + "\(money(report.spendBefore)) -> \(money(report.spendAfter))"
        + (report.spendChange.map {
          " (" + ($0 > .zero ? "+" : "") + ConsolidationText.money($0, language) + ")"
        } ?? ""))
    lines.append(
      t(
        "Rilievi dell'audit: \(report.findingsBefore) -> \(report.findingsAfter); risolti "
          + "\(report.findingsResolved.count), "
          + "nuovi \(report.findingsNew.count)",
        "Audit findings: \(report.findingsBefore) -> \(report.findingsAfter); resolved "
          + "\(report.findingsResolved.count), "
          + "new \(report.findingsNew.count)"))
    for (label, findings) in [
      (t("risolto", "resolved"), report.findingsResolved), (t("nuovo", "new"), report.findingsNew),
    ] {
      for finding in findings {
        lines.append(
          "  [\(label)] \(finding.code.rawValue) \(finding.severity.label.text(language)) "
            + "\(finding.record.recordType.rawValue) \(finding.record.recordId): "
            + "\(finding.title.text(language))"
        )
      }
    }
    lines.append("")
    var table = TextTable(
      header: [
        t("Indicatore", "Indicator"), t("Prima", "Before"), t("Dopo", "After"), t("Variazione", "Change"),
        t("Esito", "Verdict"),
      ],
      rightAligned: [1, 2, 3])
    for indicator in report.indicators {
      table.append([
        indicator.label.text(language), indicator.text(indicator.before, language),
        indicator.text(indicator.after, language),
        indicator.changeText(language), indicator.verdict.label.text(language),
      ])
    }
    lines += [
      t("Indicatori per la certificazione del pilota", "Indicators to certify the pilot"), table.render(),
    ]
    return lines.joined(separator: "\n")
  }
}
