import NuvolaSupport

/// A calendar month (`2026-10`): the unit of the plan's calendar. Waves start and end on months,
/// costs are counted per month, so a month is all the precision the plan claims.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let year: Int
  public let month: Int

  /// Creates a month, or nil when the month is not 1...12 or the year not 1...9999.
  public init?(year: Int, month: Int) {
    guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
    self.year = year
    self.month = month
  }

  /// The month of a day.
  public init(_ day: Day) {
    year = day.year
    month = day.month
  }

  /// Months since January of year 0, for arithmetic.
  public var ordinal: Int { year * 12 + month - 1 }

  init(ordinal: Int) {
    year = ordinal / 12
    month = ordinal % 12 + 1
  }

  /// Parses `YYYY-MM`; nil for anything else.
  public init?(parsing text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let year = Int(parts[0]), let month = Int(parts[1])
    else { return nil }
    self.init(year: year, month: month)
  }

  public func adding(months: Int) -> YearMonth { YearMonth(ordinal: ordinal + months) }

  /// Whole months from this month to `other` (negative when `other` is earlier).
  public func months(to other: YearMonth) -> Int { other.ordinal - ordinal }

  public var firstDay: Day { Day(year: year, month: month, day: 1)! }
  public var lastDay: Day { Day(year: year, month: month, day: Day.daysIn(month: month, year: year))! }

  /// `2026-10`.
  public var description: String { month < 10 ? "\(year)-0\(month)" : "\(year)-\(month)" }

  /// `10/2026`, as Italian documents write a month.
  public var italian: String { month < 10 ? "0\(month)/\(year)" : "\(month)/\(year)" }

  public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.ordinal < rhs.ordinal }
}

/// `07/2027` in Italian, `2027-07` in English.
extension YearMonth: TextValue {
  public func text(_ language: Language) -> String { language == .it ? italian : description }
}
