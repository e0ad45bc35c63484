import NuvolaSupport

/// A day by which something must be done, with the rule that sets it.
public struct RuleDeadline: Sendable, Equatable {
  public var id: String
  public var day: Day
  public var text: BilingualText
  public var source: RuleSource
  public var confirmed: Bool

  public var json: JSON {
    .object([
      ("id", .string(id)), ("day", .string(day.description)), ("text", text.json),
      ("source", source.json), ("confirmed", .bool(confirmed)),
    ])
  }

  init(_ node: RuleNode) throws(InputError) {
    id = try node.string("id")
    day = try node.day("day")
    text = try BilingualText(node)
    source = try RuleSource(node.member("source"))
    confirmed = try node.bool("confirmed")
  }
}
