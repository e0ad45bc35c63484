import NuvolaFormats
import NuvolaSupport

/// Renders every table of a report document as its own CSV file: one file per table id (tables
/// sharing an id are joined), every column (also those HTML leaves out), the column titles of the
/// report's language as header. Written in a `CSVDialect`: by default the one a spreadsheet set to
/// Italian opens as columns (UTF-8 with a byte-order mark, `;` between cells, decimal commas, CRLF);
/// formula-looking cells are neutralised in every dialect. Pure: document in, text out.
struct CSVRenderer {
  let document: ReportDocument
  let writer: CSVWriter
  let format: ReportFormatter

  init(_ document: ReportDocument, dialect: CSVDialect = .excelItalian) {
    self.document = document
    writer = CSVWriter(dialect: dialect)
    format = ReportFormatter(document.language)
  }

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
    return order.compactMap { id in
      guard let table = merged[id] else { return nil }
      return (id, writer.document(header: table.columns.map(\.title), rows: table.rows.map { $0.map(text) }))
    }
  }

  /// Numbers in the dialect's form, days as the language writes them; everything else as the reader
  /// sees it.
  func text(_ cell: ReportCell) -> String {
    switch cell.value {
    case .integer(let value): return String(value)
    case .decimal(let value): return writer.number(JSON.format(value))
    case .money(let value): return writer.number(value.description)
    case .day(let value): return format.day(value)
    case .unknown, .text, .code, .flag, .list: return cell.text
    }
  }
}
