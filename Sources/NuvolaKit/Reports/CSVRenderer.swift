/// Renders every table of a report document as its own CSV file: one file per table id (tables
/// sharing an id are joined), every column (also those HTML leaves out), the column titles of the
/// report's language as header. Written for spreadsheets: UTF-8 with a byte-order mark so accents
/// show right, formula-looking cells neutralised, and in Italian `;` between cells with decimal
/// commas, which is what a spreadsheet set to Italian reads as numbers. Pure: document in, text out.
struct CSVRenderer {
  let document: ReportDocument
  let format: ReportFormatter

  init(_ document: ReportDocument) {
    self.document = document
    format = ReportFormatter(document.language)
  }

  /// The cell separator of the document's language.
  var separator: Character { document.language == .it ? ";" : "," }

  /// One file per table id, in the order tables first appear: (table id, text).
  func render() -> [(id: String, text: String)] {
    var order: [String] = []
    var merged: [String: ReportTable] = [:]
    for table in document.tables {
      if var existing = merged[table.id] {
        existing.rows += table.rows
        merged[table.id] = existing
      } else {
        order.append(table.id)
        merged[table.id] = table
      }
    }
    let writer = CSVWriter(
      separator: separator, neutraliseFormulas: true, byteOrderMark: true, lineEnding: .crlf)
    return order.compactMap { id in
      guard let table = merged[id] else { return nil }
      return (id, writer.document(header: table.columns.map(\.title), rows: table.rows.map { $0.map(text) }))
    }
  }

  /// Numbers and days as the language's spreadsheet reads them; everything else as the reader sees it.
  func text(_ cell: ReportCell) -> String {
    switch cell.value {
    case .integer(let value): return String(value)
    case .decimal(let value): return format.plain(value)
    case .money(let value): return format.plain(value)
    case .day(let value): return format.day(value)
    case .unknown, .text, .code, .flag, .list: return cell.text
    }
  }
}
