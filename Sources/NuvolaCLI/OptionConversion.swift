import NuvolaEngine
import NuvolaSupport

/// The conversions of the values options take, each with the usage error the command line has
/// always given for a bad value.
enum OptionConversion {
  /// A whole number in `range`.
  static func integer(_ name: String, in range: ClosedRange<Int>) -> (String) throws(CLIError) -> Int {
    { (text: String) throws(CLIError) in
      guard let value = Int(text), range.contains(value) else {
        throw .usage(
          "\(name) takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(Diagnostic.shorten(text))'"
        )
      }
      return value
    }
  }

  /// A month YYYY-MM.
  static func month(_ name: String) -> (String) throws(CLIError) -> YearMonth {
    { (text: String) throws(CLIError) in
      guard let month = YearMonth(parsing: text) else {
        throw .usage("\(name) takes a month YYYY-MM (e.g. 2026-01), not '\(Diagnostic.shorten(text))'")
      }
      return month
    }
  }

  /// A day YYYY-MM-DD.
  static func day(_ name: String) -> (String) throws(CLIError) -> Day {
    { (text: String) throws(CLIError) in
      guard let day = Day(parsing: text) else {
        throw .usage("\(name) takes a date YYYY-MM-DD, not '\(Diagnostic.shorten(text))'")
      }
      return day
    }
  }

  /// A comma-separated list (`A,B,C`); empty items are dropped, so `,` is an empty list.
  static func list(_ text: String) -> [String] { text.split(separator: ",").map(String.init) }
}
