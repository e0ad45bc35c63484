/// A value that fills a placeholder of a catalogue text: it is written in the language the text is
/// rendered in, when a report or the command line renders it, not when the engine computes it.
public protocol TextValue: Sendable {
  func text(_ language: Language) -> String
}

/// Names, codes and other words that read the same in every language.
extension String: TextValue {
  public func text(_ language: Language) -> String { self }
}

/// A count, written without grouping (`7`, `1234`).
extension Int: TextValue {
  public func text(_ language: Language) -> String { String(self) }
}

/// An id or count held in 64 bits (a snapshot id), written without grouping.
extension Int64: TextValue {
  public func text(_ language: Language) -> String { String(self) }
}

/// `04/12/2026` in Italian, `2026-12-04` in English.
extension Day: TextValue {
  public func text(_ language: Language) -> String { language == .it ? italian : description }
}

extension BilingualText: TextValue {}

/// A value whose writing depends on the language in a way of its own (a label looked up by
/// language, an optional text), written by `render` at rendering time.
public struct LocalizedValue: TextValue {
  let render: @Sendable (Language) -> String

  public init(_ render: @escaping @Sendable (Language) -> String) {
    self.render = render
  }

  public func text(_ language: Language) -> String { render(language) }
}

/// Values joined by a separator that is the same in both languages (`, `), each in the language.
public struct TextList: TextValue {
  public let items: [any TextValue]
  public let separator: String

  public init(_ items: [any TextValue], separator: String = "") {
    self.items = items
    self.separator = separator
  }

  public func text(_ language: Language) -> String {
    items.map { $0.text(language) }.joined(separator: separator)
  }
}
