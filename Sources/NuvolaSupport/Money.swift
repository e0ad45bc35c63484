/// An amount in euro, held as whole cents so that sums are exact and output is deterministic.
public struct Money: Sendable, Hashable, Comparable, Codable, CustomStringConvertible,
  AdditiveArithmetic
{
  public var cents: Int64

  public init(cents: Int64) { self.cents = cents }
  public init(euros: Int) { self.cents = Int64(euros) * 100 }

  /// Rounds a computed amount to the nearest cent (half away from zero).
  public init(euros: Double) { self.cents = Int64((euros * 100).rounded()) }

  public static let zero = Money(cents: 0)

  public var euros: Double { Double(cents) / 100 }

  /// Parses `1234`, `1234.5`, `1234,56` (one decimal separator, at most two decimals, no thousands
  /// separators, so that `1.234` is never silently read as one thousand). Returns nil otherwise.
  public init?(parsing text: String) {
    guard let cents = Money.cents(utf8: text.utf8) else { return nil }
    self.cents = cents
  }

  /// The cents of `Money(parsing:)` read from UTF-8 bytes, nil when they are not an amount.
  @inlinable
  public static func cents<Bytes: Sequence<UInt8>>(utf8: Bytes) -> Int64? {
    var whole: Int64 = 0
    var fraction: Int64 = 0
    var fractionDigits = 0
    var seenSeparator = false
    var digits = 0
    var negative = false
    for (index, byte) in utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "-") where index == 0:
        negative = true
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        let digit = Int64(byte - UInt8(ascii: "0"))
        if seenSeparator {
          fractionDigits += 1
          guard fractionDigits <= 2 else { return nil }
          fraction = fraction * 10 + digit
        } else {
          digits += 1
          guard digits <= 13 else { return nil }
          whole = whole * 10 + digit
        }
      case UInt8(ascii: "."), UInt8(ascii: ","):
        guard !seenSeparator, digits > 0 else { return nil }
        seenSeparator = true
      default:
        return nil
      }
    }
    guard digits > 0, !(seenSeparator && fractionDigits == 0) else { return nil }
    if fractionDigits == 1 { fraction *= 10 }
    let cents = whole * 100 + fraction
    return negative ? -cents : cents
  }

  /// Plain machine form: `1234.5` becomes `1234.50`, whole amounts have no decimals (`1234`).
  public var description: String {
    // Built from `String(_:)` pieces: interpolation costs several times more, and register-wide
    // tables write some 200,000 amounts.
    let magnitude = cents.magnitude
    var text = String(magnitude / 100)
    let fraction = magnitude % 100
    if fraction != 0 {
      text += fraction < 10 ? ".0" : "."
      text += String(fraction)
    }
    return cents < 0 ? "-" + text : text
  }

  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }
  public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
  public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }
  public static func * (lhs: Money, rhs: Int) -> Money { Money(cents: lhs.cents * Int64(rhs)) }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let value = try? container.decode(Int64.self) {
      self.init(cents: value * 100)
    } else {
      self.init(euros: try container.decode(Double.self))
    }
  }

  /// Encodes as a number of euro (`1234.5`), the form inventory files use.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if cents % 100 == 0 {
      try container.encode(cents / 100)
    } else {
      try container.encode(euros)
    }
  }
}
