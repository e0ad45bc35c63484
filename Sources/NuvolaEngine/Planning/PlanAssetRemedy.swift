import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// What the plan does with one asset of the inventory, by its kind (planning.json `remedies`): keep
/// it, replace it at end of life, or switch it off with the service it runs; with the reason.
public struct PlanAssetRemedy: Sendable, Equatable {
  public var assetId: String
  public var kind: AssetKind
  public var site: String?
  public var remedy: RemedyRules.Remedy
  /// The month it is switched off (retire with its service), when the plan says.
  public var month: YearMonth?
  /// Past its end of support or lifetime on the as-of day.
  public var endOfLife: Bool
  public var reason: BilingualText

  public var json: JSON {
    .object([
      ("asset", .string(assetId)), ("kind", .string(kind.rawValue)), ("site", site.map(JSON.string) ?? .null),
      ("remedy", .string(remedy.rawValue)), ("remedy_label", remedy.label.json),
      ("month", month.map { .string($0.description) } ?? .null), ("end_of_life", .bool(endOfLife)),
      ("reason", reason.json),
    ])
  }
}
