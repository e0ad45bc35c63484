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
    guard let template = catalogue.texts[key]?.text(language) else { return "{{\(key)}}" }
    guard template.contains("{") else { return template }
    var result = ""
    result.reserveCapacity(template.utf8.count + 32)
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      result += rest[..<open]
      let name = rest[rest.index(after: open)..<close]
      // A handful of values: a linear search beats hashing every name.
      if let argument = arguments.first(where: { $0.name == name }) {
        result += argument.value.text(language)
      } else {
        result += rest[open...close]
      }
      rest = rest[rest.index(after: close)...]
    }
    result += rest
    return result
  }
}
