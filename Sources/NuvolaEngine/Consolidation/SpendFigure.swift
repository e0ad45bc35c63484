import NuvolaRules
import NuvolaSupport

/// The yearly ICT spend Nuvola uses for a comune and how it is known: declared in the inventory, an
/// estimate per inhabitant (cost-defaults.json, shown as "stima"), or unknown (never zero).
public struct SpendFigure: Sendable, Equatable {
  /// How the figure is known; raw values appear in CSV and JSON.
  public enum Status: String, Sendable, CaseIterable {
    case declared
    case estimate
    case unknown
  }

  public var value: Money?
  public var status: Status
  /// Where the figure comes from, in words.
  public var text: BilingualText

  public static func declared(_ value: Money) -> SpendFigure {
    SpendFigure(
      value: value, status: .declared,
      text: BilingualText(it: "dichiarata nell'inventario", en: "declared in the inventory"))
  }

  /// Population times the spend per inhabitant of the cost defaults, in whole cents.
  public static func estimate(population: Int, perInhabitant: RuleParameters.Parameter) -> SpendFigure {
    let centsPerInhabitant = Int64((perInhabitant.value * 100).rounded())
    let euros = ConsolidationText.decimal(Int(centsPerInhabitant), scale: 100, .en)
    let eurosIt = ConsolidationText.decimal(Int(centsPerInhabitant), scale: 100, .it)
    return SpendFigure(
      value: Money(cents: centsPerInhabitant * Int64(population)), status: .estimate,
      text: BilingualText(
        it: "stima: \(ConsolidationText.grouped(population, .it)) abitanti x EUR \(eurosIt) per abitante "
          + "(\(perInhabitant.source.citation))",
        en:
          "estimate: \(ConsolidationText.grouped(population, .en)) inhabitants x EUR \(euros) per inhabitant "
          + "(\(perInhabitant.source.citation))"))
  }

  public static let unknown = SpendFigure(
    value: nil, status: .unknown,
    text: BilingualText(
      it: "sconosciuta: non dichiarata e popolazione sconosciuta",
      en: "unknown: not declared and population unknown"))

  public var json: JSON {
    .object([
      ("value", EngineJSON.optionalMoney(value)), ("status", .string(status.rawValue)), ("text", text.json),
    ])
  }
}
