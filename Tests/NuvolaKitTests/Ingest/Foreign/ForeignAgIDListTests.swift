import NuvolaIngest
import Testing

@Suite("Foreign import: AgID Lista degli applicativi")
struct ForeignAgIDListTests {
  let result: ForeignImport

  init() throws { result = try ForeignFixtures.read(.agidList, try ForeignFixtures.bytes("agid-list.csv")) }

  @Test func skipsTheTitleAndReadsAccentedHeaders() {
    #expect(result.report.sourceRecords == 5)
    #expect(result.report.columns.isEmpty)
  }

  @Test func updatesApplicationsMatchedByName() throws {
    let protocollo = try #require(result.inventory.application("app-protocollo"))
    #expect(protocollo.risk == .basso)
    #expect(protocollo.migrationEase == .alto)
    #expect(protocollo.licence == .subscription)
    #expect(protocollo.domain == .protocollo)
    let before = try #require(ForeignFixtures.sondrio.application("app-protocollo"))
    #expect(protocollo.vendor == before.vendor && protocollo.yearlyCost == before.yearlyCost)
    #expect(
      protocollo.notes == "In SaaS dal 2021 (passaggio alla 'nuvola informatica').\n[agid-list] "
        + "Interlocutore: Ufficio protocollo; Servizi supportati: Protocollo; "
        + "Opportunità da cogliere: Conservazione integrata nel servizio SaaS")
    #expect(result.inventory.application("app-anagrafe")?.domain == .anagrafe)
    #expect(result.report.changes[.application] == RecordChanges(created: 2, updated: 3, unchanged: 0))
  }

  @Test func createsNewApplicationsWithTheirGrades() throws {
    let presenze = try #require(result.inventory.application("app-gestione-presenze"))
    #expect(presenze.name == "Gestione presenze")
    #expect(presenze.risk == .basso && presenze.migrationEase == .alto)
    #expect(presenze.domain == nil)
    let cartografia = try #require(result.inventory.application("app-cartografia-comunale"))
    #expect(cartografia.risk == .alto && cartografia.migrationEase == .basso)
    #expect(cartografia.licence == .openSource)
  }

  @Test func guessesNoDomainAndSaysSo() throws {
    let services = result.report.values.filter { $0.field == "SERVIZI SUPPORTATI" }
    #expect(services.map(\.value) == ["Presenze, permessi e turni", "Urbanistica, SIT e toponomastica"])
    #expect(services.map(\.line) == [6, 7])
    #expect(services.allSatisfy { $0.column == 3 })
    #expect(services.first?.record == "app-gestione-presenze")
  }

  @Test func keepsUnrecognisedLicencesInNotes() throws {
    let licence = try #require(result.report.values.first { $0.field == "LICENZE" })
    #expect(licence.line == 4 && licence.value == "Licenza d'uso perpetua con manutenzione")
    let tributi = try #require(result.inventory.application("app-tributi"))
    #expect(tributi.licence == .perpetual)  // as the earlier snapshot said
    #expect(tributi.notes?.contains("Licenze: Licenza d'uso perpetua con manutenzione") == true)
  }

  @Test func headersMatchIgnoringCaseAccentsAndApostrophes() throws {
    let text = "nome  applicativo;Facilita' di migrazione;rischio\nPortale;Media;ALTO\n"
    let portale = try #require(
      try ForeignFixtures.read(.agidList, text: text, into: ForeignFixtures.fresh).inventory.application(
        "app-portale"))
    #expect(portale.migrationEase == .medio && portale.risk == .alto)
  }

  @Test func anUnknownGradeIsAPreciseError() throws {
    let text = "NOME APPLICATIVO;RISCHIO\nPortale;altissimo\n"
    let problems = ForeignFixtures.problems(.agidList, text, file: "lista.csv")
    #expect(problems.count == 1)
    #expect(
      problems.first?.description
        == "lista.csv:2:2: at lista.csv column RISCHIO: not a grade (found \"altissimo\"); "
        + "expected Alto, Medio or Basso (or empty when not assessed)")
  }

  @Test func aRowWithoutNameIsAnError() throws {
    let problems = ForeignFixtures.problems(.agidList, "NOME APPLICATIVO;RISCHIO\n;Basso\n", file: "l.csv")
    #expect(problems.count == 1)
    #expect(problems.first?.line == 2 && problems.first?.column == 1)
    #expect(problems.first?.message == "the application has no name")
  }

  @Test func aMissingNameColumnIsAnError() throws {
    let problems = ForeignFixtures.problems(.agidList, "NOME;RISCHIO\nPortale;Basso\n", file: "l.csv")
    #expect(problems.first?.message == "no header line in the first 10 lines")
  }
}
