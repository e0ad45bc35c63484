import NuvolaSupport

/// One population class of a measure: its inclusive bounds and what it gets.
public struct MeasureClass: Sendable, Equatable {
  /// Position in the measure's list, from 0 (smallest comuni).
  public var index: Int
  /// Smallest population in the class (0 for the first).
  public var lowerBound: Int
  /// Largest population in the class, inclusive; nil for the last, open class.
  public var upperBound: Int?
  /// Amounts by component key (`lump_sum`, `website`, `service`).
  public var amounts: [String: RuleAmount]
  public var services: ServiceRange?

  public func contains(_ population: Int) -> Bool {
    population >= lowerBound && (upperBound.map { population <= $0 } ?? true)
  }

  /// As the calls write it: `<= 5.000`, `5.001 - 20.000`, `> 250.000` (`5,001 - 20,000` in English).
  public func label(_ language: Language) -> String {
    let format = { (n: Int) in MeasureClass.grouped(n, language) }
    guard let upperBound else {
      // A measure with one class (SPID/CIE: a flat amount) has no bound to speak of.
      if lowerBound == 0 { return language == .it ? "tutti i comuni" : "every comune" }
      return "> " + format(lowerBound - 1)
    }
    if lowerBound == 0 { return "<= " + format(upperBound) }
    return format(lowerBound) + " - " + format(upperBound)
  }

  public var json: JSON {
    var amountMembers: [(String, JSON)] = []
    for key in amounts.keys.sorted() { amountMembers.append((key, amounts[key]!.json)) }
    return .object([
      ("index", .int(index)),
      ("min_population", .int(lowerBound)),
      ("max_population", upperBound.map(JSON.int) ?? .null),
      ("label", BilingualText(it: label(.it), en: label(.en)).json),
      ("amounts", .object(amountMembers)),
      ("services", services?.json ?? .null),
    ])
  }

  /// Thousands grouped the way each language writes them: `20.000` in Italian, `20,000` in English.
  public static func grouped(_ value: Int, _ language: Language) -> String {
    DigitGrouping.grouped(
      UInt64(value.magnitude), negative: value < 0, separator: UInt8(ascii: language == .it ? "." : ","))
  }
}
