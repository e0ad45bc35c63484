import NuvolaEngine
import NuvolaSupport

/// Numbers, money and dates as each report language writes them: `EUR 1.234.567,89`, `21.642`,
/// `1,6`, `30/06/2026` in Italian; `EUR 1,234,567.89`, `21,642`, `1.6`, `2026-06-30` in English.
///
/// Written by hand rather than with Foundation's formatters so that output never depends on the
/// machine's locale data or ICU version: the golden files must be byte-identical everywhere.
public struct ReportFormatter: Sendable {
  public let language: Language
  let groupSeparator: Character
  let decimalSeparator: Character

  public init(_ language: Language) {
    self.language = language
    groupSeparator = language == .it ? "." : ","
    decimalSeparator = language == .it ? "," : "."
  }

  /// A whole number with thousands grouped: `21.642`.
  public func integer(_ value: Int) -> String {
    grouped(UInt64(value.magnitude), negative: value < 0)
  }

  /// Euro with the currency code first: `EUR 1.234.567,89`; cents only when there are any
  /// (`EUR 47.427`), so that amounts published as whole euro read as published.
  public func money(_ value: Money) -> String {
    "EUR " + amount(value)
  }

  /// The number part of `money`: `1.234.567,89`.
  public func amount(_ value: Money) -> String {
    let magnitude = value.cents.magnitude
    let whole = grouped(UInt64(magnitude / 100), negative: value.cents < 0)
    let cents = magnitude % 100
    guard cents != 0 else { return whole }
    return whole + String(decimalSeparator) + (cents < 10 ? "0" : "") + String(cents)
  }

  /// A decimal number with at most `digits` decimals, trailing zeros dropped: `1,6`, `2`.
  public func decimal(_ value: Double, digits: Int = 1) -> String {
    guard value.isFinite else { return "-" }
    let places = max(digits, 0)
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (value.magnitude * scale).rounded()
    // Beyond what 64 bits hold, no figure of a report is meaningful: shown like a non-number.
    guard scaled < 9e18 else { return "-" }
    let units = Int64(scaled)
    let divisor = Int64(scale)
    var text = grouped(UInt64(units / divisor), negative: value < 0 && scaled > 0)
    // Trailing zeros dropped by arithmetic, then the rest padded to its places: 2 places, 5 -> `05`.
    var fraction = units % divisor
    var fractionPlaces = places
    while fractionPlaces > 0 && fraction % 10 == 0 {
      fraction /= 10
      fractionPlaces -= 1
    }
    if fractionPlaces > 0 {
      let written = String(fraction)
      text.append(decimalSeparator)
      text += String(repeating: "0", count: fractionPlaces - written.utf8.count) + written
    }
    return text
  }

  /// A share 0...1 as a whole percentage: `58%`.
  public func percent(_ share: Double) -> String {
    decimal(share * 100, digits: 0) + "%"
  }

  /// A rate with up to one decimal: `3%`, `3,5%`.
  public func percentage(_ share: Double) -> String {
    decimal(share * 100, digits: 1) + "%"
  }

  /// A month: `10/2026` in Italian, `2026-10` in English.
  public func month(_ value: YearMonth) -> String {
    language == .it ? value.italian : value.description
  }

  /// A day: `30/06/2026` in Italian, ISO `2026-06-30` in English (unambiguous for every reader).
  public func day(_ value: Day) -> String {
    language == .it ? value.italian : value.description
  }

  /// A number as a spreadsheet of the language reads it: no grouping, the language's decimal
  /// separator (`1234,56` in Italian).
  public func plain(_ value: Money) -> String {
    let text = value.description
    return language == .it ? text.replacingOccurrences(of: ".", with: ",") : text
  }

  /// A decimal number for a spreadsheet: `1,6` in Italian, `1.6` in English, no grouping.
  public func plain(_ value: Double) -> String {
    let text = JSON.format(value)
    return language == .it ? text.replacingOccurrences(of: ".", with: ",") : text
  }

  /// `magnitude` with the language's group separator every three digits (`21.642`).
  private func grouped(_ magnitude: UInt64, negative: Bool = false) -> String {
    DigitGrouping.grouped(
      magnitude, negative: negative, separator: groupSeparator.asciiValue ?? UInt8(ascii: "."))
  }
}
