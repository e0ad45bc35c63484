import NuvolaSupport

/// One statement of a rules file in both languages (a condition, an obligation, a dossier step),
/// with its source and whether the source confirms it.
public struct RuleItem: Sendable, Equatable {
  public var id: String
  public var text: BilingualText
  public var source: RuleSource
  public var confirmed: Bool
  public var note: String?

  public init(id: String, text: BilingualText, source: RuleSource, confirmed: Bool, note: String? = nil) {
    self.id = id
    self.text = text
    self.source = source
    self.confirmed = confirmed
    self.note = note
  }

  public var json: JSON {
    var members: [(String, JSON)] = [
      ("id", .string(id)), ("text", text.json), ("source", source.json), ("confirmed", .bool(confirmed)),
    ]
    if let note { members.append(("note", .string(note))) }
    return .object(members)
  }

  init(_ node: RuleNode) throws(InputError) {
    self.init(
      id: try node.string("id"), text: try BilingualText(node), source: try RuleSource(node.member("source")),
      confirmed: try node.bool("confirmed"), note: try node.optionalString("note"))
  }

  static func list(_ nodes: [RuleNode]) throws(InputError) -> [RuleItem] {
    var items: [RuleItem] = []
    var seen: Set<String> = []
    for node in nodes {
      let item = try RuleItem(node)
      guard seen.insert(item.id).inserted else {
        throw try node.member("id").failure("duplicate id", expected: "ids unique within the list")
      }
      items.append(item)
    }
    return items
  }
}
