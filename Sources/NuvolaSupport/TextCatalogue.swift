import Foundation

/// Texts in both languages by key, read from a shipped tab-separated file of `Resources/texts`
/// (`key`, Italian, English; `#` lines are comments): the message catalogue of the command line
/// (`messages.tsv`) and the titles of CSV columns (`csv-columns.tsv`). Texts hold `{name}`
/// placeholders; a key ending in `.one` is the singular of the key without it.
///
/// A key missing from the file is shown as `{{key}}`, never as an empty line, and the tests fail on it.
public struct TextCatalogue: Sendable {
  public let texts: [String: BilingualText]

  public init(texts: [String: BilingualText]) {
    self.texts = texts
  }

  /// Parses the text of a catalogue file; a line without both languages is left out (the tests
  /// read the files themselves and fail on such a line).
  public init(tsv text: String) {
    var texts: [String: BilingualText] = [:]
    for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) where !line.hasPrefix("#") {
      let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard parts.count == 3, parts[0] != "key", !parts[1].isEmpty, !parts[2].isEmpty else { continue }
      texts[parts[0]] = BilingualText(it: parts[1], en: parts[2])
    }
    self.texts = texts
  }

  /// The shipped catalogue `Resources/texts/<name>.tsv`; a missing file is a broken installation.
  public static func shipped(_ name: String) -> TextCatalogue {
    guard let text = shippedText(name) else {
      fatalError("Nuvola's text resource \(name).tsv is missing; reinstall Nuvola")
    }
    return TextCatalogue(tsv: text)
  }

  /// The raw text of a shipped catalogue file, for the tests that check every line.
  public static func shippedText(_ name: String) -> String? {
    guard
      let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "texts")
        ?? Bundle.module.url(forResource: "texts/" + name, withExtension: "tsv"),
      let data = try? Data(contentsOf: url)
    else { return nil }
    return String(decoding: data, as: UTF8.self)
  }

  /// The command line's messages.
  public static let messages = TextCatalogue.shipped("messages")

  /// The units of the rules' parameters.
  public static let units = TextCatalogue.shipped("units")

  /// The text of `key` in `language` with its placeholders filled; with `count`, the `.one` form
  /// when the count is 1 and there is one.
  public func text(
    _ key: String, _ language: Language, count: Int? = nil, _ parameters: KeyValuePairs<String, String> = [:]
  ) -> String {
    var chosen = texts[key]
    if count == 1, let singular = texts[key + ".one"] { chosen = singular }
    guard let template = chosen?.text(language) else { return "{{\(key)}}" }
    guard template.contains("{") else { return template }
    if TextCatalogue.fillsInOnePass(template, parameters) { return TextCatalogue.fill(template, parameters) }
    var text = template
    for (name, value) in parameters { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
    return text
  }

  /// The cells of a `|`-separated text: table headers.
  public func cells(_ key: String, _ language: Language) -> [String] {
    text(key, language).split(separator: "|", omittingEmptySubsequences: false).map(String.init)
  }

  /// The text of `key`, or nil when the catalogue has none.
  public func optionalText(_ key: String, _ language: Language) -> String? {
    texts[key]?.text(language)
  }
}
