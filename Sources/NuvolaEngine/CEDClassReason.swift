import NuvolaSupport

/// Why a site is Gruppo B: a required criterion not met, one whose facts are unknown, or the census
/// left unanswered (Gruppo B by default).
public struct CEDClassReason: Sendable, Equatable {
  /// The kind of reason, most decisive first.
  public enum Kind: String, Sendable, CaseIterable {
    case censusNotAnswered = "census_not_answered"
    case notMet = "not_met"
    case unknown
  }

  public var kind: Kind
  public var criterionId: String
  public var text: BilingualText

  public var json: JSON {
    .object([("kind", .string(kind.rawValue)), ("criterion", .string(criterionId)), ("text", text.json)])
  }
}
