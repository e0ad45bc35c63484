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
      text: BilingualText(key: "consolidation.declared_in_the_inventory"))
  }

  /// Population times the spend per inhabitant of the cost defaults, in whole cents.
  public static func estimate(population: Int, perInhabitant: RuleParameters.Parameter) -> SpendFigure {
    let centsPerInhabitant = Int64((perInhabitant.value * 100).rounded())
    return SpendFigure(
      value: Money(cents: centsPerInhabitant * Int64(population)), status: .estimate,
      text: BilingualText(
        key: "consolidation.spend_estimate",
        [
          "population": TextNumber.grouped(population),
          "per_inhabitant": TextNumber.decimal(Int(centsPerInhabitant), scale: 100),
          "source": perInhabitant.source.citation,
        ]))
  }

  public static let unknown = SpendFigure(
    value: nil, status: .unknown,
    text: BilingualText(key: "consolidation.unknown_not_declared_and_population"))

  public var json: JSON {
    .object([
      ("value", EngineJSON.optionalMoney(value)), ("status", .string(status.rawValue)), ("text", text.json),
    ])
  }
}
