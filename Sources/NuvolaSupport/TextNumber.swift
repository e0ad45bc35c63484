/// A number that fills a catalogue text, written with the conventions of the text's language when
/// it is rendered: thousands `1.234` / `1,234`, decimals `2,5` / `2.5`, amounts `EUR 1.234,50` /
/// `EUR 1,234.50`.
public struct TextNumber: TextValue, Equatable {
  enum Kind: Equatable {
    /// Thousands grouped: `20.000` / `20,000`.
    case grouped(Int)
    /// Whole euro, grouped, rounded: `7.900` / `7,900`.
    case wholeEuros(Double)
    /// `EUR 7.900` / `EUR 7,900`.
    case wholeEuroAmount(Double)
    /// `EUR 1.234` or, with cents, `EUR 1.234,50` / `EUR 1,234.50`.
    case money(Money)
    /// `value / scale` without trailing zeros: `72,5` / `72.5`.
    case decimal(Int, scale: Int)
    /// Basis points as a percentage: `2,5%` / `2.5%`.
    case percent(Int)
  }

  let kind: Kind

  public static func grouped(_ value: Int) -> TextNumber { TextNumber(kind: .grouped(value)) }
  public static func euros(_ value: Double) -> TextNumber { TextNumber(kind: .wholeEuros(value)) }
  public static func euros(_ value: Money) -> TextNumber { TextNumber(kind: .wholeEuros(value.euros)) }
  public static func amount(_ value: Double) -> TextNumber { TextNumber(kind: .wholeEuroAmount(value)) }
  public static func money(_ value: Money) -> TextNumber { TextNumber(kind: .money(value)) }
  public static func decimal(_ value: Int, scale: Int) -> TextNumber {
    TextNumber(kind: .decimal(value, scale: scale))
  }
  public static func percent(_ basisPoints: Int) -> TextNumber { TextNumber(kind: .percent(basisPoints)) }

  public func text(_ language: Language) -> String {
    switch kind {
    case .grouped(let value): return Self.grouped(value, language)
    case .wholeEuros(let value): return Self.wholeEuros(value, language)
    case .wholeEuroAmount(let value): return "EUR " + Self.wholeEuros(value, language)
    case .money(let value): return Self.money(value, language)
    case .decimal(let value, let scale): return Self.decimal(value, scale: scale, language)
    case .percent(let basisPoints): return Self.decimal(basisPoints, scale: 100, language) + "%"
    }
  }

  /// Thousands grouped the way each language writes them.
  public static func grouped(_ value: Int, _ language: Language) -> String {
    DigitGrouping.grouped(
      UInt64(value.magnitude), negative: value < 0, separator: UInt8(ascii: language == .it ? "." : ","))
  }

  /// Whole euro, rounded, grouped.
  public static func wholeEuros(_ value: Double, _ language: Language) -> String {
    let whole = Int64(value.rounded())
    return DigitGrouping.grouped(
      whole.magnitude, negative: whole < 0, separator: UInt8(ascii: language == .it ? "." : ","))
  }

  /// Whole euro without decimals, otherwise two decimals; thousands grouped.
  public static func money(_ amount: Money, _ language: Language) -> String {
    let sign = amount.cents < 0 ? "-" : ""
    let magnitude = amount.cents.magnitude
    let whole = grouped(Int(magnitude / 100), language)
    let cents = Int(magnitude % 100)
    guard cents != 0 else { return "EUR \(sign)\(whole)" }
    let separator = language == .it ? "," : "."
    return "EUR \(sign)\(whole)\(separator)\(cents < 10 ? "0" : "")\(cents)"
  }

  /// A fixed-point number (`value / scale`) without trailing zeros: `decimal(725, scale: 10)` is `72,5`.
  public static func decimal(_ value: Int, scale: Int, _ language: Language) -> String {
    let sign = value < 0 ? "-" : ""
    let magnitude = value.magnitude
    let whole = grouped(Int(magnitude / UInt(scale)), language)
    var fraction = Int(magnitude % UInt(scale))
    guard fraction != 0 else { return sign + whole }
    var digits = String(fraction)
    let width = String(scale).count - 1
    digits = String(repeating: "0", count: width - digits.count) + digits
    while digits.hasSuffix("0") {
      digits.removeLast()
      fraction /= 10
    }
    return sign + whole + (language == .it ? "," : ".") + digits
  }
}
