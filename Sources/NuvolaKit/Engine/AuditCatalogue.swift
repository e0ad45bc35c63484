/// The texts of audit findings, one catalogue per language, keyed by finding code. Templates name
/// their parameters in braces (`{record}`, `{date}`); `Audit` fills them for both languages at once.
public struct AuditCatalogue: Sendable {
  /// The title, message and fix of one finding code, as templates.
  public struct Entry: Sendable {
    public var title: String
    public var message: String
    public var fix: String
  }

  public let language: Language
  public let entries: [FindingCode: Entry]

  public static func catalogue(_ language: Language) -> AuditCatalogue {
    switch language {
    case .it: return italian
    case .en: return english
    }
  }

  /// Fills a template; an unknown placeholder stays visible rather than vanishing silently.
  static func render(_ template: String, _ parameters: [String: BilingualText], _ language: Language)
    -> String
  {
    // Byte scan: Foundation's String.contains(_:) showed up at national scale (one call per text).
    guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
    var result = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      result += rest[..<open]
      let key = String(rest[rest.index(after: open)..<close])
      result += parameters[key]?.text(language) ?? "{\(key)}"
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }

  /// Title, message and fix of a code in both languages.
  static func texts(_ code: FindingCode, _ parameters: [String: BilingualText])
    -> (title: BilingualText, message: BilingualText, fix: BilingualText)
  {
    func both(_ part: (Entry) -> String) -> BilingualText {
      BilingualText(
        it: render(italian.entries[code].map(part) ?? code.rawValue, parameters, .it),
        en: render(english.entries[code].map(part) ?? code.rawValue, parameters, .en))
    }
    return (both(\.title), both(\.message), both(\.fix))
  }
}
