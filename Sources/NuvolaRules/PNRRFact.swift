import NuvolaSupport

/// A fact of the PNRR calendar that is not a call: what follows an award, an obligation that outlives
/// the PNRR, a funding source known after it. `source` is nil when no published source is known
/// ("fonte non nota"), which the outputs say.
public struct PNRRFact: Sendable, Equatable {
  public var id: String
  public var text: BilingualText
  public var source: RuleSource?
  /// Who the fact concerns: `all`, `gruppo_b`, `acn_compliant`, `metropolitan_city`; nil for everyone.
  public var appliesTo: String?
  /// The day it refers to (a due date, an entry into force), when it has one.
  public var day: Day?

  /// The source's citation, or "fonte non nota" when none is known.
  public func citation(_ language: Language) -> String {
    source?.citation ?? (language == .it ? "fonte non nota" : "source not known")
  }

  public var json: JSON {
    .object([
      ("id", .string(id)), ("text", text.json), ("source", source?.json ?? .null),
      ("applies_to", appliesTo.map(JSON.string) ?? .null), ("day", day.map { .string($0.description) } ?? .null),
    ])
  }

  init(_ node: RuleNode) throws(InputError) {
    id = try node.string("id")
    text = try BilingualText(node)
    let sourceNode = try node.member("source")
    source = sourceNode.isNull ? nil : try RuleSource(sourceNode)
    appliesTo = try node.optionalString("applies_to")
    day = try node.optionalDay("day")
  }
}
