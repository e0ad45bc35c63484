import NuvolaSupport

/// Where a rule comes from: a document and its section, keyed as `reference/RULES.md` keys its
/// sources (`FAQ`, `OD`, `PT`, `CI`, `MAN`, `GU`) or by vendor for lifecycle dates.
public struct RuleSource: Sendable, Equatable, Hashable {
  public var key: String { didSet { citation = RuleSource.citation(self) } }
  public var document: String { didSet { citation = RuleSource.citation(self) } }
  public var section: String? { didSet { citation = RuleSource.citation(self) } }
  /// The public repository holding the document, when it is one.
  public var repository: String? { didSet { citation = RuleSource.citation(self) } }
  public var url: String? { didSet { citation = RuleSource.citation(self) } }
  /// One line for reports: `[FAQ] PA digitale 2026 - FAQ, Misura 1.4.5, contents/faq-page/...`.
  /// Kept, not recomputed: reports cite the same few sources hundreds of thousands of times.
  public private(set) var citation: String = ""

  public init(
    key: String, document: String, section: String? = nil, repository: String? = nil, url: String? = nil
  ) {
    self.key = key
    self.document = document
    self.section = section
    self.repository = repository
    self.url = url
    citation = RuleSource.citation(self)
  }

  private static func citation(_ source: RuleSource) -> String {
    var text = "[\(source.key)] \(source.document)"
    if let section = source.section { text += ", \(section)" }
    if let repository = source.repository {
      text += " (\(repository))"
    } else if let url = source.url {
      text += " (\(url))"
    }
    return text
  }

  public var json: JSON {
    var members: [(String, JSON)] = [("key", .string(key)), ("document", .string(document))]
    if let section { members.append(("section", .string(section))) }
    if let repository { members.append(("repository", .string(repository))) }
    if let url { members.append(("url", .string(url))) }
    members.append(("citation", .string(citation)))
    return .object(members)
  }

  init(_ node: RuleNode) throws(InputError) {
    self.init(
      key: try node.string("key"), document: try node.string("document"),
      section: try node.optionalString("section"), repository: try node.optionalString("repository"),
      url: try node.optionalString("url"))
  }

  /// A `source` member that is one source object or a non-empty array of them.
  static func list(_ node: RuleNode) throws(InputError) -> [RuleSource] {
    if case .array = node.value {
      var sources: [RuleSource] = []
      for item in try node.items() { sources.append(try RuleSource(item)) }
      if sources.isEmpty { throw node.failure("no source given", expected: "at least one source") }
      return sources
    }
    return [try RuleSource(node)]
  }
}
