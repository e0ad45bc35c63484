import NuvolaSupport

/// The texts of audit findings, one catalogue per language, keyed by finding code. Templates name
/// their parameters in braces (`{record}`, `{date}`); `Audit` fills them for both languages at once.
public struct AuditCatalogue: Sendable {
  /// The title, message and fix of one finding code, as templates.
  public struct Entry: Sendable {
    public var title: String { titleTemplate.text }
    public var message: String { messageTemplate.text }
    public var fix: String { fixTemplate.text }
    let titleTemplate: MessageTemplate
    let messageTemplate: MessageTemplate
    let fixTemplate: MessageTemplate

    init(title: String, message: String, fix: String) {
      titleTemplate = MessageTemplate(title)
      messageTemplate = MessageTemplate(message)
      fixTemplate = MessageTemplate(fix)
    }
  }

  public let language: Language
  public let entries: [FindingCode: Entry]

  public static func catalogue(_ language: Language) -> AuditCatalogue {
    switch language {
    case .it: return italian
    case .en: return english
    }
  }

  /// Title, message and fix of a code in both languages.
  static func texts(_ code: FindingCode, _ parameters: KeyValuePairs<String, BilingualText>)
    -> (title: BilingualText, message: BilingualText, fix: BilingualText)
  {
    let italianEntry = italian.entries[code]
    let englishEntry = english.entries[code]
    func both(_ part: (Entry) -> MessageTemplate) -> BilingualText {
      BilingualText(
        it: italianEntry.map { part($0).filled(parameters, .it) } ?? code.rawValue,
        en: englishEntry.map { part($0).filled(parameters, .en) } ?? code.rawValue)
    }
    return (both { $0.titleTemplate }, both { $0.messageTemplate }, both { $0.fixTemplate })
  }
}
