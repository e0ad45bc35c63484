import NuvolaEngine
import NuvolaReports
import NuvolaSupport
import Testing

/// Numbers, money and dates in the Italian and English forms the reports use.
@Suite struct ReportFormatterTests {
  let italian = ReportFormatter(.it)
  let english = ReportFormatter(.en)

  @Test(arguments: [
    (Int64(123_456_789), "EUR 1.234.567,89", "EUR 1,234,567.89"),
    (Int64(4_742_700), "EUR 47.427", "EUR 47,427"),
    (Int64(392_840), "EUR 3.928,40", "EUR 3,928.40"),
    (Int64(5), "EUR 0,05", "EUR 0.05"),
    (Int64(0), "EUR 0", "EUR 0"),
    (Int64(-2_571_319), "EUR -25.713,19", "EUR -25,713.19"),
    (Int64(100_000_000_000), "EUR 1.000.000.000", "EUR 1,000,000,000"),
    (Int64(-50), "EUR -0,50", "EUR -0.50"),
    (Int64(-100), "EUR -1", "EUR -1"),
  ])
  func money(cents: Int64, it: String, en: String) {
    #expect(italian.money(Money(cents: cents)) == it)
    #expect(english.money(Money(cents: cents)) == en)
  }

  @Test(arguments: [
    (0, "0"), (7, "7"), (999, "999"), (1000, "1.000"), (21_642, "21.642"), (-1_234_567, "-1.234.567"),
    (-1, "-1"), (100_000, "100.000"), (-999_999, "-999.999"),
    (Int.max, "9.223.372.036.854.775.807"), (Int.min, "-9.223.372.036.854.775.808"),
  ])
  func integers(value: Int, text: String) {
    #expect(italian.integer(value) == text)
    #expect(english.integer(value) == text.replacingOccurrences(of: ".", with: ","))
  }

  @Test func decimalsDropTrailingZerosAndUseTheLanguagesSeparator() {
    #expect(italian.decimal(1.6) == "1,6")
    #expect(english.decimal(1.6) == "1.6")
    #expect(italian.decimal(2.0) == "2")
    #expect(italian.decimal(1234.56, digits: 2) == "1.234,56")
    #expect(italian.decimal(0.66, digits: 4) == "0,66")
    #expect(italian.decimal(-0.04, digits: 1) == "0")
    #expect(italian.decimal(0.05, digits: 2) == "0,05")
    #expect(italian.decimal(-1.5, digits: 2) == "-1,5")
    #expect(italian.decimal(1.0004, digits: 3) == "1")
    #expect(italian.decimal(1.007, digits: 3) == "1,007")
    #expect(italian.decimal(2.4, digits: 0) == "2")
    #expect(italian.decimal(12_345.678, digits: -1) == "12.346")
    #expect(italian.decimal(.nan) == "-")
    #expect(italian.decimal(1e300) == "-")
    #expect(italian.percent(0.5769) == "58%")
    #expect(italian.percentage(0.035) == "3,5%")
  }

  @Test func daysAndMonths() {
    let day = Day(year: 2026, month: 6, day: 30)!
    #expect(italian.day(day) == "30/06/2026")
    #expect(english.day(day) == "2026-06-30")
    #expect(italian.month(YearMonth(year: 2026, month: 10)!) == "10/2026")
    #expect(english.month(YearMonth(year: 2026, month: 10)!) == "2026-10")
  }

  /// Spreadsheet cells: no grouping, the language's decimal separator.
  @Test func plainNumbersForSpreadsheets() {
    #expect(italian.plain(Money(cents: 123_456)) == "1234,56")
    #expect(english.plain(Money(cents: 123_456)) == "1234.56")
    #expect(italian.plain(Money(cents: 4_742_700)) == "47427")
    #expect(italian.plain(1.6) == "1,6")
  }
}
