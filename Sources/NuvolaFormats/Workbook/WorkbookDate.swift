/// A calendar date, with a time of day when the cell has one. No time zone: spreadsheets have none.
public struct WorkbookDate: Sendable, Equatable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int
  /// Seconds since midnight, 0 for a date alone.
  public var seconds: Int

  public init(year: Int, month: Int, day: Int, seconds: Int = 0) {
    self.year = year
    self.month = month
    self.day = day
    self.seconds = seconds
  }

  /// The date a SpreadsheetML serial number stands for: days since 1899-12-30 in the 1900 system,
  /// where Excel counts a 29 February 1900 that never was (serial 60, and only serials past it
  /// are shifted), or days since 1904-01-01 in the 1904 system. Nil for serials no date matches
  /// (below 1 in the 1900 system, negative, serial 60, or past the year 9999).
  public init?(serial: Double, date1904: Bool) {
    guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
    var days = Int(serial.rounded(.down))
    var seconds = Int(((serial - Double(days)) * 86_400).rounded())
    if seconds >= 86_400 {
      days += 1
      seconds -= 86_400
    }
    let epoch: Int
    if date1904 {
      epoch = -24_107  // 1904-01-01, as days since 1970-01-01
    } else {
      guard days >= 1, days != 60 else { return nil }
      epoch = days < 60 ? -25_568 : -25_569  // 1899-12-31, or 1899-12-30 past the false leap day
    }
    let (year, month, day) = WorkbookDate.civil(fromDays: epoch + days)
    self.init(year: year, month: month, day: day, seconds: seconds)
  }

  /// An ISO 8601 date or date-time (`2024-05-01`, `2024-05-01T10:30:00`; fractions of a second
  /// and a zone are dropped); nil when it is not one.
  public init?(iso text: String) {
    let utf8 = Array(text.utf8)
    func number(_ range: Range<Int>) -> Int? {
      guard range.upperBound <= utf8.count else { return nil }
      var value = 0
      for byte in utf8[range] {
        guard byte >= 48 && byte <= 57 else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      return value
    }
    guard utf8.count >= 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-"),
      let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      (1...12).contains(month), day >= 1, day <= WorkbookDate.daysIn(month: month, year: year)
    else { return nil }
    var seconds = 0
    if utf8.count > 10 {
      guard utf8[10] == UInt8(ascii: "T"), utf8.count >= 19, utf8[13] == UInt8(ascii: ":"),
        utf8[16] == UInt8(ascii: ":"), let hour = number(11..<13), let minute = number(14..<16),
        let second = number(17..<19), hour < 24, minute < 60, second < 60
      else { return nil }
      seconds = hour * 3600 + minute * 60 + second
    }
    self.init(year: year, month: month, day: day, seconds: seconds)
  }

  /// `2024-05-01`, or `2024-05-01T10:30:00` with a time.
  public var description: String {
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    var year = String(self.year)
    while year.count < 4 { year = "0" + year }
    var text = "\(year)-\(two(month))-\(two(day))"
    if seconds > 0 {
      text += "T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    }
    return text
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The proleptic Gregorian date of a count of days since 1970-01-01 (H. Hinnant's algorithm).
  static func civil(fromDays days: Int) -> (Int, Int, Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shifted = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shifted + 2) / 5 + 1
    let month = shifted < 10 ? shifted + 3 : shifted - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// Days since 1970-01-01 of this date (the inverse of `civil`).
  var daysSince1970: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The SpreadsheetML serial number in the 1900 system (for writing).
  public var serial1900: Double {
    var days = daysSince1970 + 25_569
    if days < 61 { days -= 1 }
    return Double(days) + Double(seconds) / 86_400
  }
}
