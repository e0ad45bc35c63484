import Foundation
import NuvolaRules
import NuvolaSupport
import Testing

/// The shipped text catalogues: every line has its key and both languages, and texts are filled.
@Suite struct TextCatalogueTests {
  @Test(arguments: ["messages", "csv-columns", "units", "engine"])
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
      Set(text.matches(of: /\{([a-z_0-9]+)\}/).map(\.output.1))
    }
    for (key, text) in TextCatalogue.messages.texts.merging(
      TextCatalogue.engine.texts, uniquingKeysWith: { $1 })
    {
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

  /// A catalogue text from the engine: values written in the text's language when it is read, a
  /// placeholder without a value and a missing key left visible.
  @Test func catalogueTextsRenderTheirValuesInTheLanguage() throws {
    let day = try #require(Day(year: 2026, month: 12, day: 4))
    let catalogue = TextCatalogue(
      tsv: "key\tit\ten\nt\tIl {day}: {amount} ({n}, {missing})\tOn {day}: {amount} ({n}, {missing})\n")
    let text = CatalogueText(
      "t", ["day": day, "amount": TextNumber.money(Money(cents: 123_456)), "n": 7])
    #expect(text.text(.it, catalogue: catalogue) == "Il 04/12/2026: EUR 1.234,56 (7, {missing})")
    #expect(text.text(.en, catalogue: catalogue) == "On 2026-12-04: EUR 1,234.56 (7, {missing})")
    #expect(CatalogueText("absent").text(.it, catalogue: catalogue) == "{{absent}}")
    let bilingual = BilingualText(key: "plan.wave", ["wave": 3])
    #expect(bilingual.it == "ondata 3" && bilingual.en == "wave 3")
    #expect(bilingual == BilingualText(it: "ondata 3", en: "wave 3"))
    #expect(bilingual.catalogueText?.key == "plan.wave")
    #expect(TextNumber.percent(250).text(.it) == "2,5%" && TextNumber.euros(7_900.4).text(.en) == "7,900")
    #expect(TextList([BilingualText.empty, "a", 2], separator: ", ").text(.en) == ", a, 2")
  }
}
