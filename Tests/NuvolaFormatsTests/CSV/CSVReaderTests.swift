import NuvolaFormats
import NuvolaSupport
import Testing

@Suite struct CSVReaderTests {
  func parse(_ text: String) -> CSVTable { CSVReader().parse(Array(text.utf8), file: "t.csv") }

  @Test func plainRows() throws {
    let table = parse("a,b\n1,2\n3,4\n")
    #expect(table.problems.isEmpty)
    #expect(table.header?.texts == ["a", "b"])
    #expect(table.rows.map(\.texts) == [["1", "2"], ["3", "4"]])
    #expect(table.rows.map(\.line) == [2, 3])
    let cell = try #require(table.rows.last?.cells.last)
    #expect(cell.line == 3 && cell.column == 2)
  }

  @Test func quotedCellsWithCommaQuoteAndNewline() throws {
    let table = parse("id,notes\n1,\"hello, \"\"world\"\"\nsecond line\"\n2,x\n")
    #expect(table.problems.isEmpty)
    #expect(table.rows.count == 2)
    let notes = try #require(table.rows.first?.cells.last)
    #expect(notes.text == "hello, \"world\"\nsecond line")
    #expect(notes.line == 2 && notes.column == 2 && notes.wasQuoted)
    #expect(table.rows[1].line == 4)
    #expect(table.rows[1].texts == ["2", "x"])
  }

  @Test func emptyQuotedCellAndTrailingSeparator() {
    let table = parse("a,b,c\n\"\",,\n")
    #expect(table.problems.isEmpty)
    #expect(table.rows.map(\.texts) == [["", "", ""]])
  }

  @Test func crlfLineEndingsAndCRLFInsideQuotes() {
    let table = parse("a,b\r\n1,\"x\r\ny\"\r\n3,4\r\n")
    #expect(table.problems.isEmpty)
    #expect(table.rows.map(\.texts) == [["1", "x\r\ny"], ["3", "4"]])
    #expect(table.rows.map(\.line) == [2, 4])
  }

  @Test func loneCarriageReturnEndsALine() {
    let table = parse("a,b\r1,2\r3,4")
    #expect(table.rows.map(\.texts) == [["1", "2"], ["3", "4"]])
    #expect(table.rows.map(\.line) == [2, 3])
  }

  @Test func byteOrderMarkIsSkipped() {
    let table = CSVReader().parse([0xEF, 0xBB, 0xBF] + Array("città;b\n1;2\n".utf8), file: "t.csv")
    #expect(table.problems.isEmpty)
    #expect(table.separator == UInt8(ascii: ";"))
    #expect(table.header?.texts == ["città", "b"])
  }

  @Test(arguments: [
    ("a,b\n1,2", UInt8(ascii: ",")),
    ("a;b;c\n1,5;2;3", UInt8(ascii: ";")),
    ("a\tb\n1\t2", UInt8(ascii: "\t")),
    ("\"x,y\";b\n1;2", UInt8(ascii: ";")),
    ("only\n1", UInt8(ascii: ",")),
  ])
  func separatorIsDetectedFromTheHeader(text: String, separator: UInt8) {
    #expect(parse(text).separator == separator)
  }

  @Test func semicolonSheetKeepsDecimalCommas() {
    let table = parse("id;amount\n1;3,5\n")
    #expect(table.rows.map(\.texts) == [["1", "3,5"]])
  }

  @Test func blankLinesAreIgnored() {
    let table = parse("a\n\n1\n\n\n2\n\n\n")
    #expect(table.problems.isEmpty)
    #expect(table.rows.map(\.texts) == [["1"], ["2"]])
    #expect(table.rows.map(\.line) == [3, 6])
  }

  @Test func emptyInputHasNoHeader() {
    let table = parse("")
    #expect(table.header == nil && table.rows.isEmpty && table.problems.isEmpty)
  }

  @Test func unclosedQuoteIsReportedWhereItOpened() throws {
    let table = parse("a,b\n1,2\n3,\"open\n4,5\n6,7\n")
    let problem = try #require(table.problems.first)
    #expect(table.problems.count == 1)
    #expect(problem.file == "t.csv")
    #expect(problem.line == 3)
    #expect(problem.column == 2)
    #expect(problem.path == "t.csv column b")
    #expect(problem.message.contains("never closed"))
    #expect(problem.value == "open\n4,5\n6,7\n")
    #expect(table.rows.last?.isMalformed == true)
  }

  @Test func textAfterAClosingQuote() throws {
    let table = parse("a,b\n\"x\"y,2\n3,4\n")
    let problem = try #require(table.problems.first)
    #expect(problem.line == 2 && problem.column == 1)
    #expect(problem.value == "y")
    #expect(problem.message == "text after the closing quote of a quoted cell")
    #expect(table.rows.map(\.isMalformed) == [true, false])
    #expect(table.rows[1].texts == ["3", "4"])
  }

  @Test func wrongNumberOfCellsSaysFoundAndExpected() {
    let table = parse("a,b,c\n1,2\n1,2,3\n1,2,3,4\n")
    #expect(table.problems.count == 2)
    #expect(table.problems.map(\.line) == [2, 4])
    #expect(table.problems.map(\.column) == [2, 4])
    #expect(table.problems[0].message == "the row has 2 cells but the header has 3")
    #expect(table.problems[1].message == "the row has 4 cells but the header has 3")
    #expect(table.problems[0].expected == "3 cells separated by ','")
    #expect(table.rows.map(\.isMalformed) == [true, false, true])
  }

  @Test func invalidUTF8HasLineColumnAndOffset() throws {
    let bytes = Array("a,b\n1,x".utf8) + [0xFF] + Array("y\n2,3\n".utf8)
    let table = CSVReader().parse(bytes, file: "t.csv")
    let problem = try #require(table.problems.first)
    #expect(table.problems.count == 1)
    #expect(problem.line == 2 && problem.column == 2)
    #expect(problem.message == "invalid UTF-8: byte 0xFF at byte offset 7")
    #expect(table.rows.map(\.isMalformed) == [true, false])
  }

  @Test func invalidUTF8OnALaterLineOfAQuotedCell() throws {
    let bytes = Array("a,b\n1,\"x\ny".utf8) + [0xC3, 0x28] + Array("\"\n".utf8)
    let problem = try #require(CSVReader().parse(bytes, file: "t.csv").problems.first)
    #expect(problem.line == 3 && problem.column == 2)
    #expect(problem.message.contains("byte 0xC3 at byte offset 10"))
  }

  @Test(arguments: [
    [0xC0, 0x80] as [UInt8],  // overlong
    [0xED, 0xA0, 0x80],  // surrogate
    [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
    [0xE2, 0x82],  // truncated
    [0x80],  // lone continuation
  ])
  func malformedSequencesAreRejected(bad: [UInt8]) {
    let table = CSVReader().parse(Array("a\n".utf8) + bad + [0x0A], file: "t.csv")
    #expect(table.problems.count == 1)
  }

  @Test func utf16IsNamed() throws {
    let problem = try #require(CSVReader().parse([0xFF, 0xFE, 0x61, 0x00], file: "t.csv").problems.first)
    #expect(problem.message.contains("UTF-16"))
  }

  @Test func readThrowsEveryProblem() {
    #expect(throws: InputError.self) { try CSVReader().read(Array("a,b\n1\n2\n".utf8), file: "t.csv") }
    do {
      _ = try CSVReader().read(Array("a,b\n1\n2\n".utf8), file: "t.csv")
    } catch {
      #expect(error.diagnostics.count == 2)
    }
  }

  @Test func problemsPastTheLimitAreCounted() {
    let text = "a,b\n" + String(repeating: "1\n", count: 30)
    let table = CSVReader(problemLimit: 10).parse(Array(text.utf8), file: "t.csv")
    #expect(table.problems.count == 10)
    #expect(table.omittedProblems == 20)
  }

  /// Whatever the bytes, the reader ends and every kept cell is inside the input.
  @Test func hostileInputsEnd() {
    let inputs: [[UInt8]] = [
      Array("\"".utf8), Array("\"\"\"".utf8), Array(",,,\n,,,".utf8), Array("a\r\r\r\n\n\"".utf8),
      [0xEF, 0xBB], [0xEF, 0xBB, 0xBF], Array(repeating: UInt8(ascii: "\""), count: 1001),
      Array("a,\"b\"\"".utf8), [0xFF, 0xFF, 0x0A, 0x22, 0x0D],
    ]
    for input in inputs {
      let table = CSVReader().parse(input, file: "t.csv")
      #expect(table.rows.count <= input.count)
    }
  }
}
