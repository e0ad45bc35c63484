import Foundation
import Testing

@testable import NuvolaAwards
@testable import NuvolaIngest
@testable import NuvolaSupport

@Suite struct AwardFileReaderTests {
  @Test func readsTheNewHeaderGenerationKeepingComuniOnly() throws {
    let file = try AwardFixtures.read(AwardFixtures.file143)
    #expect(file.rowsRead == 7)
    #expect(file.comuniRows == 6)
    #expect(file.awards.count == 5)
    let april = file.awards[0]
    #expect(april.istatCode == "014061")
    #expect(april.measure == .pagoPA)
    #expect(april.avviso == AwardFixtures.pagoPAApril)
    #expect(april.window == 2)
    #expect(april.amount == Money(euros: 123_828))
    #expect(april.cup == "H71F22000700006")
    #expect(april.decree == "Decreto n.23 - 2 / 2022 - PNRR")
    #expect(april.state == .renounced)
    #expect(april.stateDay == Day(year: 2022, month: 10, day: 3))
    #expect(april.fundingDay == Day(year: 2022, month: 8, day: 2))
    #expect(april.applicationDay == Day(year: 2022, month: 5, day: 10))
    #expect(april.line == 2)
    #expect(file.awards[2].measure == .appIO)
    // The most recent date of the file is the data date when none is given.
    #expect(file.source.dataDate == Day(year: 2023, month: 8, day: 4))
    #expect(file.source.dateOrigin == .latestInFile)
    #expect(file.source.measures == "1.4.3")
    #expect(
      file.source.label.it == "dati PA digitale 2026, misura 1.4.3, al 04/08/2023 (data più recente nel file)")
    #expect(april.source == file.source)
  }

  @Test func aCallOfNoKnownMeasureIsALocatedError() {
    let row = AwardFixtures.row143(avviso: "2.1 Something else - Comuni - 2024")
      .replacingOccurrences(of: "1.4.3 Adozione PagoPA e AppIO", with: "2.1 Altra misura")
    let data = Data((AwardFixtures.newHeader + "\n" + row + "\n").utf8)
    do {
      _ = try AwardFileReader().read(data, file: "candidature.csv")
      Issue.record("a call of no known measure was read")
    } catch {
      let diagnostic = error.diagnostics.first
      #expect(diagnostic?.file == "candidature.csv")
      #expect(diagnostic?.line == 2)
      #expect(diagnostic?.message.contains("a call of no known measure") == true)
      #expect(diagnostic?.value?.contains("2.1 Something else") == true)
    }
  }

  @Test func readsTheOldHeaderGeneration() throws {
    let file = try AwardFixtures.read(
      AwardFixtures.file12, file: "data/candidature_finanziate_12.csv", dataDate: Day(year: 2023, month: 3, day: 4))
    #expect(file.rowsRead == 3)
    #expect(file.awards.count == 2)
    let sondrio = file.awards[0]
    #expect(sondrio.measure == .cloud)
    #expect(sondrio.window == 1)
    #expect(sondrio.decree == nil)
    #expect(sondrio.stateDay == nil)
    #expect(sondrio.state == .assigned)
    #expect(sondrio.amount == Money(euros: 252_118))
    #expect(file.awards[1].istatCode == "062063")
    #expect(file.awards[1].state == .renounced)
    #expect(file.source.fileName == "candidature_finanziate_12.csv")
    #expect(file.source.label.it == "dati PA digitale 2026, misura 1.2, al 04/03/2023")
    #expect(file.source.label.en == "PA digitale 2026 data, measure 1.2, as of 2023-03-04")
  }

  @Test func resolvesSardinianCodesAndNDByNameAndReportsMergedComuni() throws {
    let file = try AwardFixtures.read(AwardFixtures.file143)
    #expect(file.awards[3].istatCode == "092066")  // Sarroch, published as 118012 (SU)
    #expect(file.awards[4].istatCode == "028108")  // Santa Caterina d'Este, published as N/D
    #expect(file.unresolved.count == 1)
    let merged = try #require(file.unresolved.first)
    #expect(merged.line == 8)
    #expect(merged.code == "018002")
    #expect(merged.comune == "Albaredo Arnaboldi")
    #expect(merged.province == "PV")
  }

  @Test func sharedNamesAreResolvedWithinRegionAndProvince() {
    let resolver = AwardResolver(register: .shipped)
    #expect(resolver.resolve(code: "N/D", name: "Castro", province: "LE", region: "Puglia")?.istatCode == "075096")
    #expect(resolver.resolve(code: "N/D", name: "castro", province: "BG", region: "Lombardia")?.istatCode == "016065")
    #expect(
      resolver.resolve(code: "N/D", name: "Samone", province: "TN", region: "Trentino-Alto Adige")?.istatCode
        == "022165")
    // Two comuni of that name and nothing to choose between them: unresolved, not guessed.
    #expect(resolver.resolve(code: "N/D", name: "Castro", province: "XX", region: "Molise") == nil)
    #expect(resolver.resolve(code: "999999", name: "Nowhere", province: "SO", region: "Lombardia") == nil)
  }

  @Test func readsTheJSONTwin() throws {
    let json = """
      [
        {"codice_ipa": "c_i829", "ente": "Comune di Sondrio", "tipologia_ente": "Comuni", "comune": "Sondrio",
         "cod_comune": "014061", "provincia": "SO", "regione": "Lombardia", "importo_finanziamento": 109260.0,
         "avviso": "1.4.3 - pagoPA - Comuni - Settembre 2022", "data_invio_candidatura": "2022-10-07T09:00:00.000+0000",
         "data_finanziamento": "2023-01-20", "codice_cup": "H71F22003440006", "numero_finestra_temporale": 1,
         "numero_di_protocollo": 127, "decreto_finanziamento": "Decreto n.23 - 2 / 2022 - PNRR",
         "stato_candidatura": "E", "data_stato_candidatura": "2023-08-04", "misura": "1.4.3 Adozione PagoPA e AppIO",
         "extra": {"ignored": true}},
        {"tipologia_ente": "Scuole", "comune": "Sondrio"}
      ]
      """
    let file = try AwardFixtures.read(json, file: "candidature_comuni_finanziate.json")
    #expect(file.rowsRead == 2)
    #expect(file.awards.count == 1)
    #expect(file.awards[0].amount == Money(euros: 109_260))
    #expect(file.awards[0].window == 1)
    #expect(file.awards[0].state == .paid)
    #expect(file.awards[0].line == 2)
    // The same rows as CSV give the same awards.
    let csv = try AwardFixtures.read(AwardFixtures.file143)
    #expect(file.awards[0].hasSameContent(as: csv.awards[1]))
    // An object wrapping the array reads the same.
    let wrapped = try AwardFixtures.read("{\"data\": \(json)}", file: "twin.json")
    #expect(wrapped.awards.map(\.cup) == ["H71F22003440006"])
  }

  @Test func jsonProblemsAreLocatedByPath() throws {
    let error = try #require(
      AwardFixtures.error(
        "[{\"tipologia_ente\": \"Comuni\", \"importo_finanziamento\": [1]}]", file: "x.json"))
    #expect(error.diagnostics.contains { $0.path == "$[0].importo_finanziamento" && $0.line == 1 })
    #expect(error.diagnostics.contains { $0.path == "$[0]" && $0.value == "avviso" })
    let notArray = try #require(AwardFixtures.error("{\"a\": 1}", file: "x.json"))
    #expect(notArray.diagnostics[0].path == "$")
  }

  @Test func aTruncatedFileIsALocatedError() throws {
    var text = AwardFixtures.file143
    text.removeLast(40)
    let error = try #require(AwardFixtures.error(text))
    #expect(error.diagnostics.count == 1)
    #expect(error.diagnostics[0].line == 8)
    #expect(error.diagnostics[0].message.contains("cells"))
    let quoted = AwardFixtures.newHeader + "\n\"c_i829,Comune di"
    #expect(AwardFixtures.error(quoted)?.diagnostics[0].message.contains("never closed") == true)
  }

  @Test func aMissingColumnIsNamed() throws {
    let text = AwardFixtures.file143.replacingOccurrences(of: "stato_candidatura,data", with: "stato,data")
    let error = try #require(AwardFixtures.error(text))
    #expect(error.diagnostics.map(\.value) == ["stato_candidatura"])
    #expect(error.diagnostics[0].line == 1)
    #expect(error.diagnostics[0].message == "missing column stato_candidatura")
    #expect(AwardFixtures.error("")?.diagnostics[0].message == "the file is empty")
  }

  @Test(arguments: [
    (AwardFixtures.row143(amount: "123.828,00"), "importo_finanziamento", "not an amount"),
    (AwardFixtures.row143(amount: ""), "importo_finanziamento", "not an amount"),
    (AwardFixtures.row143(state: "X"), "stato_candidatura", "unknown state"),
    (AwardFixtures.row143(funded: "02/13/2022"), "data_finanziamento", "not a date"),
    (AwardFixtures.row143(funded: ""), "data_finanziamento", "missing date"),
    (AwardFixtures.row143(stateDay: "2022-02-30"), "data_stato_candidatura", "not a date"),
    (AwardFixtures.row143(sent: "yesterday"), "data_invio_candidatura", "not a date"),
    (AwardFixtures.row143(window: "1.5"), "numero_finestra_temporale", "not a window number"),
  ])
  func badCellsAreLocated(row: String, column: String, message: String) throws {
    let error = try #require(AwardFixtures.error(AwardFixtures.newHeader + "\n" + row + "\n"))
    #expect(error.diagnostics.count == 1)
    let diagnostic = error.diagnostics[0]
    #expect(diagnostic.file == "candidature_finanziate_143.csv")
    #expect(diagnostic.line == 2)
    #expect(diagnostic.path == "candidature_finanziate_143.csv column \(column)")
    #expect(diagnostic.message == message)
    #expect(diagnostic.expected != nil)
    #expect(diagnostic.column == AwardFixtures.newHeader.split(separator: ",").firstIndex(of: Substring(column))! + 1)
  }

  @Test func everyBadRowIsReportedAtOnce() throws {
    let text = [
      AwardFixtures.newHeader, AwardFixtures.row143(amount: "x"), AwardFixtures.row143(),
      AwardFixtures.row143(state: "Q", stateDay: "never"),
    ].joined(separator: "\n")
    let error = try #require(AwardFixtures.error(text))
    #expect(error.diagnostics.map(\.line) == [2, 4, 4])
  }

  @Test func windowsOfBothGenerationsReadAlike() {
    #expect(AwardRowDecoder.window("1.0") == 1)
    #expect(AwardRowDecoder.window("3") == 3)
    #expect(AwardRowDecoder.window("0") == nil)
    #expect(AwardRowDecoder.window("a") == nil)
    #expect(AwardRowDecoder.window("") == nil)
  }

  @Test func measuresAreToldApartByTheCall() {
    #expect(AwardMeasure.classify(avviso: "1.4.4 Adozione SPID CIE  - Comuni - Aprile 2022", misura: "") == .spidCIE)
    #expect(AwardMeasure.classify(avviso: "1.4.4 Adozione ANPR ANSC - Comuni - luglio 2024", misura: "") == .anprANSC)
    #expect(AwardMeasure.classify(avviso: "1.4.3 - app IO - Comuni - Aprile 2022", misura: "") == .appIO)
    #expect(AwardMeasure.classify(avviso: "1.3.1 Piattaforma Digitale Nazionale Dati - Comuni", misura: "") == .pdnd)
    #expect(AwardMeasure.classify(avviso: "Avviso", misura: "1.4.5 Digitalizzazione degli avvisi") == .notifications)
    #expect(AwardMeasure.classify(avviso: "1.4.10 Other", misura: "") == nil)
    #expect(AwardMeasure.allCases.map(\.registerColumn).contains("1.4.3_appio"))
  }
}
