import NuvolaRules
import NuvolaSupport

/// Joint procurement of one spend category across the comuni: the total, the discount tier the group
/// reaches, what shared contracts and the volume discount save, and the arithmetic behind it.
public struct CategoryProcurement: Sendable, Equatable {
  public var category: SpendCategory
  /// The volume discount applies to this category (consolidation.json `applies_to`).
  public var discountable: Bool
  public var spend: Money
  /// Comuni with spend in the category.
  public var comuni: Int
  public var groupTier: VolumeDiscount.Tier
  /// Lowest and highest discount the comuni get alone, in basis points.
  public var aloneBasisPoints: ClosedRange<Int>
  public var sharedContractSaving: Money
  public var volumeSaving: Money
  /// Lines of arithmetic, in the order they are applied.
  public var arithmetic: [BilingualText]

  public var saving: Money { sharedContractSaving + volumeSaving }
  /// Savings on an estimated spend are estimates.
  public var isEstimate: Bool { category == .estimated }

  public var json: JSON {
    .object([
      ("category", .string(category.rawValue)), ("label", category.label.json),
      ("discountable", .bool(discountable)), ("spend", EngineJSON.money(spend)), ("comuni", .int(comuni)),
      ("group_tier", groupTier.json),
      ("alone_rate_min", .double(Double(aloneBasisPoints.lowerBound) / 10_000)),
      ("alone_rate_max", .double(Double(aloneBasisPoints.upperBound) / 10_000)),
      ("shared_contract_saving", EngineJSON.money(sharedContractSaving)),
      ("volume_saving", EngineJSON.money(volumeSaving)), ("saving", EngineJSON.money(saving)),
      ("estimate", .bool(isEstimate)), ("arithmetic", .array(arithmetic.map(\.json))),
    ])
  }
}
