import NuvolaEngine

/// A visual mark for a value that matters at a glance: a severity, a CED class, a criterion's status,
/// an estimate. It always travels with a text label and a symbol of its own shape; the colour that
/// HTML adds is only a third signal.
public enum ReportMark: String, Sendable, Equatable, CaseIterable {
  case critical
  case high
  case medium
  case low
  case info
  /// Met, eligible, class A, confirmed.
  case good
  /// Not met, not eligible, Gruppo B.
  case bad
  /// Not known: never shown as good or bad.
  case unknown
  /// An estimate ("stima"): a number to be checked.
  case estimate

  /// A symbol whose shape differs for every mark.
  public var symbol: String {
    switch self {
    case .critical: return "▲"
    case .high: return "◆"
    case .medium: return "●"
    case .low: return "○"
    case .info: return "ℹ"
    case .good: return "✓"
    case .bad: return "✗"
    case .unknown: return "?"
    case .estimate: return "≈"
    }
  }

  /// The mark of an audit severity.
  public init(_ severity: FindingSeverity) {
    switch severity {
    case .critical: self = .critical
    case .high: self = .high
    case .medium: self = .medium
    case .low: self = .low
    case .info: self = .info
    }
  }
}
