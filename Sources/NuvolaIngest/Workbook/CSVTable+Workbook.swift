import NuvolaFormats
import NuvolaSupport

extension CSVTable {
  /// A workbook sheet as the rows and cells of a CSV file, so that the readers of CSV sheets read it
  /// the same way: the first row with a value is the header, a row's line is its row number and a
  /// cell's column its column (A is 1). Rows are dense up to their last cell with a value, the
  /// header up to the last column any row uses (so a value under no header is found). Cells hold
  /// their value as text (`CellValue.text`: a formula by its cached result, a date ISO 8601); an
  /// error value (`#DIV/0!`) is a problem at its cell. Nil for a sheet with no value at all.
  init?(sheet: WorkbookSheet, file: String) {
    guard let first = sheet.rows.first else { return nil }
    let width = sheet.rows.reduce(0) { max($0, $1.cells.last?.column ?? 0) }
    var problems: [Diagnostic] = []
    func dense(_ row: WorkbookRow, to width: Int) -> CSVRow {
      var cells = (1...max(width, 1)).map { CSVCell(text: "", line: row.number, column: $0) }
      for cell in row.cells where cell.column <= cells.count {
        if case .error(let text) = cell.value {
          problems.append(
            Diagnostic(
              file: file, line: row.number, column: cell.column, value: text,
              message: "the cell holds a spreadsheet error", expected: "a value (fix the formula)"))
        }
        cells[cell.column - 1].text = cell.value.text
      }
      return CSVRow(line: row.number, cells: cells)
    }
    let header = dense(first, to: width)
    let rows = sheet.rows.dropFirst().map { dense($0, to: $0.cells.last?.column ?? 0) }
    self.init(separator: UInt8(ascii: ","), header: header, rows: rows, problems: problems)
  }
}
