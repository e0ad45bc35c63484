/// The period in which a call for funding (avviso) accepted applications.
public struct CallWindow: Sendable, Equatable {
  public var id: String
  public var opens: Day
  public var closes: Day
  /// Money the call made available, when published.
  public var budget: Money?
  public var source: RuleSource

  /// Whether the call accepts applications on the given day (both ends included).
  public func isOpen(on day: Day) -> Bool { opens <= day && day <= closes }

  public var json: JSON {
    .object([
      ("id", .string(id)), ("opens", .string(opens.description)), ("closes", .string(closes.description)),
      ("budget", budget.map(EngineJSON.money) ?? .null), ("source", source.json),
    ])
  }

  init(_ node: RuleNode) throws(InputError) {
    id = try node.string("id")
    opens = try node.day("opens")
    closes = try node.day("closes")
    if closes < opens {
      throw try node.member("closes").failure(
        "closes before it opens", expected: "a day on or after \(opens)")
    }
    budget = try node.optionalMember("budget")?.money()
    source = try RuleSource(node.member("source"))
  }
}
