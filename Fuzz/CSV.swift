import Foundation
import NuvolaKit

/// `CSVReader`: separator detected and each fixed separator, `parse` and `read`, with a small problem
/// limit too. Checks the table's structure and, for a well-formed table, that `CSVWriter` writes it
/// back to text that reads as the same cells.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let buffer = Fuzz.buffer(data, size)
  let bytes = Array(buffer)
  let detected = CSVReader().parse(bytes, file: "fuzz.csv")
  checkTable(detected)
  Fuzz.check(
    CSVReader(separator: detected.separator).parse(buffer, file: "fuzz.csv") == detected,
    "detecting the separator and giving it read differently")
  for separator in [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")] {
    let table = CSVReader(separator: separator).parse(buffer, file: "fuzz.csv")
    checkTable(table)
    checkRoundTrip(table)
  }
  do {
    _ = try CSVReader(problemLimit: 2).read(bytes, file: "fuzz.csv")
  } catch {
    Fuzz.check(error)
    Fuzz.check(error.diagnostics.count <= 2, "more problems kept than the limit")
  }
  return 0
}

/// Rows and cells know where they are; a table without problems has no malformed row and every row
/// has the header's number of cells.
private func checkTable(_ table: CSVTable) {
  Fuzz.check(table.header != nil || table.rows.isEmpty, "rows without a header")
  Fuzz.check(table.omittedProblems >= 0, "negative omitted count")
  Fuzz.check(table.problems)
  var previousLine = 0
  for row in [table.header].compactMap({ $0 }) + table.rows {
    Fuzz.check(row.line > previousLine, "rows out of order: line \(row.line) after \(previousLine)")
    previousLine = row.line
    Fuzz.check(!row.cells.isEmpty || row.isMalformed, "a row without cells at line \(row.line)")
    for (index, cell) in row.cells.enumerated() {
      Fuzz.check(cell.column == index + 1, "cell \(index) says column \(cell.column)")
      Fuzz.check(cell.line >= row.line, "a cell before its row")
    }
  }
  if table.problems.isEmpty && table.omittedProblems == 0, let header = table.header {
    for row in table.rows {
      Fuzz.check(!row.isMalformed, "a malformed row without a problem at line \(row.line)")
      Fuzz.check(row.cells.count == header.cells.count, "a row with the wrong count and no problem")
    }
  }
}

/// Written with `CSVWriter` (LF and CRLF, with and without a byte-order mark) and read again with
/// the same separator, a table without problems gives the same texts.
private func checkRoundTrip(_ table: CSVTable) {
  guard table.problems.isEmpty, table.omittedProblems == 0, let header = table.header else { return }
  let records = [header.texts] + table.rows.map(\.texts)
  for (lineEnding, byteOrderMark) in [(CSVWriter.LineEnding.lf, false), (.crlf, true)] {
    let writer = CSVWriter(
      separator: Character(UnicodeScalar(table.separator)), byteOrderMark: byteOrderMark,
      lineEnding: lineEnding)
    let text = writer.document(header: records[0], rows: Array(records.dropFirst()))
    let again = CSVReader(separator: table.separator).parse(Array(text.utf8), file: "round-trip.csv")
    Fuzz.check(again.problems.isEmpty, "the written table has problems: \(again.problems.prefix(2))")
    let reread = [again.header?.texts ?? []] + again.rows.map(\.texts)
    Fuzz.check(reread == records, "the CSV round trip changed the cells: \(records) -> \(reread)")
  }
}
