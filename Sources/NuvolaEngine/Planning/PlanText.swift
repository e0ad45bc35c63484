import NuvolaSupport

/// Small text helpers for the plan's bilingual sentences: amounts in whole euro with the grouping
/// of each language (7.900 in Italian, 7,900 in English), months and month ranges.
enum PlanText {
  static func euros(_ value: Double, _ language: Language) -> String {
    TextNumber.wholeEuros(value, language)
  }

  static func euros(_ value: Money, _ language: Language) -> String { euros(value.euros, language) }

  /// `EUR 7.900` / `EUR 7,900`.
  static func amount(_ value: Double) -> BilingualText {
    BilingualText(key: "plan.amount", ["amount": TextNumber.amount(value)])
  }

  static func month(_ value: YearMonth) -> BilingualText {
    BilingualText(it: value.italian, en: value.description)
  }

  /// `ondata 3` / `wave 3`, or `ondate 2-4` / `waves 2-4`.
  static func waves(_ first: Int, _ last: Int) -> BilingualText {
    first == last
      ? BilingualText(key: "plan.wave", ["wave": first])
      : BilingualText(key: "plan.waves", ["first": first, "last": last])
  }

  /// `07/2027-12/2027` / `2027-07..2027-12`: a stretch of the calendar (waits are told by period,
  /// since a period may hold no wave).
  static func periods(_ first: YearMonth, _ last: YearMonth) -> BilingualText {
    BilingualText(it: "\(first.italian)-\(last.italian)", en: "\(first)..\(last)")
  }

  static func list(_ items: [String]) -> String { items.joined(separator: ", ") }
}
