import Testing

@testable import NuvolaEngine
@testable import NuvolaModel
@testable import NuvolaReports
@testable import NuvolaRules
@testable import NuvolaSupport

/// The two catalogues say the same things: every template has the same placeholders in both
/// languages, no text is empty, and every code of the vocabularies the reports show has a label.
@Suite struct ReportStringsTests {
  static func placeholders(_ text: String) -> Set<String> {
    var found: Set<String> = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      found.insert(String(rest[rest.index(after: open)..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return found
  }

  static func texts(_ strings: ReportStrings) -> [String: String] {
    var texts: [String: String] = [:]
    for child in Mirror(reflecting: strings).children {
      if let label = child.label, let text = child.value as? String { texts[label] = text }
    }
    return texts
  }

  @Test func bothLanguagesHaveTheSameTemplates() {
    let italian = Self.texts(.italian)
    let english = Self.texts(.english)
    #expect(italian.count > 300)
    #expect(Set(italian.keys) == Set(english.keys))
    for (key, text) in italian {
      #expect(!text.isEmpty, "\(key) is empty in Italian")
      #expect(!(english[key] ?? "").isEmpty, "\(key) is empty in English")
      #expect(Self.placeholders(text) == Self.placeholders(english[key] ?? ""), "\(key): placeholders differ")
    }
  }

  @Test(arguments: Language.allCases)
  func everyCodeHasALabel(language: Language) {
    let strings = ReportStrings.catalogue(language)
    func check(_ labels: [String: String], _ codes: [String], _ name: String) {
      for code in codes { #expect(!(labels[code] ?? "").isEmpty, "\(name): no label for \(code)") }
    }
    check(strings.siteKinds, SiteKind.codes, "siteKinds")
    check(strings.assetKinds, AssetKind.codes, "assetKinds")
    check(strings.deployments, Deployment.codes, "deployments")
    check(strings.dataClasses, DataClass.codes, "dataClasses")
    check(strings.linkTechnologies, LinkTechnology.codes, "linkTechnologies")
    check(strings.strategies, Strategy.codes, "strategies")
    check(strings.destinations, CloudMigrationRules.Destination.allCases.map(\.rawValue), "destinations")
    check(strings.componentKinds, MeasureComponent.Kind.allCases.map(\.rawValue), "componentKinds")
    check(strings.amountBases, RuleAmount.Basis.allCases.map(\.rawValue), "amountBases")
    check(strings.recordTypes, RecordType.allCases.map(\.rawValue), "recordTypes")
    check(strings.audiences, ReportAudience.allCases.map(\.rawValue), "audiences")
    check(strings.warningLevels, PlanWarning.Level.allCases.map(\.rawValue), "warningLevels")
    check(strings.costCategories, PlanCostBreakdown().categories.map(\.key), "costCategories")
    check(
      strings.spendCategories, SpendByCategory(ReportFixtures.sondrio).categories.map(\.id), "spendCategories"
    )
  }

  @Test func theGlossaryExplainsTheJargon() {
    let terms = ReportStrings.italian.glossary.map(\.term).joined(separator: " ")
    for word in ["CED", "SaaS", "PSN", "PNRR"] { #expect(terms.contains(word)) }
    #expect(ReportStrings.italian.glossary.count == ReportStrings.english.glossary.count)
  }

  @Test func fillLeavesUnknownPlaceholdersVisible() {
    #expect(ReportStrings.fill("a {x} b {y}", ["x": "1"]) == "a 1 b {y}")
    #expect(ReportStrings.fill("città {n}: è {v} €", ["n": "Sondrio", "v": "ok"]) == "città Sondrio: è ok €")
    #expect(ReportStrings.fill("{a}{b}", ["a": "1", "b": "2"]) == "12")
    #expect(ReportStrings.fill("open { never closed", ["x": "1"]) == "open { never closed")
    #expect(ReportStrings.fill("no braces", [:]) == "no braces")
    #expect(ReportStrings.fill("{x} then {", ["x": "{y}"]) == "{y} then {")
    #expect(ReportStrings.fill("}{x}{", ["x": "1"]) == "}1{")
    #expect(ReportStrings.fill("{}", ["": "empty"]) == "empty")
    #expect(ReportStrings.fill("{ab}{a}", ["a": "1", "ab": "2"]) == "21")
    #expect(ReportStrings.fill("{x}", ["x": ""]) == "")
    #expect(ReportStrings.fill("", ["x": "1"]) == "")
  }

  @Test func fillMatchesNamesByEveryByteNotJustTheLength() {
    #expect(ReportStrings.fill("{ac}", ["ab": "1", "ac": "2"]) == "2")
    #expect(ReportStrings.fill("{ab}", ["a": "1", "abc": "3"]) == "{ab}")
    #expect(ReportStrings.fill("{città}", ["citta": "no", "città": "sì"]) == "sì")
    #expect(ReportStrings.fill("{n}", [String("xn".dropFirst()): "slice"]) == "slice")
  }
}
