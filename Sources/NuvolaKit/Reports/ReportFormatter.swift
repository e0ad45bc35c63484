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
    let digits = String(value.magnitude)
    return (value < 0 ? "-" : "") + grouped(digits)
  }

  /// Euro with the currency code first: `EUR 1.234.567,89`; cents only when there are any
  /// (`EUR 47.427`), so that amounts published as whole euro read as published.
  public func money(_ value: Money) -> String {
    "EUR " + amount(value)
  }

  /// The number part of `money`: `1.234.567,89`.
  public func amount(_ value: Money) -> String {
    let magnitude = value.cents.magnitude
    let whole = grouped(String(magnitude / 100))
    let cents = magnitude % 100
    let sign = value.cents < 0 ? "-" : ""
    guard cents != 0 else { return sign + whole }
    return sign + whole + String(decimalSeparator) + (cents < 10 ? "0" : "") + String(cents)
  }

  /// A decimal number with at most `digits` decimals, trailing zeros dropped: `1,6`, `2`.
  public func decimal(_ value: Double, digits: Int = 1) -> String {
    guard value.isFinite else { return "-" }
    var scale = 1.0
    for _ in 0..<max(digits, 0) { scale *= 10 }
    let scaled = (value.magnitude * scale).rounded()
    let sign = value < 0 && scaled > 0 ? "-" : ""
    let units = Int64(scaled)
    let divisor = Int64(scale)
    var text = sign + grouped(String(units / divisor))
    var fraction = String(units % divisor)
    if digits > 0 {
      fraction = String(repeating: "0", count: digits - fraction.count) + fraction
      while fraction.hasSuffix("0") { fraction.removeLast() }
      if !fraction.isEmpty { text += String(decimalSeparator) + fraction }
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

  private func grouped(_ digits: String) -> String {
    var result = ""
    result.reserveCapacity(digits.count + digits.count / 3)
    for (index, character) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { result.append(groupSeparator) }
      result.append(character)
    }
    return result
  }
}
