import NuvolaSupport

/// The header every rules file carries: what it is, where its facts come from, when it was written
/// and for which period it holds, and which file it was read from.
public struct RuleProvenance: Sendable, Equatable {
  /// File name, e.g. `pnrr-1.4.5-pnd.json`.
  public var fileName: String
  /// `bundled` for the files shipped with Nuvola, otherwise the path of the user's file.
  public var origin: String
  public var kind: String
  public var id: String
  public var title: BilingualText
  public var sources: [RuleSource]
  /// The day the data was compiled from its sources.
  public var date: Day
  /// First day the rules apply; nil when the sources do not pin it.
  public var validFrom: Day?
  /// Last day the rules apply; nil while open.
  public var validTo: Day?
  public var note: String?

  public var isBundled: Bool { origin == RuleProvenance.bundledOrigin }
  public static let bundledOrigin = "bundled"

  public var json: JSON {
    .object([
      ("file", .string(fileName)),
      ("origin", .string(origin)),
      ("kind", .string(kind)),
      ("id", .string(id)),
      ("title", title.json),
      ("sources", .array(sources.map(\.json))),
      ("date", .string(date.description)),
      ("valid_from", validFrom.map { .string($0.description) } ?? .null),
      ("valid_to", validTo.map { .string($0.description) } ?? .null),
      ("note", note.map(JSON.string) ?? .null),
    ])
  }

  init(_ node: RuleNode, fileName: String, origin: String) throws(InputError) {
    self.fileName = fileName
    self.origin = origin
    kind = try node.string("kind")
    id = try node.string("id")
    title = try BilingualText(node.member("title"))
    sources = try RuleSource.list(node.member("source"))
    date = try node.day("date")
    // Both keys must be written, even as null, so that an open validity is a statement, not an omission.
    let from = try node.member("valid_from")
    validFrom = from.isNull ? nil : try from.day()
    let to = try node.member("valid_to")
    validTo = to.isNull ? nil : try to.day()
    if let validFrom, let validTo, validTo < validFrom {
      throw to.failure("ends before it starts", expected: "a day on or after valid_from \(validFrom)")
    }
    note = try node.optionalString("note")
  }
}
