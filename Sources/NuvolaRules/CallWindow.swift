import NuvolaSupport

/// The period in which a call for funding (avviso) accepted applications.
public struct CallWindow: Sendable, Equatable {
  public var id: String
  /// The measure code the call belongs to (`1.4.3-appio`); nil in a measure's own file.
  public var measure: String?
  /// The title as published (`1.2 Abilitazione al Cloud - Comuni - luglio 2025`).
  public var title: String?
  /// The state the publisher gave the call (`TERMINATO`) on the day of its file.
  public var publishedStatus: String?
  public var opens: Day
  public var closes: Day
  /// Money the call made available, when published.
  public var budget: Money?
  public var source: RuleSource

  /// Whether the call accepts applications on the given day (both ends included).
  public func isOpen(on day: Day) -> Bool { opens <= day && day <= closes }

  /// The title if published, else the id.
  public var name: String { title ?? id }

  public var json: JSON {
    .object([
      ("id", .string(id)), ("measure", measure.map(JSON.string) ?? .null),
      ("title", title.map(JSON.string) ?? .null),
      ("published_status", publishedStatus.map(JSON.string) ?? .null), ("opens", .string(opens.description)), ("closes", .string(closes.description)),
      ("budget", budget.map(EngineJSON.money) ?? .null), ("source", source.json),
    ])
  }

  init(_ node: RuleNode) throws(InputError) {
    id = try node.string("id")
    measure = try node.optionalString("measure")
    title = try node.optionalString("title")
    publishedStatus = try node.optionalString("published_status")
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
