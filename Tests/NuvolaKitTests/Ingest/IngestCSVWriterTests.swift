import NuvolaFormats
import NuvolaModel
import Testing

@testable import NuvolaIngest

@Suite struct IngestCSVWriterTests {
  @Test func quotesOnlyWhatNeedsQuoting() {
    var writer = CSVWriter()
    #expect(
      writer.row(["plain", "a,b", "say \"hi\"", "two\nlines", " padded", ""])
        == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",\r\n")
  }

  @Test func semicolonSeparatorQuotesSemicolonsNotCommas() {
    var writer = CSVWriter(separator: ";", lineEnding: .lf)
    #expect(writer.row(["3,5", "a;b"]) == "3,5;\"a;b\"\n")
  }

  @Test(arguments: [
    ("=1+1", "'=1+1"), ("+39 0342", "'+39 0342"), ("-5", "-5"), ("-1234,5", "\"-1234,5\""), ("-1-1", "'-1-1"), ("-", "'-"), ("-5,", "\"'-5,\""), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "\"'\rx\""), ("ok=1", "ok=1"),
  ])
  /// A plain negative number is no formula: it stays a number (`-5`), never text (`'-5`).
  func neutralisesFormulas(cell: String, written: String) {
    #expect(CSVWriter(neutraliseFormulas: true).cell(cell) == written)
    #expect(CSVWriter().cell("=1+1") == "=1+1")
  }

  @Test func byteOrderMarkOnlyOnce() {
    var writer = CSVWriter(byteOrderMark: true, lineEnding: .lf)
    let text = writer.row(["a"]) + writer.row(["b"])
    #expect(text == "\u{FEFF}a\nb\n")
    #expect(CSVWriter(byteOrderMark: true).document(header: ["h"], rows: [["1"]]) == "\u{FEFF}h\r\n1\r\n")
  }

  @Test func writtenCellsReadBack() throws {
    let cells = ["a,b", "\"q\"", "x\r\ny", " lead", "trail ", "é😀", "", "'", "\"\u{301}"]
    for separator in [",", ";", "\t"] as [Character] {
      let text = CSVWriter(separator: separator).document(
        header: cells.indices.map { "c\($0)" }, rows: [cells])
      let table = try CSVReader().read(Array(text.utf8), file: "t.csv")
      #expect(table.rows.first?.texts == cells)
    }
  }

  @Test(arguments: [
    (0.00001, "0.00001"), (1.5e-7, "0.00000015"), (12_345.678, "12345.678"), (-0.25, "-0.25"),
    (16.0, "16"), (1e20, "100000000000000000000"), (1.25e16, "12500000000000000"),
  ])
  func decimalsAreWrittenWithoutExponent(value: Double, text: String) {
    #expect(FieldValue.plainDecimal(value) == text)
    #expect(Double(text) == value)
  }
}
