import Foundation
import NuvolaEngine
import NuvolaRules
import NuvolaSupport
import Testing

@Suite("Rules: loading and validation")
struct RulesLoadingTests {
  @Test func bundledRulesLoad() throws {
    let start = ContinuousClock.now
    let book = try RuleBook.load()
    // Measured, not asserted: loading runs once per command and must stay well under a second.
    print("rules loaded in \(ContinuousClock.now - start)")
    #expect(
      book.measures.map(\.code) == [
        "1.2", "1.3.1", "1.4.1", "1.4.3-appio", "1.4.3-pagopa", "1.4.4-anpr-ansc", "1.4.4-spid-cie", "1.4.5",
      ])
    #expect(book.files.count == 16)
    #expect(book.files.allSatisfy { $0.isBundled && !$0.sources.isEmpty })
    #expect(book.cloudMeasure?.code == "1.2")
    #expect(book.cedCriteria.criteria.count >= 10)
    #expect(book.osLifecycle.entries.count >= 40)
  }

  @Test func everyFileStatesItsProvenance() {
    for file in RulesFixture.book.files {
      #expect(!file.title.it.isEmpty && !file.title.en.isEmpty, "\(file.fileName)")
      #expect(file.validTo == nil, "\(file.fileName) is open")
    }
  }

  @Test func fittedAmountsAreMarked() throws {
    let book = RulesFixture.book
    let cloud = try #require(book.measure("1.2"))
    #expect(cloud.classesConfirmed)
    #expect(cloud.components.map(\.key) == ["fixed", "mode_a", "mode_b"])
    #expect(cloud.components.map(\.mode) == [nil, .a, .b])
    #expect(cloud.minimumColumn == "1.2")
    #expect(cloud.provenance.note?.contains("Fitted from the open data") == true)
    for measureClass in cloud.classes {
      #expect(measureClass.amounts.values.allSatisfy { $0.basis == .fitted && $0.value != nil })
    }
    // Only the fixed part above 250,000 is uncertain, and says so.
    let open = try #require(cloud.classes.last?.amounts["fixed"])
    #expect(!open.confirmed && open.isEstimate && open.note?.contains("Uncertain") == true)
    let estimates = cloud.classes.flatMap { $0.amounts.values }.filter(\.isEstimate)
    #expect(estimates.count == 1)
    let citizen = try #require(book.measure("1.4.1"))
    #expect(citizen.classes.allSatisfy { $0.amounts.values.allSatisfy { $0.basis == .fitted && !$0.isEstimate } })
    let io = try #require(book.measure("1.4.3-appio"))
    #expect(io.classes.map { $0.amounts["service"]?.value?.euros } == [243, 343, 728, 1_099, 3_187])
  }




  @Test func malformedFileNamesFileAndPath() throws {
    let directory = try RulesFixture.temporaryDirectory()
    defer { RulesFixture.remove(directory) }
    try RulesFixture.writeVariant(
      of: "pnrr-1.4.5-pnd.json", in: directory, replacing: "\"value\": 59966", with: "\"value\": \"lots\"")
    let error = try #require(throws: InputError.self) { try RulesFixture.load(override: directory) }
    let diagnostic = try #require(error.diagnostics.first)
    #expect(diagnostic.file.hasSuffix("pnrr-1.4.5-pnd.json"))
    #expect(diagnostic.file.hasPrefix(directory.path))
    #expect(diagnostic.path == "$.classes[2].amounts.lump_sum.value")
    #expect(diagnostic.value == "lots")
    #expect(error.description.contains("$.classes[2].amounts.lump_sum.value"))
  }

  /// A rules file that is not valid JSON (cut short, or a key written twice: never a silent choice
  /// of one) is reported with its file, line and column.
  @Test(arguments: [
    ("{ \"kind\": ", "not valid JSON", 1),
    ("{\n  \"kind\": \"a\",\n  \"kind\": \"b\"\n}\n", "not valid JSON: duplicate key \"kind\"", 3),
  ])
  func invalidJSONIsReported(text: String, message: String, line: Int) throws {
    let directory = try RulesFixture.temporaryDirectory()
    defer { RulesFixture.remove(directory) }
    try text.write(
      to: directory.appendingPathComponent("cost-defaults.json"), atomically: true, encoding: .utf8)
    let error = try #require(throws: InputError.self) { try RulesFixture.load(override: directory) }
    #expect(error.diagnostics.count == 1)
    #expect(error.diagnostics[0].file.hasSuffix("cost-defaults.json"))
    #expect(error.diagnostics[0].path == "$")
    #expect(error.diagnostics[0].message.hasPrefix(message))
    #expect(error.diagnostics[0].line == line)
  }

  @Test(
    arguments: [
      // A missing key, named with the object that lacks it.
      ("pnrr-1.4.5-pnd.json", "\"date\": \"2026-11-23\",", "", "$", "missing key \"date\""),
      // Only the last class may be open.
      (
        "pnrr-1.4.5-pnd.json", "\"max_population\": 20000", "\"max_population\": null",
        "$.classes[1].max_population",
        "only the last class may be open"
      ),
      // Bounds must increase.
      (
        "pnrr-1.3.1-pdnd.json", "\"max_population\": 20000", "\"max_population\": 4000",
        "$.classes[1].max_population", "bounds must increase"
      ),
      // An amount for a component that does not exist.
      (
        "pnrr-1.4.4-spid-cie.json", "\"lump_sum\": {", "\"flat\": {", "$.classes[0].amounts.flat",
        "no component has this key"
      ),
      // A criterion reading a field sites do not have.
      (
        "agid-ced-criteria.json", "\"field\": \"generator\"", "\"field\": \"generatore\"",
        "$.criteria[2].evidence[0].field", "not a field of a site"
      ),
      // An unknown amount that claims to be confirmed.
      (
        "pnrr-1.4.3-appio.json", "\"value\": 243,\n          \"basis\": \"fitted\"",
        "\"value\": null,\n          \"basis\": \"unknown\"", "$.classes[0].amounts.service.confirmed",
        "an unknown amount cannot be confirmed"
      ),
      // A migration mode on a lump sum.
      (
        "pnrr-1.2.json", "\"kind\": \"per_service\",\n      \"mode\": \"A\"",
        "\"kind\": \"lump_sum\",\n      \"mode\": \"A\"", "$.components[1].mode", "a mode on a lump sum"
      ),
      // A migration mode that does not exist.
      (
        "pnrr-1.2.json", "\"mode\": \"B\"", "\"mode\": \"C\"", "$.components[2].mode", "unknown mode"
      ),
      // A date that is not one.
      (
        "os-end-of-life.json", "\"end_of_support\": \"2023-10-10\"", "\"end_of_support\": \"10/13/2023\"",
        "$.systems[4].end_of_support", "not a date"
      ),
    ])
  func invalidContentIsLocated(file: String, old: String, new: String, path: String, message: String) throws {
    let directory = try RulesFixture.temporaryDirectory()
    defer { RulesFixture.remove(directory) }
    try RulesFixture.writeVariant(of: file, in: directory, replacing: old, with: new)
    let error = try #require(throws: InputError.self) { try RulesFixture.load(override: directory) }
    let diagnostic = try #require(error.diagnostics.first)
    #expect(diagnostic.file.hasSuffix(file))
    #expect(diagnostic.path == path)
    #expect(diagnostic.message == message)
  }

  @Test func overrideReplacesFileOfSameName() throws {
    let directory = try RulesFixture.temporaryDirectory()
    defer { RulesFixture.remove(directory) }
    try RulesFixture.writeVariant(
      of: "pnrr-1.4.5-pnd.json", in: directory, replacing: "\"value\": 23147", with: "\"value\": 24000")
    let book = try RulesFixture.load(override: directory)
    let measure = try #require(book.measure("1.4.5"))
    #expect(measure.populationClass(for: 4_000).amounts["lump_sum"]?.value == Money(euros: 24_000))
    #expect(measure.provenance.origin == directory.appendingPathComponent("pnrr-1.4.5-pnd.json").path)
    #expect(!measure.provenance.isBundled)
    // The other files are still the shipped ones.
    #expect(book.measure("1.3.1")?.provenance.isBundled == true)
    #expect(book.files.count == 16)
  }

  @Test func overrideCanAddAMeasure() throws {
    let directory = try RulesFixture.temporaryDirectory()
    defer { RulesFixture.remove(directory) }
    let text = try RulesFixture.bundledText("pnrr-1.4.4-spid-cie.json")
      .replacingOccurrences(of: "\"measure\": \"1.4.4-spid-cie\"", with: "\"measure\": \"9.9\"")
      .replacingOccurrences(of: "\"column\": \"1.4.4_spid_cie\"", with: "\"column\": \"9.9\"")
    try text.write(to: directory.appendingPathComponent("extra-9.9.json"), atomically: true, encoding: .utf8)
    let book = try RulesFixture.load(override: directory)
    #expect(book.measures.last?.code == "9.9")
    #expect(RegisterFunding(rules: book).header.last == "9.9")
  }

  @Test func duplicateMeasureIsRejected() throws {
    let directory = try RulesFixture.temporaryDirectory()
    defer { RulesFixture.remove(directory) }
    try RulesFixture.bundledText("pnrr-1.4.5-pnd.json")
      .write(to: directory.appendingPathComponent("copy-of-pnd.json"), atomically: true, encoding: .utf8)
    let error = try #require(throws: InputError.self) { try RulesFixture.load(override: directory) }
    #expect(error.diagnostics.contains { $0.message.contains("measure also defined in") })
  }

  @Test func missingOverrideFolderIsAnInputError() {
    let missing = URL(fileURLWithPath: "/nonexistent/nuvola-rules")
    #expect(throws: InputError.self) { try RulesFixture.load(override: missing) }
  }
}
