/// A text of the message catalogue as the engine returns it: a stable key of
/// `Resources/texts/engine.tsv` and the typed values of its `{name}` placeholders. It is rendered
/// in a language only when a report or the command line shows it, so the engine holds no words.
public struct CatalogueText: Sendable {
  public let key: String
  public let arguments: [(name: String, value: any TextValue)]

  public init(_ key: String, _ arguments: KeyValuePairs<String, any TextValue> = [:]) {
    self.key = key
    self.arguments = arguments.map { (name: $0.key, value: $0.value) }
  }

  public init(_ key: String, arguments: [(name: String, value: any TextValue)]) {
    self.key = key
    self.arguments = arguments
  }

  /// The text in `language` from `catalogue`, each placeholder replaced by its value written in
  /// that language. A key the catalogue lacks reads `{{key}}`; a placeholder without a value stays
  /// as written; a value is never searched for placeholders itself.
  public func text(_ language: Language, catalogue: TextCatalogue = .engine) -> String {
    guard let both = catalogue.templates[key] else { return "{{\(key)}}" }
    let template = language == .it ? both.it : both.en
    if template.pieces.count == 1, case .literal(let text) = template.pieces[0] { return text }
    // Written as bytes and made a string once: appending piece by piece to a `String` cost more
    // than the rest of the sentence (reports render some hundred thousand of these a province).
    var bytes = TapeBuffer<UInt8>(capacity: template.length + 64)
    defer { bytes.deallocate() }
    for piece in template.pieces {
      switch piece {
      case .literal(let text): bytes.append(utf8: text)
      // A handful of values: a linear search beats hashing every name.
      case .parameter(let name):
        if let argument = arguments.first(where: { $0.name == name }) {
          bytes.append(utf8: argument.value.text(language))
        } else {
          bytes.append(UInt8(ascii: "{"))
          bytes.append(utf8: name)
          bytes.append(UInt8(ascii: "}"))
        }
      }
    }
    return bytes.string
  }
}
