import NuvolaRules
import NuvolaSupport

/// Why the plan decided something: the rule that fired, in both languages, the facts of the
/// inventory it read (record, field, value; value nil = unknown) and the sources of the rule.
public struct PlanReason: Sendable, Equatable {
  /// Stable id of the rule (`man-repurchase`, `acn-critico`, `override`, `pnrr-1.2-mode`...).
  public var rule: String
  public var text: BilingualText
  public var facts: [FindingEvidence]
  public var sources: [RuleSource]

  public init(rule: String, text: BilingualText, facts: [FindingEvidence] = [], sources: [RuleSource] = []) {
    self.rule = rule
    self.text = text
    self.facts = facts
    self.sources = sources
  }

  public var json: JSON {
    .object([
      ("rule", .string(rule)), ("text", text.json), ("facts", .array(facts.map(\.json))),
      ("sources", .array(sources.map(\.json))),
    ])
  }
}
