/// The titles of CSV columns in each language, by machine key, from the shipped catalogue
/// `Resources/texts/csv-columns.tsv`. A key without a title (a measure key such as `1.2` or
/// `1.2_assegnato`) is its own title.
public struct CSVColumnTitles: Sendable {
  let catalogue: TextCatalogue

  public init(catalogue: TextCatalogue) {
    self.catalogue = catalogue
  }

  public static let shipped = CSVColumnTitles(catalogue: .shipped("csv-columns"))

  /// The title of the column `key` in `language`; the key itself when it has none.
  public func title(of key: String, language: Language) -> String {
    catalogue.optionalText(key, language) ?? key
  }

  /// Whether the column `key` has a title.
  public func hasTitle(_ key: String) -> Bool { catalogue.texts[key] != nil }
}
