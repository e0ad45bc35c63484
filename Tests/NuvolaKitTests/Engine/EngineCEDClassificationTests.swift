import NuvolaEngine
import NuvolaModel
import Testing

@Suite("Engine: CED classification")
struct EngineCEDClassificationTests {
  let criteria = RulesFixture.book.cedCriteria

  @Test func fullSiteIsClassA() {
    let result = classifySite(EngineFixtures.fullSite(), criteria: criteria)
    #expect(result.cedClass == .a)
    #expect(result.reasons.isEmpty)
    #expect(result.criteria.allSatisfy { $0.status == .met })
    #expect(result.obligations.map(\.id) == ["a-keep", "a-spending"])
  }

  @Test func oneRequiredCriterionMissingGivesGruppoB() throws {
    var site = EngineFixtures.fullSite()
    site.generator = false
    let result = classifySite(site, criteria: criteria)
    #expect(result.cedClass == .gruppoB)
    #expect(result.reasons.map(\.kind) == [.notMet])
    #expect(result.reasons.map(\.criterionId) == ["generator"])
    let generator = try #require(result.criteria.first { $0.criterionId == "generator" })
    #expect(generator.status == .notMet)
    #expect(generator.evidence == [FindingEvidence(.site, "ced", field: "generator", value: "no")])
    #expect(result.obligations.map(\.id) == ["b-close", "b-spending", "b-contracts"])
  }

  @Test func unknownRequiredFactNeverGivesClassA() throws {
    var site = EngineFixtures.fullSite()
    site.generator = nil
    let result = classifySite(site, criteria: criteria)
    #expect(result.cedClass == .gruppoB)
    let reason = try #require(result.reasons.first)
    #expect(reason.kind == .unknown)
    #expect(reason.criterionId == "generator")
    #expect(reason.text.en.contains("unknown"))
    let generator = try #require(result.criteria.first { $0.criterionId == "generator" })
    #expect(generator.evidence == [FindingEvidence(.site, "ced", field: "generator", value: nil)])
  }

  @Test func censusNotAnsweredIsGruppoBByDefault() throws {
    var site = EngineFixtures.fullSite()
    site.censusAnswered = false
    site.monitoring = false
    let result = classifySite(site, criteria: criteria)
    #expect(result.cedClass == .gruppoB)
    #expect(result.reasons.first?.kind == .censusNotAnswered)
    #expect(result.reasons.map(\.criterionId) == ["census-answered", "monitoring"])
  }

  @Test func unknownOptionalFactKeepsClassA() {
    var site = EngineFixtures.fullSite()
    site.fireSuppression = nil
    site.pue = nil
    let result = classifySite(site, criteria: criteria)
    #expect(result.cedClass == .a)
    #expect(
      result.criteria.filter { $0.status == .unknown }.map(\.criterionId) == [
        "fire-suppression", "pue-measured",
      ])
  }

  @Test func emptySiteIsGruppoBWithEveryRequiredFactUnknown() {
    let result = classifySite(Site(id: "armadio", name: "Armadio rack", kind: .closet), criteria: criteria)
    #expect(result.cedClass == .gruppoB)
    #expect(result.reasons.allSatisfy { $0.kind == .unknown })
    #expect(result.reasons.count == criteria.criteria.filter(\.requiredForA).count)
  }

  @Test func classificationStatesItIsNuvolasCodification() {
    let inventory = Inventory(
      comune: EngineFixtures.comune(), sites: [EngineFixtures.fullSite("z"), EngineFixtures.fullSite("a")])
    let result = classifyCEDs(inventory, rules: RulesFixture.book)
    #expect(result.sites.map(\.siteId) == ["a", "z"])
    #expect(result.statement.it.contains("codifica di Nuvola"))
    #expect(result.statement.en.contains("Nuvola's codification"))
    #expect(result.rulesFile == "agid-ced-criteria.json")
    #expect(result.sources.contains { $0.key == "GU" })
    let json = result.json.serialized(sortKeys: true)
    #expect(json.contains("\"statement\""))
  }
}
