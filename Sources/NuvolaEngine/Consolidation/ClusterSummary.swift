import NuvolaRules
import NuvolaSupport

/// One population cluster of the comuni (Regione Lombardia's under 5,000, 5,000 to 15,000, over
/// 15,000), or the line of comuni whose population is unknown, never dropped: how many, how many
/// inhabitants, how many inventories are in, and how ready they are.
public struct ClusterSummary: Sendable, Equatable {
  /// Nil for the line of unknown population.
  public var cluster: ClusterBoundaries.Cluster?
  public var comuni = 0
  public var population = 0
  public var withInventory = 0
  /// Sum of the readiness of the comuni with an inventory, in tenths, for the mean.
  public var readinessTenths = 0
  public var spendDeclared = Money.zero
  public var spendEstimated = Money.zero

  public init(cluster: ClusterBoundaries.Cluster?) { self.cluster = cluster }

  public var key: String { cluster?.key ?? "unknown" }

  public var label: BilingualText {
    cluster?.label ?? BilingualText(key: "consolidation.population_unknown")
  }

  /// Mean readiness of the comuni with an inventory, in tenths, rounded half up; nil when none is in.
  public var meanReadiness: Int? {
    withInventory == 0 ? nil : (readinessTenths + withInventory / 2) / withInventory
  }

  public var json: JSON {
    .object([
      ("key", .string(key)), ("label", label.json),
      ("min_population", cluster.map { .int($0.lowerBound) } ?? .null),
      ("max_population", cluster?.upperBound.map(JSON.int) ?? .null),
      ("comuni", .int(comuni)), ("population", .int(population)), ("with_inventory", .int(withInventory)),
      ("readiness", meanReadiness.map { .double(Double($0) / 10) } ?? .null),
      ("ict_spend_declared", EngineJSON.money(spendDeclared)),
      ("ict_spend_estimated", EngineJSON.money(spendEstimated)),
    ])
  }
}
