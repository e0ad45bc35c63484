/// A calendar day without time or time zone, as inventories and rules write dates.
///
/// Foundation's `Date` is an instant: turning it into a day depends on a time zone, which would make
/// output depend on the machine. Inventories only ever speak of days.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Creates a day, or nil when the combination does not exist (30 February, month 13...).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Day.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD` (ISO 8601) or `GG/MM/AAAA` (the Italian form spreadsheets write).
  public init?(parsing text: String) {
    var text = text
    guard let day = text.withUTF8({ Day.parse(utf8: $0) }) else { return nil }
    self = day
  }

  /// `YYYY-MM-DD` or `DD/MM/YYYY` from UTF-8 bytes; nil for anything else.
  public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Day? {
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let byte = bytes[index]
        guard byte >= 48, byte <= 57 else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      return value
    }
    if bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      let y = number(0..<4), let m = number(5..<7), let d = number(8..<10)
    {
      return Day(year: y, month: m, day: d)
    } else if bytes.count == 10, bytes[2] == UInt8(ascii: "/"), bytes[5] == UInt8(ascii: "/"),
      let d = number(0..<2), let m = number(3..<5), let y = number(6..<10)
    {
      return Day(year: y, month: m, day: d)
    }
    return nil
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// ISO 8601 form, `2026-06-30`.
  public var description: String { Day.joined((year, 4), month, (day, 2), separator: "-") }

  /// Italian form, `30/06/2026`.
  public var italian: String { Day.joined((day, 2), month, (year, 4), separator: "/") }

  /// `first`, the two-digit `middle` and `last`, zero-padded to their widths (which add up to eight)
  /// and joined by `separator`. Written straight into a small string: reports and audits write
  /// hundreds of thousands of dates, and building each from interpolated pieces allocated three
  /// strings. A year before 1000 is written without leading zeros (`999-01-05`).
  static func joined(
    _ first: (value: Int, width: Int), _ middle: Int, _ last: (value: Int, width: Int),
    separator: Unicode.Scalar
  ) -> String {
    guard first.width == 2 || first.value >= 1000, last.width == 2 || last.value >= 1000 else {
      func piece(_ value: Int, width: Int) -> String { width == 2 && value < 10 ? "0\(value)" : "\(value)" }
      let separator = String(separator)
      return piece(first.value, width: first.width) + separator + piece(middle, width: 2) + separator
        + piece(last.value, width: last.width)
    }
    return String(unsafeUninitializedCapacity: 10) { buffer in
      var position = 0
      func put(_ value: Int, width: Int) {
        var divisor = width == 4 ? 1000 : 10
        while divisor > 0 {
          buffer[position] = UInt8(truncatingIfNeeded: 48 + value / divisor % 10)
          position += 1
          divisor /= 10
        }
      }
      put(first.value, width: first.width)
      buffer[position] = UInt8(separator.value)
      position += 1
      put(middle, width: 2)
      buffer[position] = UInt8(separator.value)
      position += 1
      put(last.value, width: last.width)
      return position
    }
  }

  /// Days since 1970-01-01 (proleptic Gregorian), for differences between days.
  public var ordinal: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// Whole months from this day to `other` (negative when `other` is earlier), ignoring the day of month.
  public func months(to other: Day) -> Int {
    (other.year - year) * 12 + (other.month - month)
  }

  public static func < (lhs: Day, rhs: Day) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let day = Day(parsing: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "expected a date YYYY-MM-DD, found \(Diagnostic.quoted(text))")
    }
    self = day
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
