import NuvolaFormats
import Testing

/// Inputs that broke a check of the fuzz targets (`Fuzz/`, `scripts/fuzz.sh`), kept as tests so that
/// `swift test` catches a return of the bug without libFuzzer.
@Suite struct FuzzRegressionTests {
  /// `a` LF `""` LF: a table whose data row is one empty (quoted) cell. `CSVWriter` wrote that record
  /// as an empty line, which every reader skips, so writing the table and reading it back lost the
  /// row (fuzz target `csv`, CSV round trip).
  @Test(arguments: [",", ";", "\t"] as [Character], [CSVWriter.LineEnding.lf, .crlf])
  func oneEmptyCellRecordSurvivesTheRoundTrip(separator: Character, lineEnding: CSVWriter.LineEnding) throws {
    let input: [UInt8] = [0x61, 0x0A, 0x22, 0x22, 0x0A]
    let separatorByte = try #require(separator.asciiValue)
    let table = try CSVReader(separator: separatorByte).read(input, file: "fuzz.csv")
    #expect(table.header?.texts == ["a"])
    #expect(table.rows.map(\.texts) == [[""]])
    let writer = CSVWriter(separator: separator, lineEnding: lineEnding)
    let text = writer.document(header: ["a"], rows: [[""], ["b"], [""]])
    let again = try CSVReader(separator: separatorByte).read(Array(text.utf8), file: "round-trip.csv")
    #expect(again.rows.map(\.texts) == [[""], ["b"], [""]])
    let end = lineEnding.rawValue
    #expect(text == "a\(end)\"\"\(end)b\(end)\"\"\(end)")
  }

  /// A header of one empty cell is a record too, byte-order mark or not.
  @Test func oneEmptyCellHeaderSurvivesTheRoundTrip() throws {
    let text = CSVWriter(byteOrderMark: true, lineEnding: .lf).document(header: [""], rows: [["x"]])
    #expect(text == "\u{FEFF}\"\"\nx\n")
    let table = try CSVReader().read(Array(text.utf8), file: "round-trip.csv")
    #expect(table.header?.texts == [""])
    #expect(table.rows.map(\.texts) == [["x"]])
  }
}
