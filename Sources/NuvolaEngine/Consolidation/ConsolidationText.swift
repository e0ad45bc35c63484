import NuvolaRules
import NuvolaSupport

/// How the consolidation results write amounts, rates and counts in each language (`EUR 1.234,50`
/// in Italian, `EUR 1,234.50` in English), so that the arithmetic the engine states reads the same in
/// every output.
public enum ConsolidationText {
  /// Whole euro without decimals, otherwise two decimals; thousands grouped.
  public static func money(_ amount: Money, _ language: Language) -> String {
    TextNumber.money(amount, language)
  }

  public static func moneyText(_ amount: Money) -> BilingualText {
    BilingualText(it: money(amount, .it), en: money(amount, .en))
  }

  /// Basis points as a percentage: 500 is `5%`, 250 is `2,5%` (`2.5%` in English).
  public static func percent(_ basisPoints: Int, _ language: Language) -> String {
    decimal(basisPoints, scale: 100, language) + "%"
  }

  public static func percentText(_ basisPoints: Int) -> BilingualText {
    BilingualText(it: percent(basisPoints, .it), en: percent(basisPoints, .en))
  }

  /// Thousands grouped the way each language writes them.
  public static func grouped(_ value: Int, _ language: Language) -> String {
    TextNumber.grouped(value, language)
  }

  public static func groupedText(_ value: Int) -> BilingualText {
    BilingualText(it: grouped(value, .it), en: grouped(value, .en))
  }

  /// A fixed-point number (`value / scale`) without trailing zeros: `decimal(725, scale: 10)` is `72,5`.
  public static func decimal(_ value: Int, scale: Int, _ language: Language) -> String {
    TextNumber.decimal(value, scale: scale, language)
  }

  /// The same text in both languages (names, codes).
  static func same(_ text: String) -> BilingualText { BilingualText(it: text, en: text) }

  /// Builds a sentence in both languages from parts that are themselves bilingual or plain.
  static func join(_ parts: [BilingualText], separator: String = "") -> BilingualText {
    BilingualText(
      it: parts.map(\.it).joined(separator: separator), en: parts.map(\.en).joined(separator: separator))
  }
}
