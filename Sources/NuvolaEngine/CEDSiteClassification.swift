import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// The AgID classification of one site: every criterion with its evidence, the class, the reasons
/// and the obligations that follow.
public struct CEDSiteClassification: Sendable, Equatable {
  public var siteId: String
  public var siteName: String
  public var siteKind: SiteKind?
  public var cedClass: CEDClass
  public var criteria: [CEDCriterionResult]
  /// Empty for class A.
  public var reasons: [CEDClassReason]
  public var classDescription: BilingualText
  public var obligations: [RuleItem]

  public var json: JSON {
    .object([
      ("site", .string(siteId)),
      ("name", .string(siteName)),
      ("kind", siteKind.map { .string($0.rawValue) } ?? .null),
      ("class", .string(cedClass.rawValue)),
      ("class_label", cedClass.label.json),
      ("class_description", classDescription.json),
      ("reasons", .array(reasons.map(\.json))),
      ("criteria", .array(criteria.map(\.json))),
      ("obligations", .array(obligations.map(\.json))),
    ])
  }
}
