import NuvolaFormats
import NuvolaSupport

/// Renders a report document as one workbook for the reader to sort and filter: a first sheet with
/// the report's title, day and facts, then one sheet per table id (tables sharing an id joined, as
/// CSV does), every column, the titles of the report's language as a frozen header row. Numbers and
/// amounts are numbers, days are dates; text is typed as text, so nothing reads as a formula.
/// Pure: document in, bytes out; the same document gives the same bytes.
struct ReportWorkbook {
  let document: ReportDocument

  init(_ document: ReportDocument) { self.document = document }

  /// The most characters Excel takes in a sheet name.
  static let sheetNameLimit = 31

  func sheets() -> [WritableSheet] {
    let it = document.language == .it
    var summary: [[CellValue]] = [[.string(document.title)], [.string(document.subtitle)]]
    summary.append([.string(it ? "Situazione al" : "As of"), .date(ReportWorkbook.date(document.asOf))])
    for fact in document.facts { summary.append([.string(fact.label), ReportWorkbook.cell(fact.value)]) }
    var sheets = [
      WritableSheet(name: it ? "Rapporto" : "Report", rows: summary, columnWidths: [40, 60], headingRows: 1)
    ]
    var order: [String] = []
    var merged: [String: ReportTable] = [:]
    for table in document.tables {
      if merged[table.id] != nil {
        merged[table.id]?.rows += table.rows
      } else {
        order.append(table.id)
        merged[table.id] = table
      }
    }
    var names: Set<String> = [sheets[0].name.lowercased()]
    for id in order {
      guard let table = merged[id] else { continue }
      let name = ReportWorkbook.sheetName(table.caption.isEmpty ? id : table.caption, taken: &names)
      var rows: [[CellValue]] = [table.columns.map { .string($0.title) }]
      rows += table.rows.map { $0.map(ReportWorkbook.cell) }
      let widths = table.columns.indices.map { column -> Double in
        let longest = rows.prefix(200).reduce(0) { longest, row in
          guard column < row.count, case .string(let text) = row[column] else { return max(longest, 10) }
          return max(longest, text.count)
        }
        return Double(min(60, max(10, longest + 2)))
      }
      sheets.append(WritableSheet(name: name, rows: rows, columnWidths: widths, headingRows: 1))
    }
    return sheets
  }

  static func cell(_ cell: ReportCell) -> CellValue {
    switch cell.value {
    case .integer(let value): return .number(Double(value))
    case .decimal(let value): return value.isFinite ? .number(value) : .string(cell.text)
    case .money(let value): return .number(value.euros)
    case .day(let value): return .date(date(value))
    case .unknown, .text, .code, .flag, .list: return cell.text.isEmpty ? .empty : .string(cell.text)
    }
  }

  static func date(_ day: Day) -> WorkbookDate {
    WorkbookDate(year: day.year, month: day.month, day: day.day)
  }

  /// A sheet name from a caption: without the characters sheet names cannot hold, at most 31
  /// characters, not used before (a number added: `Rilievi 2`).
  static func sheetName(_ caption: String, taken: inout Set<String>) -> String {
    let forbidden: Set<Character> = [":", "\\", "/", "?", "*", "[", "]", "'"]
    var base = String(caption.filter { !forbidden.contains($0) && !$0.isNewline }.prefix(sheetNameLimit))
    while base.last == " " { base.removeLast() }
    if base.isEmpty { base = "Tabella" }
    var name = base
    var number = 2
    while taken.contains(name.lowercased()) {
      let suffix = " \(number)"
      name = String(base.prefix(sheetNameLimit - suffix.count)) + suffix
      number += 1
    }
    taken.insert(name.lowercased())
    return name
  }
}

extension Reports {
  /// The report as one workbook file (`it-manager.xlsx`, `mayor.en.ods`).
  public static func workbook(_ document: ReportDocument, format: Workbook.Format) -> ReportFile {
    let suffix = (document.language == .it ? "" : "." + document.language.rawValue) + "." + format.rawValue
    // Sheets of valid names always write; a failure would be an archive past 4 GiB.
    let bytes = (try? WorkbookWriter.write(ReportWorkbook(document).sheets(), format: format)) ?? []
    return ReportFile(name: document.audience.rawValue + suffix, bytes: bytes)
  }
}
