import Testing

@testable import NuvolaEngine
@testable import NuvolaSupport

/// Thousands grouping, shared by the report formatter and the plan's sentences.
@Suite struct DigitGroupingTests {
  @Test(arguments: [
    (UInt64(0), false, "0"), (7, false, "7"), (999, false, "999"), (1_000, false, "1.000"),
    (21_642, false, "21.642"), (1_234_567, true, "-1.234.567"), (100_000, false, "100.000"),
    (UInt64.max, false, "18.446.744.073.709.551.615"), (0, true, "-0"),
  ])
  func groupsByThree(magnitude: UInt64, negative: Bool, text: String) {
    #expect(DigitGrouping.grouped(magnitude, negative: negative, separator: UInt8(ascii: ".")) == text)
  }

  @Test func planSentencesUseTheLanguagesSeparator() {
    #expect(PlanText.euros(7_900.4, .it) == "7.900")
    #expect(PlanText.euros(7_900.5, .en) == "7,901")
    #expect(PlanText.euros(-1_234_567, .it) == "-1.234.567")
    #expect(PlanText.euros(0, .en) == "0")
    #expect(PlanText.amount(250_000).it == "EUR 250.000")
  }
}
