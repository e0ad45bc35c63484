import NuvolaRules
import NuvolaSupport

/// How ready a comune is to move to the cloud, from 0 to 100, as the weighted sum of the factors of
/// the consolidation rules. Held in tenths of a point, so that sums and means are exact.
public struct ReadinessScore: Sendable, Equatable {
  /// One factor: its weight, how far the comune meets it (per mille; nil when unknown) and the points.
  public struct Component: Sendable, Equatable {
    public var factor: ReadinessFactor
    public var weight: Int
    /// 0...1000; nil when the inventory does not tell (scores 0, and says so).
    public var perMille: Int?
    public var tenths: Int

    public var json: JSON {
      .object([
        ("factor", .string(factor.rawValue)), ("label", factor.label.json), ("weight", .int(weight)),
        ("share", perMille.map { .double(Double($0) / 1000) } ?? .null),
        ("points", .double(Double(tenths) / 10)),
      ])
    }
  }

  public var components: [Component]

  /// 0...1000 tenths of a point.
  public var tenths: Int { components.reduce(0) { $0 + $1.tenths } }

  /// Factors the inventory does not tell, which therefore scored nothing.
  public var unknownFactors: [ReadinessFactor] { components.filter { $0.perMille == nil }.map(\.factor) }

  public init(components: [Component]) { self.components = components }

  /// Weights the shares: `weight x share` points, in tenths, rounded half up.
  public init(shares: [ReadinessFactor: Int?], weights: [ReadinessFactor: Int]) {
    components = ReadinessFactor.allCases.map { factor in
      let weight = weights[factor] ?? 0
      let share = shares[factor] ?? nil
      return Component(
        factor: factor, weight: weight, perMille: share, tenths: share.map { (weight * $0 + 50) / 100 } ?? 0)
    }
  }

  /// `72,5` (Italian) or `72.5`.
  public func text(_ language: Language) -> String { ConsolidationText.decimal(tenths, scale: 10, language) }

  public var json: JSON {
    .object([
      ("score", .double(Double(tenths) / 10)),
      ("components", .array(components.map(\.json))),
      ("unknown_factors", .array(unknownFactors.map { .string($0.rawValue) })),
    ])
  }
}

extension ReadinessScore: TextValue {}
