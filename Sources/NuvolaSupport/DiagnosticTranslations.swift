import Foundation

/// The Italian of the readers' messages and expectations (`Resources/texts/diagnostics.tsv`:
/// English as the code writes it, Italian), so that a located problem reads in the user's language
/// while the code keeps one wording. `{}` in an English text stands for a value the code inserts;
/// the Italian text takes the same values in the same order. A text the file does not hold stays as
/// it is (English), never blank.
public struct DiagnosticTranslations: Sendable {
  private struct Template: Sendable {
    var parts: [String]
    var italian: [String]
  }

  private let exact: [String: String]
  /// Texts with values, longest English first (the most specific wins).
  private let templates: [Template]

  public init(tsv text: String) {
    var exact: [String: String] = [:]
    var templates: [Template] = []
    for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) where !line.hasPrefix("#") {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard cells.count == 2, cells[0] != "en", !cells[1].isEmpty else { continue }
      if cells[0].contains("{}") {
        let parts = cells[0].components(separatedBy: "{}")
        let italian = cells[1].components(separatedBy: "{}")
        guard parts.count == italian.count else { continue }
        templates.append(Template(parts: parts, italian: italian))
      } else {
        exact[cells[0]] = cells[1]
      }
    }
    self.exact = exact
    self.templates = templates.sorted { $0.parts.joined().count > $1.parts.joined().count }
  }

  public static let shipped = DiagnosticTranslations(tsv: TextCatalogue.shippedText("diagnostics") ?? "")

  /// The English texts the file translates (with `{}` where a value goes).
  public var englishTexts: Set<String> {
    Set(exact.keys).union(templates.map { $0.parts.joined(separator: "{}") })
  }

  /// `text` in `language`: the Italian when the file has it, the text itself otherwise.
  public func text(_ text: String, _ language: Language) -> String {
    guard language == .it else { return text }
    if let italian = exact[text] { return italian }
    for template in templates {
      if let values = Self.values(of: text, parts: template.parts) {
        var result = template.italian[0]
        for (value, part) in zip(values, template.italian.dropFirst()) { result += translated(value) + part }
        return result
      }
    }
    return text
  }

  /// A value inserted in a text may itself be a text of the file (`" (did you mean X?)"` is not,
  /// `"not a whole number"` is).
  private func translated(_ value: String) -> String { exact[value] ?? value }

  /// The values that fill the `{}` between `parts`, matched left to right (each value as short as
  /// the next part allows); nil when `text` does not have that shape.
  static func values(of text: String, parts: [String]) -> [String]? {
    guard let first = parts.first, let last = parts.last, text.hasPrefix(first), text.hasSuffix(last),
      text.count >= first.count + last.count
    else { return nil }
    var rest = text[text.index(text.startIndex, offsetBy: first.count)...]
    var values: [String] = []
    for part in parts.dropFirst().dropLast() {
      guard !part.isEmpty, let range = rest.range(of: part) else { return nil }
      values.append(String(rest[..<range.lowerBound]))
      rest = rest[range.upperBound...]
    }
    guard rest.hasSuffix(last) else { return nil }
    values.append(String(rest.dropLast(last.count)))
    return values
  }
}
