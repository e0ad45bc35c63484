import NuvolaSupport

/// Work a wave needs before its applications can move: a faster link for a site (done in an earlier
/// wave than the moves it serves) or the ACN classification of services whose class is unknown.
public struct PlanPrerequisite: Sendable, Equatable {
  /// What kind of work.
  public enum Kind: String, Sendable, CaseIterable {
    case linkUpgrade = "link_upgrade"
    case acnClassification = "acn_classification"
  }

  public var kind: Kind
  public var site: String?
  /// The applications it is done for.
  public var applications: [String]
  public var text: BilingualText
  public var oneOffCost: Money
  /// Extra yearly cost from the next wave on (a faster line's fee).
  public var yearlyCostAfter: Money
  public var facts: [FindingEvidence]

  public var json: JSON {
    .object([
      ("kind", .string(kind.rawValue)), ("site", site.map(JSON.string) ?? .null),
      ("applications", EngineJSON.strings(applications)), ("text", text.json),
      ("one_off_cost", EngineJSON.money(oneOffCost)),
      ("yearly_cost_after", EngineJSON.money(yearlyCostAfter)),
      ("facts", .array(facts.map(\.json))),
    ])
  }
}
