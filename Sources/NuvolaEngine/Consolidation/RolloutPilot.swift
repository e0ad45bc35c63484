import NuvolaSupport

/// A pilot comune of the rollout: chosen by the rule (the readiest of its cluster) or named by the
/// user, with the reason.
public struct RolloutPilot: Sendable, Equatable {
  public var istatCode: String
  public var name: String
  public var clusterKey: String?
  /// Tenths of a point; nil without an inventory.
  public var readiness: Int?
  public var named: Bool
  public var reason: BilingualText

  public var json: JSON {
    .object([
      ("istat_code", .string(istatCode)), ("name", .string(name)),
      ("cluster", clusterKey.map(JSON.string) ?? .null),
      ("readiness", readiness.map { .double(Double($0) / 10) } ?? .null),
      ("named_by_user", .bool(named)), ("reason", reason.json),
    ])
  }
}
