import NuvolaModel
import NuvolaSupport
import Testing

@Suite("JSON writer")
struct JSONTests {
  @Test func escapesEverythingJSONRequires() {
    let text = JSON.string("a\"b\\c\nd\re\tf\u{01}g\u{2028}h è €").serialized()
    #expect(text == #""a\"b\\c\nd\re\tf\u0001g\u2028h è €""#)
  }

  @Test func prettyAndCompactWithSortedKeys() {
    let value = JSON.object([
      ("b", .int(1)), ("a", .array([.bool(true), .null, .double(1.5)])), ("c", .object([])),
    ])
    #expect(value.serialized(pretty: false) == #"{"b":1,"a":[true,null,1.5],"c":{}}"#)
    #expect(value.serialized(pretty: false, sortKeys: true) == #"{"a":[true,null,1.5],"b":1,"c":{}}"#)
    #expect(
      value.serialized(sortKeys: true) == """
        {
          "a": [
            true,
            null,
            1.5
          ],
          "b": 1,
          "c": {}
        }
        """)
  }

  @Test func wholeDoublesHaveNoFractionAndNonFiniteIsNull() {
    #expect(JSON.double(2).serialized() == "2")
    #expect(JSON.double(0.1).serialized() == "0.1")
    #expect(JSON.double(.infinity).serialized() == "null")
  }

  @Test func moneyAndDaysWriteAsInventoriesReadThem() {
    #expect(FieldValue.money(Money(cents: 123_456)).json == .double(1234.56))
    #expect(FieldValue.money(Money(euros: 300_000)).json == .int(300_000))
    #expect(FieldValue.day(Day(year: 2026, month: 6, day: 30)!).json == .string("2026-06-30"))
  }
}

@Suite("Money and days")
struct MoneyAndDayTests {
  @Test(arguments: [
    ("1234", Int64(123_400)), ("1234.5", 123_450), ("1234,56", 123_456), ("0", 0), ("-12.30", -1230),
  ])
  func parsesMoney(text: String, cents: Int64) {
    #expect(Money(parsing: text)?.cents == cents)
  }

  @Test(arguments: ["1.234.567", "1.234,56", "12.345", "dieci", "", "1.", ".5", "1e3", "--1"])
  func rejectsAmbiguousOrMalformedMoney(text: String) {
    #expect(Money(parsing: text) == nil)
  }

  @Test func moneyDescription() {
    #expect(Money(cents: 123_450).description == "1234.50")
    #expect(Money(cents: 100).description == "1")
    #expect(Money(cents: -5).description == "-0.05")
  }

  @Test(arguments: [
    ("2026-06-30", "2026-06-30"), ("30/06/2026", "2026-06-30"), ("2024-02-29", "2024-02-29"),
  ])
  func parsesDays(text: String, iso: String) {
    #expect(Day(parsing: text)?.description == iso)
  }

  @Test(arguments: ["2025-02-29", "2026-13-01", "2026-04-31", "2026-6-30", "30-06-2026", "", "1900-02-29"])
  func rejectsImpossibleDays(text: String) {
    #expect(Day(parsing: text) == nil)
  }

  @Test(arguments: [
    (2026, 6, 30, "2026-06-30", "30/06/2026"), (2027, 1, 1, "2027-01-01", "01/01/2027"),
    (9999, 12, 31, "9999-12-31", "31/12/9999"), (1000, 10, 9, "1000-10-09", "09/10/1000"),
    (999, 1, 2, "999-01-02", "02/01/999"), (1, 11, 20, "1-11-20", "20/11/1"),
  ])
  func writesDaysZeroPadded(year: Int, month: Int, day: Int, iso: String, italian: String) throws {
    let written = try #require(Day(year: year, month: month, day: day))
    #expect(written.description == iso)
    #expect(written.italian == italian)
  }

  @Test func dayArithmetic() {
    let a = Day(year: 2026, month: 6, day: 30)!
    let b = Day(year: 2027, month: 1, day: 1)!
    #expect(b.ordinal - a.ordinal == 185)
    #expect(a.months(to: b) == 7)
    #expect(a.italian == "30/06/2026")
    #expect(a < b)
  }
}
