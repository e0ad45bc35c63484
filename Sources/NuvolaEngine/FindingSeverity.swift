import NuvolaSupport

/// How urgent a finding is, from critical (act now) to info.
public enum FindingSeverity: String, Sendable, CaseIterable, Comparable {
  case critical
  case high
  case medium
  case low
  case info

  /// 0 for critical: findings sort most urgent first.
  public var rank: Int {
    switch self {
    case .critical: return 0
    case .high: return 1
    case .medium: return 2
    case .low: return 3
    case .info: return 4
    }
  }

  public var label: BilingualText {
    switch self {
    case .critical: return BilingualText(key: "audit.critical")
    case .high: return BilingualText(key: "audit.high")
    case .medium: return BilingualText(key: "audit.medium")
    case .low: return BilingualText(key: "audit.low")
    case .info: return BilingualText(key: "audit.info")
    }
  }

  public static func < (lhs: FindingSeverity, rhs: FindingSeverity) -> Bool { lhs.rank < rhs.rank }
}
