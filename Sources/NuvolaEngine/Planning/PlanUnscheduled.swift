import NuvolaModel
import NuvolaSupport

/// An application that should move but that no wave can hold under the constraints given: it stays
/// where it is, and the plan says why (and `relaxations` says what to change).
public struct PlanUnscheduled: Sendable, Equatable {
  public var applicationId: String
  public var name: String
  public var strategy: Strategy
  public var reason: BilingualText

  public var json: JSON {
    .object([
      ("application", .string(applicationId)), ("name", .string(name)),
      ("strategy", .string(strategy.rawValue)),
      ("reason", reason.json),
    ])
  }
}
