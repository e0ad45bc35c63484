import NuvolaFormats
import NuvolaModel
import NuvolaSupport
import Testing

@testable import NuvolaIngest

@Suite struct IngestFieldDecoderTests {
  func cell(_ text: String, _ kind: FieldKind) -> Result<FieldValue, FieldProblem> {
    FieldDecoder.decode(cell: text, kind: kind, canonicalCode: nil)
  }

  func field<R>(_ fields: [Field<R>], _ name: String) throws -> Field<R> {
    try #require(fields.first { $0.name == name })
  }

  @Test(arguments: ["", "  ", "unknown", "Sconosciuto", "N.D.", "n/d", "?", " ? "])
  func unknownWordsAreUnknownForEveryKind(text: String) {
    let kinds: [FieldKind] = [
      .identifier, .text(maxLength: 10), .integer(0...10), .decimal(0...1), .money(0...10), .day, .flag,
      .choice(["a"]), .reference(.site), .references(.site),
    ]
    for kind in kinds { #expect(cell(text, kind) == .success(.unknown)) }
  }

  @Test(arguments: [
    ("16", FieldValue.integer(16)), (" 16 ", .integer(16)), ("+3", .integer(3)), ("0", .integer(0)),
    // Italian thousands points: a whole number cannot have three decimals, so `1.000` is a thousand.
    ("1.000", .integer(1_000)), ("1.234.567", .integer(1_234_567)),
  ])
  func integers(text: String, value: FieldValue) {
    #expect(cell(text, .integer(0...10_000_000)) == .success(value))
  }

  @Test(arguments: [
    ("dieci", "not a whole number"), ("10.5", "not a whole number"), ("1e3", "not a whole number"),
    ("1,000,000", FieldDecoder.groupingMessage("not a whole number")),
    ("-4", "negative number"), ("101", "out of range: more than 100"),
    ("99999999999999999999999", "out of range: more than 100"), ("-99999999999999999999", "negative number"),
  ])
  func rejectedIntegers(text: String, message: String) {
    #expect(
      cell(text, .integer(0...100))
        == .failure(FieldProblem(message: message, value: text, expected: "a whole number from 0 to 100")))
  }

  @Test(arguments: [("3.5", 3.5), ("3,5", 3.5), ("-0,25", -0.25), ("7", 7.0), ("0.00001", 0.00001)])
  func decimals(text: String, value: Double) {
    #expect(cell(text, .decimal(-1...10)) == .success(.decimal(value)))
  }

  @Test(arguments: ["1,234.5", "1.23.4", "3.", "abc", "1e3", "3,5 GB", ""])
  func rejectedDecimals(text: String) {
    if text.isEmpty { return }
    guard case .failure(let problem) = cell(text, .decimal(0...10_000)) else {
      Issue.record("\(text) accepted")
      return
    }
    #expect(problem.message.hasPrefix("not a number"))
    #expect(problem.expected == "a number from 0 to 10000")
  }

  @Test func money() {
    let kind = FieldKind.money(0...1_000)
    #expect(cell("1234,5", .money(0...10_000)) == .success(.money(Money(cents: 123_450))))
    #expect(cell("12.34", kind) == .success(.money(Money(cents: 1_234))))
    let expected = kind.expectation
    #expect(cell("1.234,56", .money(0...10_000)) == .success(.money(Money(cents: 123_456))))
    #expect(
      cell("1,234.56", kind)
        == .failure(
          FieldProblem(
            message: FieldDecoder.groupingMessage("not an amount in euro"), value: "1,234.56",
            expected: expected)))
    #expect(
      cell("€ 12", kind)
        == .failure(
          FieldProblem(
            message: "not an amount in euro (write the number only, without the currency)", value: "€ 12",
            expected: expected)))
    // Cents have two digits: `1.234` is a thousand and more, out of this range.
    #expect(
      cell("1.234", kind)
        == .failure(
          FieldProblem(message: "out of range: more than 1000 euro", value: "1.234", expected: expected)))
    #expect(
      cell("1,234", kind)
        == .failure(
          FieldProblem(
            message: "not an amount in euro (more than 2 decimals)", value: "1,234", expected: expected)))
    #expect(
      cell("-5", kind) == .failure(FieldProblem(message: "negative amount", value: "-5", expected: expected)))
    #expect(
      cell("1000.01", kind)
        == .failure(
          FieldProblem(
            message: "out of range: more than 1000 euro", value: "1000.01", expected: expected)))
  }

  @Test func days() {
    #expect(cell("2025-03-01", .day) == .success(.day(Day(year: 2025, month: 3, day: 1)!)))
    #expect(cell("01/03/2025", .day) == .success(.day(Day(year: 2025, month: 3, day: 1)!)))
    #expect(
      cell("2025-02-30", .day)
        == .failure(
          FieldProblem(
            message: "no such day", value: "2025-02-30", expected: "a date YYYY-MM-DD (or GG/MM/AAAA)")))
    #expect(
      cell("marzo 2025", .day)
        == .failure(
          FieldProblem(
            message: "not a date", value: "marzo 2025", expected: "a date YYYY-MM-DD (or GG/MM/AAAA)")))
  }

  @Test(arguments: [
    ("si", true), ("Sì", true), ("YES", true), ("true", true), ("1", true), ("x", true), ("X", true),
    ("no", false), ("No", false), ("false", false), ("0", false),
  ])
  func flags(text: String, value: Bool) {
    #expect(cell(text, .flag) == .success(.flag(value)))
  }

  @Test func rejectedFlag() {
    #expect(
      cell("forse", .flag)
        == .failure(
          FieldProblem(
            message: "not yes or no", value: "forse", expected: FieldKind.flag.expectation)))
  }

  @Test func choicesUseTheFieldsSpellings() throws {
    let kind = try field(Asset.fields, "kind")
    #expect(FieldDecoder.decode(.cell("Macchina virtuale"), for: kind) == .success(.text("vm")))
    #expect(FieldDecoder.decode(.cell(" ESXi "), for: kind) == .success(.text("virtualization_host")))
    guard case .failure(let problem) = FieldDecoder.decode(.cell("mainframe"), for: kind) else {
      Issue.record("mainframe accepted")
      return
    }
    #expect(problem.message == "not an accepted code")
    #expect(problem.expected.hasPrefix("one of server, virtualization_host, vm,"))
  }

  @Test func identifiersAndReferences() {
    #expect(cell("srv-01.a_b", .identifier) == .success(.text("srv-01.a_b")))
    #expect(cell(" srv1 ", .reference(.asset)) == .success(.text("srv1")))
    #expect(
      cell("srv 1", .identifier)
        == .failure(
          FieldProblem(
            message: "not a valid id", value: "srv 1", expected: FieldKind.identifier.expectation)))
    let long = String(repeating: "a", count: 65)
    #expect(
      cell(long, .identifier)
        == .failure(
          FieldProblem(
            message: "id longer than 64 characters", value: long, expected: FieldKind.identifier.expectation))
    )
  }

  @Test(arguments: ["a,b;c|d", "a | b | c | d", "a\tb\nc;;d", "a b\r\nc, d"])
  func referenceListsAcceptEverySeparator(text: String) {
    #expect(cell(text, .references(.application)) == .success(.list(["a", "b", "c", "d"])))
  }

  @Test func textsAreKeptAsWritten() {
    #expect(cell("  spaced  ", .text(maxLength: 20)) == .success(.text("  spaced  ")))
    #expect(cell("two\nlines\tand tab", .text(maxLength: 50)) == .success(.text("two\nlines\tand tab")))
    #expect(
      cell("abcdef", .text(maxLength: 5))
        == .failure(
          FieldProblem(
            message: "text too long: 6 characters", value: "abcdef", expected: "text of at most 5 characters")
        ))
    #expect(cell("città", .text(maxLength: 5)) == .success(.text("città")))
    #expect(
      cell("bell\u{7}", .text(maxLength: 50))
        == .failure(
          FieldProblem(
            message: "text contains the control character U+0007", value: "bell\u{7}",
            expected: "text of at most 50 characters")))
  }

  // MARK: - JSON values

  func json(_ text: String, _ kind: FieldKind) throws -> Result<FieldValue, FieldProblem> {
    let node = try JSONParser().parse(text, file: "t.json")
    return FieldDecoder.decode(json: node, kind: kind, canonicalCode: nil)
  }

  @Test func jsonValuesOfTheRightType() throws {
    #expect(try json("16", .integer(0...100)) == .success(.integer(16)))
    #expect(try json("-0.5", .decimal(-1...1)) == .success(.decimal(-0.5)))
    #expect(try json("1e-05", .decimal(0...1)) == .success(.decimal(0.00001)))
    #expect(try json("1234.5", .money(0...10_000)) == .success(.money(Money(cents: 123_450))))
    #expect(try json("true", .flag) == .success(.flag(true)))
    #expect(try json("null", .integer(0...1)) == .success(.unknown))
    #expect(try json("\"unknown\"", .integer(0...1)) == .success(.unknown))
    #expect(try json("[\"a\", \"b\"]", .references(.site)) == .success(.list(["a", "b"])))
    #expect(try json("[]", .references(.site)) == .success(.unknown))
    #expect(try json("\"2025-03-01\"", .day) == .success(.day(Day(year: 2025, month: 3, day: 1)!)))
  }

  @Test func jsonValuesOfTheWrongType() throws {
    let integer = FieldKind.integer(0...100)
    #expect(
      try json("\"dieci\"", integer)
        == .failure(
          FieldProblem(
            message: "not a whole number", value: "dieci", expected: integer.expectation)))
    #expect(
      try json("\"16\"", integer)
        == .failure(
          FieldProblem(
            message: "a number written as a string: remove the quotes", value: "16",
            expected: integer.expectation)))
    #expect(
      try json("16.5", integer)
        == .failure(
          FieldProblem(
            message: "not a whole number", value: "16.5", expected: integer.expectation)))
    #expect(
      try json("\"si\"", .flag)
        == .failure(
          FieldProblem(
            message: "yes or no written as a string: write true or false, without quotes", value: "si",
            expected: FieldKind.flag.expectation)))
    #expect(
      try json("7", .identifier)
        == .failure(
          FieldProblem(
            message: "a number where a string in double quotes is needed", value: "7",
            expected: FieldKind.identifier.expectation)))
    #expect(
      try json("{}", .text(maxLength: 5))
        == .failure(
          FieldProblem(
            message: "an object where a string in double quotes is needed", value: "{...}",
            expected: "text of at most 5 characters")))
    #expect(
      try json("1e3", .money(0...10_000))
        == .failure(
          FieldProblem(
            message: "not an amount in euro (no exponents)", value: "1e3",
            expected: FieldKind.money(0...10_000).expectation)))
    guard case .failure(let listProblem) = try json("[\"a\", 3]", .references(.site)) else {
      Issue.record("accepted")
      return
    }
    #expect(listProblem.message == "item 1 of the list is not a valid id")
    #expect(listProblem.value == "3")
  }
}
