import Foundation
import NuvolaFormats
import NuvolaSupport

/// A CSV file of another tool as an importer reads it: the header line found (spreadsheets often put
/// a title above it), its columns recognised by name, and the data rows with the line and column of
/// every cell.
///
/// Headers are matched ignoring case, accents, punctuation and extra spaces, so that
/// "FACILITÀ DI MIGRAZIONE", "Facilita' di migrazione" and "facilita di  migrazione" are one column.
struct ForeignSheet {
  let file: String
  /// The file name without its folders, for paths (`vinfo.csv column Memory`).
  let sheetName: String
  let header: CSVRow
  let rows: [CSVRow]

  /// How many records before the header may be titles or notes.
  static let headerSearchDepth = 10

  /// Reads the file; problems go to `problems`. Nil when the file is empty or has no header
  /// recognised by `isHeader` (given the normalised cells of a record) within its first records.
  /// `tolerates` accepts rows with fewer cells than the header that the format allows (Konveyor's
  /// short dependency rows); other rows with the wrong number of cells are reported and skipped.
  static func read(
    _ bytes: [UInt8], file: String, format: ForeignFormat, problems: inout IngestProblems,
    isHeader: ([String]) -> Bool, tolerates: (CSVRow) -> Bool = { _ in false }
  ) -> ForeignSheet? {
    guard !InventoryReader.isBlank(bytes) else {
      problems.add(Diagnostic(file: file, message: "empty file", expected: format.expectation))
      return nil
    }
    var table = CSVReader().parse(bytes, file: file)
    guard let first = table.header else {
      problems.add(Diagnostic(file: file, message: "empty file", expected: format.expectation))
      return nil
    }
    var header = first
    if !isHeader(first.cells.map { key($0.text) }) {
      // A title above the header: read again from the header's line, so that cells are counted
      // against the real header, and put the line numbers back.
      let candidates = table.rows.prefix(headerSearchDepth - 1)
      guard let found = candidates.first(where: { isHeader($0.cells.map { key($0.text) }) })
      else {
        for problem in table.problems where problem.line ?? 0 <= first.line { problems.add(problem) }
        problems.add(
          Diagnostic(
            file: file, line: first.line, value: first.texts.joined(separator: " | "),
            message: "no header line in the first \(headerSearchDepth) lines",
            expected: format.expectation))
        return nil
      }
      let offset = byteOffset(ofLine: found.line, in: bytes)
      table = CSVReader().parse(Array(bytes[offset...]), file: file)
      shift(&table, by: found.line - 1)
      guard let moved = table.header else { return nil }
      header = moved
    }
    var rows = table.rows
    var dropped: Set<Int> = []
    for index in rows.indices where rows[index].isMalformed && tolerates(rows[index]) {
      let line = rows[index].line
      let onLine = table.problems.filter { $0.line == line }
      if onLine.allSatisfy({ $0.message.hasPrefix("the row has ") }) {
        rows[index].isMalformed = false
        dropped.insert(line)
      }
    }
    for problem in table.problems where !dropped.contains(problem.line ?? -1) { problems.add(problem) }
    problems.countOmitted(table.omittedProblems)
    return ForeignSheet(
      file: file, sheetName: (file as NSString).lastPathComponent, header: header, rows: rows)
  }

  /// A sheet already split into rows (a workbook sheet, `CSVTable(sheet:file:)`): the header is the
  /// first row `isHeader` recognises within the first rows, the data rows those after it.
  static func read(
    table: CSVTable, file: String, sheetName: String, format: ForeignFormat, problems: inout IngestProblems,
    isHeader: ([String]) -> Bool
  ) -> ForeignSheet? {
    guard let first = table.header else {
      problems.add(
        Diagnostic(file: file, path: "sheet \(sheetName)", message: "empty sheet", expected: format.expectation))
      return nil
    }
    for problem in table.problems { problems.add(problem) }
    let candidates = [first] + table.rows.prefix(headerSearchDepth - 1)
    guard let index = candidates.firstIndex(where: { isHeader($0.cells.map { key($0.text) }) }) else {
      problems.add(
        Diagnostic(
          file: file, line: first.line, path: "sheet \(sheetName)",
          value: first.texts.joined(separator: " | "),
          message: "no header row in the first \(headerSearchDepth) rows", expected: format.expectation))
      return nil
    }
    return ForeignSheet(
      file: file, sheetName: sheetName, header: candidates[index], rows: Array(table.rows.dropFirst(index)))
  }

  /// A header or category name folded for matching: lowercase, accents removed, only letters, digits
  /// and single spaces.
  static func key(_ text: String) -> String {
    let folded =
      text.utf8.allSatisfy { $0 < 0x80 } ? text : text.folding(options: [.diacriticInsensitive], locale: nil)
    var result = ""
    var pendingSpace = false
    for scalar in folded.lowercased().unicodeScalars {
      if CharacterSet.alphanumerics.contains(scalar) {
        if pendingSpace && !result.isEmpty { result.unicodeScalars.append(" ") }
        pendingSpace = false
        result.unicodeScalars.append(scalar)
      } else if scalar == " " || scalar == "\t" || scalar == "_" || scalar == "-" || scalar == "/"
        || scalar == "." || scalar == "#" || scalar == "(" || scalar == ")"
      {
        pendingSpace = true
      }
      // Apostrophes and other marks are dropped: "FACILITA'" is "facilita".
    }
    return result
  }

  /// The text of the cell in a 0-based column, trimmed; nil when the row has no such cell or the cell
  /// says the fact is unknown (empty, `n.d.`, `?`...).
  func value(_ row: CSVRow, _ column: Int?) -> String? {
    guard let column, row.cells.indices.contains(column) else { return nil }
    let text = FieldDecoder.trimmed(row.cells[column].text)
    return FieldDecoder.isUnknown(text) ? nil : text
  }

  /// Where a cell of a 0-based column is, for diagnostics and the report.
  func location(_ row: CSVRow, _ column: Int) -> ForeignLocation {
    guard row.cells.indices.contains(column) else {
      return ForeignLocation(line: row.line, column: column + 1, path: path(column))
    }
    let cell = row.cells[column]
    return ForeignLocation(line: cell.line, column: column + 1, path: path(column), text: cell.text)
  }

  /// `vinfo.csv column Memory`.
  func path(_ column: Int) -> String {
    let name = header.cells.indices.contains(column) ? FieldDecoder.trimmed(header.cells[column].text) : ""
    return "\(sheetName) column \(name.isEmpty ? String(column + 1) : name)"
  }

  /// The header text of a 0-based column.
  func columnName(_ column: Int) -> String {
    header.cells.indices.contains(column) ? FieldDecoder.trimmed(header.cells[column].text) : "\(column + 1)"
  }

  /// True when every cell of the row is empty (spreadsheets leave such rows at the end).
  static func isBlank(_ row: CSVRow) -> Bool {
    row.cells.allSatisfy { FieldDecoder.trimmed($0.text).isEmpty }
  }

  /// Byte offset where a 1-based physical line starts (LF, CRLF or a lone CR end a line, as for
  /// `CSVReader`; a record always starts at the start of a line).
  private static func byteOffset(ofLine target: Int, in bytes: [UInt8]) -> Int {
    var line = 1
    var index = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    while index < bytes.count && line < target {
      if bytes[index] == CSVReader.carriageReturn {
        if index + 1 < bytes.count && bytes[index + 1] == CSVReader.lineFeed { index += 1 }
        line += 1
      } else if bytes[index] == CSVReader.lineFeed {
        line += 1
      }
      index += 1
    }
    return min(index, bytes.count)
  }

  private static func shift(_ table: inout CSVTable, by lines: Int) {
    guard lines > 0 else { return }
    func move(_ row: inout CSVRow) {
      row.line += lines
      for index in row.cells.indices { row.cells[index].line += lines }
    }
    if var header = table.header {
      move(&header)
      table.header = header
    }
    for index in table.rows.indices { move(&table.rows[index]) }
    for index in table.problems.indices {
      table.problems[index].line = table.problems[index].line.map { $0 + lines }
    }
  }
}
