import NuvolaIngest
import Testing

@Suite("Foreign import: Konveyor application CSV")
struct ForeignKonveyorTests {
  let result: ForeignImport

  init() throws { result = try ForeignFixtures.read(.konveyor, try ForeignFixtures.bytes("konveyor.csv")) }

  @Test func readsApplicationsWithTheirTags() throws {
    let portale = try #require(result.inventory.application("app-portale-servizi-online"))
    #expect(portale.deployment == .onPremise)
    #expect(portale.dataClass == .ordinario)
    #expect(portale.domain == .sitoWeb)
    #expect(
      portale.notes == "[konveyor] Description: Istanze online per i cittadini; Comments: Java EE su JBoss; "
        + "Owner: Mario Rossi <mario.rossi@example.org>")
    let presenze = try #require(result.inventory.application("app-gestione-presenze"))
    #expect(presenze.deployment == .saas && presenze.domain == .personale)
    #expect(result.inventory.application("app-protocollo")?.domain == .protocollo)
  }

  @Test func dependenciesFollowTheirDirection() throws {
    let portale = try #require(result.inventory.application("app-portale-servizi-online"))
    // Southbound: the portal depends on the protocollo and (short row) on pagoPA.
    #expect(portale.dependsOn == ["app-protocollo", "app-pagopa"])
    // Northbound: paghe depends on gestione presenze, and keeps what it depended on before.
    #expect(
      result.inventory.application("app-paghe")?.dependsOn == ["app-personale", "app-gestione-presenze"])
    #expect(result.report.counts["dependencies"] == 3)
  }

  @Test func listsWhatItDoesNotMap() {
    let ignored = result.report.columns.filter { $0.reason == .ignored }.map(\.name)
    #expect(
      ignored.contains("Binary Group") && ignored.contains("Repository URL")
        && ignored.contains("Contributors"))
    #expect(result.report.columns.allSatisfy { $0.reason == .ignored })
    let tags = result.report.values.filter { $0.field.hasPrefix("Tag") }
    #expect(tags.map(\.value) == ["Language: Java", "Runtime: Tomcat"])
    #expect(tags.map(\.line) == [2, 3])
    let service = result.report.values.first { $0.field == "Business Service" }
    #expect(service?.value == "Segreteria generale" && service?.line == 4)
  }

  @Test func dependenciesOnUnknownApplicationsAreErrors() throws {
    let text = """
      Record Type 1,Application Name,Dependency,Dependency Direction
      1,Foo,,
      2,Foo,Nonexistent,southbound
      2,Foo,Foo,southbound
      2,Foo,Paghe e stipendi,sideways
      3,Bar,,

      """
    let problems = ForeignFixtures.problems(.konveyor, text, file: "k.csv")
    #expect(problems.map(\.line) == [3, 4, 5, 6])
    #expect(problems[0].message == "no application has this name" && problems[0].value == "Nonexistent")
    #expect(problems[0].column == 3 && problems[0].path == "k.csv column Dependency")
    #expect(problems[1].message == "an application cannot depend on itself")
    #expect(problems[2].message == "not a dependency direction" && problems[2].column == 4)
    #expect(
      problems[3].message == "not a record type"
        && problems[3].expected == "1 (an application) or 2 (a dependency)")
  }

  @Test func conflictingTagsAreReportedNotGuessed() throws {
    let text =
      "Record Type,Application Name,Tag Category 1,Tag 1,Tag Category 2,Tag 2\n"
      + "1,Foo,Deployment,SaaS,Deployment,on premise\n"
    let merged = try ForeignFixtures.read(.konveyor, text: text, into: ForeignFixtures.fresh)
    #expect(merged.inventory.application("app-foo")?.deployment == .saas)
    #expect(merged.report.values.first?.reason.hasPrefix("contradicts an earlier tag") == true)
  }

  @Test func aMissingRequiredColumnIsAnError() {
    let problems = ForeignFixtures.problems(
      .konveyor, "Application Name,Description\nFoo,Bar\n", file: "k.csv")
    #expect(problems.count == 1)
    #expect(problems.first?.message == "the required column Record Type is missing")
    #expect(problems.first?.line == 1)
  }
}
