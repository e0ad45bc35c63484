/// A text in both report languages, so that an engine result can be rendered in Italian or English
/// without computing it again: either given in both languages (a rules file's descriptions), or a
/// key of the message catalogue with its values (`CatalogueText`), rendered when it is read.
public struct BilingualText: Sendable, Equatable, Hashable {
  enum Storage: Sendable {
    case given(it: String, en: String)
    case catalogue(CatalogueText)
  }

  let storage: Storage

  public init(it: String, en: String) {
    storage = .given(it: it, en: en)
  }

  /// The catalogue text `key` with the values of its placeholders.
  public init(key: String, _ arguments: KeyValuePairs<String, any TextValue> = [:]) {
    storage = .catalogue(CatalogueText(key, arguments))
  }

  public init(_ text: CatalogueText) {
    storage = .catalogue(text)
  }

  /// No text: an optional part of a sentence that is absent.
  public static let empty = BilingualText(it: "", en: "")

  /// The catalogue key and values, when the text comes from the catalogue.
  public var catalogueText: CatalogueText? {
    if case .catalogue(let text) = storage { return text }
    return nil
  }

  public var it: String { text(.it) }
  public var en: String { text(.en) }

  /// The text in the given language.
  public func text(_ language: Language) -> String {
    switch storage {
    case .given(let it, let en): return language == .it ? it : en
    case .catalogue(let text): return text.text(language)
    }
  }

  public var json: JSON { .object([("it", .string(it)), ("en", .string(en))]) }

  /// Two texts are equal when they read the same in both languages, however they were made.
  public static func == (lhs: BilingualText, rhs: BilingualText) -> Bool {
    lhs.it == rhs.it && lhs.en == rhs.en
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(it)
    hasher.combine(en)
  }
}
