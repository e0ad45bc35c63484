/// What a cell holds, as the file stores it (a formula by its cached result).
public enum CellValue: Sendable, Equatable {
  case empty
  case string(String)
  case number(Double)
  case bool(Bool)
  /// A number the cell's format shows as a date (SpreadsheetML), or an OpenDocument date.
  case date(WorkbookDate)
  /// An error value such as `#DIV/0!`.
  case error(String)

  /// The value as text, the way a CSV export writes it: numbers without an exponent or a trailing
  /// `.0` (`16`, `0.25`), dates ISO 8601 (`2024-05-01`), booleans `true`/`false`, errors as shown.
  public var text: String {
    switch self {
    case .empty: return ""
    case .string(let text): return text
    case .number(let number): return CellValue.canonical(number)
    case .bool(let flag): return flag ? "true" : "false"
    case .date(let date): return date.description
    case .error(let text): return text
    }
  }

  /// A number in its shortest exact decimal form, never with an exponent.
  public static func canonical(_ number: Double) -> String {
    guard number.isFinite else { return number.description }
    if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
    let text = number.description
    guard let exponentIndex = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
      let exponent = Int(text[text.index(after: exponentIndex)...])
    else { return text }
    // Spell the exponent out: 1.5e-05 is 0.000015.
    var mantissa = String(text[..<exponentIndex])
    let negative = mantissa.hasPrefix("-")
    if negative { mantissa.removeFirst() }
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let whole = String(parts[0])
    let fraction = parts.count > 1 ? String(parts[1]) : ""
    var digits = whole + fraction
    var point = whole.count + exponent
    if point <= 0 {
      digits = String(repeating: "0", count: 1 - point) + digits
      point = 1
    } else if point > digits.count {
      digits += String(repeating: "0", count: point - digits.count)
    }
    var result = String(digits.prefix(point))
    var rest = String(digits.dropFirst(point))
    while rest.hasSuffix("0") { rest.removeLast() }
    if !rest.isEmpty { result += "." + rest }
    return (negative ? "-" : "") + result
  }
}
