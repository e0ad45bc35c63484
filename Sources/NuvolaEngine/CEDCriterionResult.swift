import NuvolaSupport

/// How one site fares on one criterion of the AgID checklist, with the fields that show it.
public struct CEDCriterionResult: Sendable, Equatable {
  /// Met, not met, or unknown when the inventory lacks the fact.
  public enum Status: String, Sendable, CaseIterable {
    case met
    case notMet = "not_met"
    case unknown

    public var label: BilingualText {
      switch self {
      case .met: return BilingualText(key: "ced.met")
      case .notMet: return BilingualText(key: "ced.not_met_2")
      case .unknown: return BilingualText(key: "ced.unknown")
      }
    }
  }

  public var criterionId: String
  public var family: String
  public var title: BilingualText
  public var requiredForA: Bool
  public var status: Status
  /// One item per field read; `value` nil when the inventory does not know it.
  public var evidence: [FindingEvidence]

  public var json: JSON {
    .object([
      ("criterion", .string(criterionId)), ("family", .string(family)), ("title", title.json),
      ("required_for_a", .bool(requiredForA)), ("status", .string(status.rawValue)),
      ("evidence", .array(evidence.map(\.json))),
    ])
  }
}
