import Foundation

/// The titles of CSV columns in each language, by machine key, from the shipped text file
/// `Resources/texts/csv-columns.tsv` (`key`, Italian, English; tab-separated, `#` lines are comments).
/// A key without a title (a measure key such as `1.2` or `1.2_assegnato`) is its own title.
public struct CSVColumnTitles: Sendable {
  let titles: [String: BilingualText]

  public init(titles: [String: BilingualText]) {
    self.titles = titles
  }

  /// Parses the text file; a malformed line is an installation fault, not user input.
  init(tsv text: String) {
    var titles: [String: BilingualText] = [:]
    for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) where !line.hasPrefix("#") {
      let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard parts.count == 3, parts[0] != "key" else { continue }
      titles[parts[0]] = BilingualText(it: parts[1], en: parts[2])
    }
    self.titles = titles
  }

  public static let shipped: CSVColumnTitles = {
    guard
      let url = Bundle.module.url(forResource: "csv-columns", withExtension: "tsv", subdirectory: "texts")
        ?? Bundle.module.url(forResource: "texts/csv-columns", withExtension: "tsv"),
      let data = try? Data(contentsOf: url)
    else {
      fatalError("Nuvola's CSV column titles resource is missing; reinstall Nuvola")
    }
    return CSVColumnTitles(tsv: String(decoding: data, as: UTF8.self))
  }()

  /// The title of the column `key` in `language`; the key itself when it has none.
  public func title(of key: String, language: Language) -> String {
    titles[key]?.text(language) ?? key
  }

  /// Whether the column `key` has a title.
  public func hasTitle(_ key: String) -> Bool { titles[key] != nil }
}
