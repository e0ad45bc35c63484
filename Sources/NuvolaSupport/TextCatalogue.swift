import Foundation

/// Texts in both languages by key, read from a shipped tab-separated file of `Resources/texts`
/// (`key`, Italian, English; `#` lines are comments): the message catalogue of the command line
/// (`messages.tsv`), the engine's texts (`engine.tsv`, rendered from `CatalogueText`) and the titles of
/// CSV columns (`csv-columns.tsv`). Texts hold `{name}`
/// placeholders; a key ending in `.one` is the singular of the key without it.
///
/// A key missing from the file is shown as `{{key}}`, never as an empty line, and the tests fail on it.
public struct TextCatalogue: Sendable {
  public let texts: [String: BilingualText]
  /// Each text split once into literal pieces and placeholder names, so that filling one is a series
  /// of appends (reports fill the engine's texts hundreds of thousands of times).
  let templates: [String: (it: Template, en: Template)]

  public init(texts: [String: BilingualText]) {
    self.texts = texts
    templates = texts.mapValues { (it: Template($0.it), en: Template($0.en)) }
  }

  /// Parses the text of a catalogue file; a line without both languages is left out (the tests
  /// read the files themselves and fail on such a line).
  public init(tsv text: String) {
    // Split as bytes: every command reads the catalogues at start-up, and splitting by `Character`
    // cost more than the rest of a small command.
    var texts: [String: BilingualText] = [:]
    for var line in text.utf8.split(separator: UInt8(ascii: "\n")) {
      if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
      guard line.first != UInt8(ascii: "#") else { continue }
      let parts = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
      guard parts.count == 3, parts[0] != "key", !parts[1].isEmpty, !parts[2].isEmpty else { continue }
      texts[parts[0]] = BilingualText(it: parts[1], en: parts[2])
    }
    self.init(texts: texts)
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

  /// The engine's texts: findings, criteria, funding, plan and consolidation reasons, labels.
  public static let engine = TextCatalogue.shipped("engine")

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

  /// A text split into literal pieces and `{name}` placeholders; an unclosed brace stays literal.
  struct Template: Sendable {
    enum Piece: Sendable {
      case literal(String)
      case parameter(String)
    }

    let pieces: [Piece]
    let length: Int

    init(_ text: String) {
      var pieces: [Piece] = []
      let bytes = Array(text.utf8)
      var start = 0
      var index = 0
      while index < bytes.count {
        guard bytes[index] == UInt8(ascii: "{"),
          let close = bytes[index...].firstIndex(of: UInt8(ascii: "}"))
        else {
          index += 1
          continue
        }
        if index > start { pieces.append(.literal(String(decoding: bytes[start..<index], as: UTF8.self))) }
        pieces.append(.parameter(String(decoding: bytes[(index + 1)..<close], as: UTF8.self)))
        index = close + 1
        start = index
      }
      if start < bytes.count { pieces.append(.literal(String(decoding: bytes[start...], as: UTF8.self))) }
      self.pieces = pieces
      length = text.utf8.count
    }
  }
}
