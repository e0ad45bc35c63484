import NuvolaAwards
import NuvolaFormats
import NuvolaReports
import NuvolaRules
import NuvolaStore
import NuvolaSupport

/// What `nuvola awards` prints: the import summary, a comune's awards and the sums per measure, in
/// Italian (default) or English text, CSV and JSON (machine keys in English).
enum AwardsText {
  // MARK: Import

  static func importReport(
    _ outcomes: [AwardImportOutcome], paths: [String], store: String, context: Context
  ) -> String {
    if context.format == .json {
      return JSON.object([
        ("store", .string(store)),
        (
          "files",
          .array(
            zip(paths, outcomes).map { path, outcome in
              .object([
                ("path", .string(path)), ("source", outcome.file.source.json),
                ("rows_read", .int(outcome.file.rowsRead)), ("comuni_rows", .int(outcome.file.comuniRows)),
                ("awards", .int(outcome.file.awards.count)), ("added", .int(outcome.added)),
                ("replacing", .int(outcome.replacing)), ("superseded", .int(outcome.superseded)),
                ("unchanged", .int(outcome.unchanged)), ("older_than_stored", .int(outcome.olderThanStored)),
                ("unresolved", .array(outcome.file.unresolved.map(\.json))),
              ])
            })
        ),
        ("changed", .bool(!outcomes.allSatisfy(\.changedNothing))),
      ]).serialized(sortKeys: true)
    }
    let it = context.language == .it
    let format = ReportFormatter(context.language)
    func n(_ value: Int) -> String { format.integer(value) }
    var lines: [String] = []
    for (path, outcome) in zip(paths, outcomes) {
      let file = outcome.file
      lines.append("\(path): " + file.source.label.text(context.language))
      lines.append(
        it
          ? "  righe lette \(n(file.rowsRead)), di comuni \(n(file.comuniRows)), risolte \(n(file.awards.count)), "
            + "non risolte \(n(file.unresolved.count))"
          : "  rows read \(n(file.rowsRead)), of comuni \(n(file.comuniRows)), resolved \(n(file.awards.count)), "
            + "unresolved \(n(file.unresolved.count))")
      lines.append(
        it
          ? "  nuove \(n(outcome.added)), aggiornate \(n(outcome.replacing)) (al posto di \(n(outcome.superseded)) "
            + "precedenti), invariate \(n(outcome.unchanged)), più vecchie dei dati già importati "
            + "\(n(outcome.olderThanStored))"
          : "  new \(n(outcome.added)), updated \(n(outcome.replacing)) (superseding \(n(outcome.superseded)) "
            + "older), unchanged \(n(outcome.unchanged)), older than the data already imported "
            + "\(n(outcome.olderThanStored))")
      for row in file.unresolved {
        lines.append(
          (it ? "  riga \(row.line): comune non trovato nel registro ISTAT: " : "  line \(row.line): no such comune in the ISTAT register: ")
            + "\(row.code) \(row.comune) (\(row.province), \(row.region))"
            + (row.ente.isEmpty ? "" : ", \(row.ente)")
            + (it ? " (fuso o rinominato? riga non importata)" : " (merged or renamed? row not imported)"))
      }
    }
    if outcomes.allSatisfy(\.changedNothing) {
      lines.append(
        it
          ? "Nulla è cambiato: il magazzino \(store) aveva già questi dati."
          : "Nothing changed: the store \(store) already held these data.")
    } else {
      lines.append(it ? "Importato in \(store)." : "Imported into \(store).")
    }
    lines.append(AwardSource.attribution)
    return lines.joined(separator: "\n")
  }

  // MARK: One comune

  static func stateText(_ award: Award, _ language: Language) -> String {
    let label = award.state.label.text(language)
    guard let day = award.stateDay else { return label }
    return label + (language == .it ? " il " + day.italian : " on " + day.description)
  }

  static func text(
    entry: RegisterEntry, awards: [Award], book: AwardBook, language: Language, asOf: Day
  ) -> String {
    let it = language == .it
    let format = ReportFormatter(language)
    func date(_ day: Day) -> String { it ? day.italian : day.description }
    var lines = [
      (it ? "Finanziamenti PNRR di " : "PNRR awards of ") + "\(entry.istatCode) \(entry.name) "
        + "(\(entry.provinceAbbreviation), \(entry.region)), " + (it ? "situazione al " : "as of ") + date(asOf)
    ]
    if awards.isEmpty {
      lines.append(
        it
          ? "Nessun finanziamento risulta nei dati PA digitale 2026 per questo comune."
          : "The PA digitale 2026 data hold no award for this comune.")
    } else {
      lines.append("")
      var table = TextTable(
        header: it
          ? ["Misura", "Avviso", "Fin.", "Importo", "CUP", "Decreto", "Stato", "Decretato", "Dati al"]
          : ["Measure", "Call", "Win.", "Amount", "CUP", "Decree", "State", "Decreed", "Data of"],
        rightAligned: [2, 3])
      for award in awards {
        table.append([
          award.measure.code, award.avviso, String(award.window), format.money(award.amount), award.cup,
          award.decree ?? "-", stateText(award, language), date(award.fundingDay), date(award.source.dataDate),
        ])
      }
      lines.append(table.render())
      lines.append("")
      for standing in book.standings(istatCode: entry.istatCode) {
        let state: String
        switch standing.state {
        case .paid: state = it ? "tutto erogato" : "all paid"
        case .assigned: state = it ? "assegnato: da completare e asseverare" : "assigned: to complete and asseverate"
        case .renounced: state = it ? "rinunciato" : "renounced"
        }
        lines.append(
          "\(standing.measure.code) \(standing.measure.title.text(language)): "
            + "\(format.money(standing.awarded)) \(it ? "non rinunciati" : "not renounced"), \(state)")
      }
    }
    lines.append("")
    lines.append(contentsOf: sourceLines(book, language))
    return lines.joined(separator: "\n")
  }

  static func sourceLines(_ book: AwardBook, _ language: Language) -> [String] {
    var lines = book.sources.map { (language == .it ? "Fonte: " : "Source: ") + $0.label.text(language) + " (\($0.fileName))" }
    lines.append(AwardSource.attribution)
    return lines
  }

  static let csvHeader = [
    "istat_code", "name", "measure", "avviso", "window", "amount", "cup", "decree", "state", "state_day",
    "funding_day", "application_day", "source_file", "data_date",
  ]

  static func csv(entry: RegisterEntry, awards: [Award], dialect: CSVDialect, language: Language) -> String {
    let writer = CSVWriter(dialect: dialect)
    return writer.document(
      header: dialect.header(csvHeader, language: language),
      rows: awards.map { award in
        [
          entry.istatCode, entry.name, award.measure.code, award.avviso, String(award.window),
          writer.number(award.amount.description), award.cup, award.decree ?? "", award.state.rawValue,
          award.stateDay?.description ?? "", award.fundingDay.description,
          award.applicationDay?.description ?? "", award.source.fileName, award.source.dataDate.description,
        ]
      })
  }

  static func json(entry: RegisterEntry, awards: [Award], book: AwardBook) -> JSON {
    .object([
      ("comune", .object([("istat_code", .string(entry.istatCode)), ("name", .string(entry.name))])),
      ("awards", .array(awards.map(\.json))),
      (
        "standings",
        .array(
          book.standings(istatCode: entry.istatCode).map {
            .object([
              ("measure", .string($0.measure.code)), ("register_column", .string($0.measure.registerColumn)),
              ("awarded", .string($0.awarded.description)), ("state", .string($0.state.rawValue)),
            ])
          })
      ),
      ("sources", .array(book.sources.map(\.json))),
      ("attribution", .string(AwardSource.attribution)),
    ])
  }

  // MARK: Summary

  static func summaryText(
    _ summaries: [AwardSummary], scope: String, comuni: Int, book: AwardBook, language: Language
  ) -> String {
    let it = language == .it
    let format = ReportFormatter(language)
    func tally(_ value: AwardSummary.Tally) -> String { "\(format.integer(value.count)) / \(format.money(value.amount))" }
    var table = TextTable(
      header: it
        ? ["Misura", "Comuni", "Assegnati (A+E)", "Erogati (E)", "Da completare (A)", "Rinunciati (R)"]
        : ["Measure", "Comuni", "Awarded (A+E)", "Paid (E)", "Pending (A)", "Renounced (R)"],
      rightAligned: [1, 2, 3, 4, 5])
    for summary in summaries {
      table.append([
        summary.measure.code, format.integer(summary.comuni), tally(summary.awarded), tally(summary.paid),
        tally(summary.pending), tally(summary.renounced),
      ])
    }
    var lines = [
      (it ? "Finanziamenti PNRR ai comuni: " : "PNRR awards to comuni: ") + "\(scope) "
        + (it ? "(\(format.integer(comuni)) comuni; numero / importo)" : "(\(format.integer(comuni)) comuni; count / amount)"),
      "", table.render(), "",
    ]
    lines.append(contentsOf: sourceLines(book, language))
    return lines.joined(separator: "\n")
  }

  static func summaryCSV(_ summaries: [AwardSummary], dialect: CSVDialect, language: Language) -> String {
    let writer = CSVWriter(dialect: dialect)
    return writer.document(
      header: dialect.header(
        [
          "measure", "register_column", "comuni", "awarded_count", "awarded_amount", "paid_count", "paid_amount",
          "pending_count", "pending_amount", "renounced_count", "renounced_amount",
        ], language: language),
      rows: summaries.map { summary in
        [summary.measure.code, summary.measure.registerColumn, String(summary.comuni)]
          + [summary.awarded, summary.paid, summary.pending, summary.renounced].flatMap {
            [String($0.count), writer.number($0.amount.description)]
          }
      })
  }

  static func summaryJSON(_ summaries: [AwardSummary], scope: String, comuni: Int, book: AwardBook) -> JSON {
    .object([
      ("scope", .string(scope)),
      ("comuni_in_scope", .int(comuni)),
      ("measures", .array(summaries.map(\.json))),
      ("sources", .array(book.sources.map(\.json))),
      ("attribution", .string(AwardSource.attribution)),
    ])
  }
}
