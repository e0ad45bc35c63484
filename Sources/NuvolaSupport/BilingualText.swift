/// A text stored in both report languages, so that an engine result can be rendered in Italian or
/// English without computing it again.
public struct BilingualText: Sendable, Equatable, Hashable {
  public var it: String
  public var en: String

  public init(it: String, en: String) {
    self.it = it
    self.en = en
  }

  /// The text in the given language.
  public func text(_ language: Language) -> String {
    switch language {
    case .it: return it
    case .en: return en
    }
  }

  public var json: JSON { .object([("it", .string(it)), ("en", .string(en))]) }
}
