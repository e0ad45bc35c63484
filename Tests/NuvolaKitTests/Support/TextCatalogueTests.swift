import Foundation
import NuvolaRules
import NuvolaSupport
import Testing

/// The shipped text catalogues: every line has its key and both languages, and texts are filled.
@Suite struct TextCatalogueTests {
  @Test(arguments: ["messages", "csv-columns", "units"])
  func everyKeyHasBothLanguages(name: String) throws {
    let text = try #require(TextCatalogue.shippedText(name))
    var keys = Set<String>()
    for (number, line) in text.split(whereSeparator: \.isNewline).enumerated() where !line.hasPrefix("#") {
      let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
      #expect(parts.count == 3, "\(name).tsv line \(number + 1): \(parts.count) cells, not key, it, en")
      #expect(parts.allSatisfy { !$0.isEmpty }, "\(name).tsv line \(number + 1): a language is missing")
      #expect(keys.insert(String(parts[0])).inserted, "\(name).tsv: \(parts[0]) twice")
    }
    #expect(TextCatalogue.shipped(name).texts.count == keys.count - 1)  // less the header line
  }

  /// Every unit the shipped rules use has its words in both languages.
  @Test func everyUnitOfTheRulesIsListed() throws {
    let book = try RuleBook.load()
    let parameters = [
      book.auditThresholds, book.costDefaults, book.consolidation.values, book.planning.values,
    ].flatMap { $0.values.values }
    for parameter in parameters {
      #expect(TextCatalogue.units.texts[parameter.unit] != nil, "unit \(parameter.unit) of \(parameter.key)")
    }
    #expect(TextCatalogue.units.text("years", .it) == "anni")
  }

  /// A text's placeholders are the same in both languages: a translation cannot lose a value.
  @Test func placeholdersMatchAcrossLanguages() {
    func placeholders(_ text: String) -> Set<Substring> {
      Set(text.split(separator: "{").dropFirst().compactMap { $0.split(separator: "}").first })
    }
    for (key, text) in TextCatalogue.messages.texts {
      #expect(placeholders(text.it) == placeholders(text.en), "\(key)")
    }
  }

  @Test func fillingPluralsAndMissingKeys() {
    let catalogue = TextCatalogue(tsv: "key\tit\ten\na\t{n} file\t{n} files\na.one\tun file\tone file\n")
    #expect(catalogue.text("a", .it, count: 3, ["n": "3"]) == "3 file")
    #expect(catalogue.text("a", .en, count: 1, ["n": "1"]) == "one file")
    #expect(catalogue.text("b", .en) == "{{b}}")
    #expect(TextCatalogue(tsv: "x\tsolo italiano\t\n").texts.isEmpty)
  }
}
