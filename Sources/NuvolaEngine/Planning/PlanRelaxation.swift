import NuvolaSupport

/// A constraint no plan can satisfy as set, and how to relax it: which applications it blocks and
/// the smallest value that would let them in (a budget, a capacity), when there is one.
public struct PlanRelaxation: Sendable, Equatable {
  /// The constraint to relax.
  public enum Constraint: String, Sendable, CaseIterable {
    case budget
    case capacity
    case deadline
    case dependencies
  }

  public var constraint: Constraint
  public var applications: [String]
  public var text: BilingualText
  /// The smallest budget per year that lets the applications in.
  public var minimumBudget: Money?
  /// The smallest capacity per wave that lets the applications in.
  public var minimumCapacity: Int?

  public var json: JSON {
    .object([
      ("constraint", .string(constraint.rawValue)), ("applications", EngineJSON.strings(applications)),
      ("text", text.json), ("minimum_budget_per_year", EngineJSON.optionalMoney(minimumBudget)),
      ("minimum_per_wave", minimumCapacity.map(JSON.int) ?? .null),
    ])
  }
}
