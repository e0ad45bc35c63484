import Foundation
import NuvolaCLI
import Testing

@Suite("Command line: audit, ced, funding")
struct EngineCommandsTests {
  let cli: CLIRunner
  let inventories = CLIRunner.repositoryRoot.appendingPathComponent("Inventories")

  init() throws {
    cli = try CLIRunner()
    let imported = cli.run(["import", inventories.appendingPathComponent("014061-sondrio.json").path])
    #expect(imported.code == 0, "\(imported.err)")
  }

  @Test func auditFindsTheEndOfLifeServersWithEvidence() {
    let result = cli.run(["audit", "014061", "--format", "json"])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.contains("\"as_of\": \"2026-12-04\""))
    #expect(result.out.contains("\"code\": \"OS-EOL\""))
    #expect(result.out.contains("\"record_id\": \"srv-bck01\""))
    let text = cli.run(["audit", "Sondrio"])
    #expect(text.out.hasPrefix("Audit di 014061 Sondrio, situazione al 04/12/2026"))
    let english = cli.run(["audit", "Sondrio", "--lang", "en"])
    #expect(english.out.hasPrefix("Audit of 014061 Sondrio, as of 2026-12-04"))
  }

  /// December 2026, as a grant writer sees it: every call closed, the awards Sondrio holds, what is
  /// paid and what must still be completed and asseverated.
  @Test func fundingShowsCallsClosedAndSondriosAwards() throws {
    let text = cli.run(["funding", "014061"])
    #expect(text.code == 0, "\(text.err)")
    #expect(text.out.hasPrefix("Finanziamenti PNRR per 014061 Sondrio, situazione al 04/12/2026"))
    #expect(text.out.contains("chiuso il 12/09/2025"))
    #expect(text.out.contains("Non è possibile presentare nuove candidature."))
    #expect(text.out.contains("Posizione: Assegnato EUR 252.118, non ancora erogato: da completare e asseverare"))
    #expect(text.out.contains("CUP H71C22000030006"))
    #expect(text.out.contains("Servizi pagati dal contributo: 0 A + 14 B (parte fissa EUR 50.000)"))
    #expect(text.out.contains("Rischio asseverazione"))
    #expect(text.out.contains("rinunciato il 03/10/2022"))
    #expect(text.out.contains("Scaduta il 30/09/2026"))
    #expect(text.out.contains("Scadenza 31/12/2026"))
    #expect(text.out.contains("[fonte non nota]"))
    let json = cli.run(["funding", "014061", "--format", "json"])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
    #expect(root["as_of"] as? String == "2026-12-04")
    let measures = try #require(root["measures"] as? [[String: Any]])
    let cloud = try #require(measures.first { $0["measure"] as? String == "1.2" })
    let status = try #require(cloud["call_status"] as? [String: Any])
    #expect(status["state"] as? String == "closed")
    #expect(status["accepts_applications"] as? Bool == false)
    let position = try #require(cloud["award_position"] as? [String: Any])
    #expect(position["consequence"] as? String == "to_complete")
    let early = cli.run(["funding", "014061", "--as-of", "2024-10-01"])
    #expect(early.out.contains("aperto fino al 31/01/2025"))
    let english = cli.run(["funding", "014061", "--lang", "en"])
    #expect(english.out.contains("Position: Awarded EUR 252,118, not yet paid"))
    #expect(english.out.contains("closed on 2025-09-12"))
  }

  @Test func registerCSVGainsTheAwardsPerMeasure() throws {
    let result = cli.run(["funding", "--register", "--province", "SO", "--format", "csv", "--csv-dialect", "rfc4180"])
    #expect(result.code == 0, "\(result.err)")
    let lines = result.out.split(separator: "\n").map(String.init)
    let header = lines[0].split(separator: ",").map(String.init)
    #expect(header.starts(with: ["istat_code", "name", "province", "region", "population", "population_source"]))
    for key in ["1.2_assegnato", "1.2_stato", "1.4.3_appio_assegnato", "1.4.3_appio_stato", "1.4.5_stato"] {
      #expect(header.contains(key), "\(key)")
    }
    let sondrio = try #require(lines.first { $0.hasPrefix("014061,") }).split(separator: ",", omittingEmptySubsequences: false)
    func cell(_ name: String) -> String { String(sondrio[header.firstIndex(of: name)!]) }
    #expect(cell("1.2_assegnato") == "252118")
    #expect(cell("1.2_stato") == "A")
    #expect(cell("1.4.4_spid_cie_stato") == "E")
    #expect(cell("1.4.4_anpr_assegnato") == "" && cell("1.4.4_anpr_stato") == "")
  }

  @Test func cedListsTheObligationsThatOutliveThePNRR() throws {
    let text = cli.run(["ced", "014061"])
    #expect(text.code == 0, "\(text.err)")
    #expect(text.out.contains("Obblighi che restano dopo il PNRR, situazione al 04/12/2026:"))
    #expect(text.out.contains("(CAP6.PA.10): per chi non ha finito l'obbligo è già scaduto e resta dopo il PNRR. (scaduto il 30/06/2026)"))
    #expect(text.out.contains("Gruppo B deve chiedere l'autorizzazione di AgID"))
    #expect(!text.out.contains("CAP6.PA.02"))
    let json = cli.run(["ced", "014061", "--format", "json"])
    #expect(json.out.contains("\"as_of\": \"2026-12-04\""))
    #expect(json.out.contains("\"obligations_after_pnrr\""))
    let english = cli.run(["ced", "014061", "--lang", "en"])
    #expect(english.out.contains("Obligations that outlive the PNRR, as of 2026-12-04:"))
  }

  @Test func auditAsOfMustBeADate() {
    let result = cli.run(["audit", "014061", "--as-of", "ieri"])
    #expect(result.code == 64)
    #expect(result.err.contains("--as-of takes a date YYYY-MM-DD, not 'ieri'"))
  }

  @Test func anUndatedInventoryIsAuditedOnTheAsOfDay() throws {
    let file = cli.path("nodate.json")
    try Data(#"{"comune": {"istat_code": "012007"}}"#.utf8).write(to: URL(fileURLWithPath: file))
    #expect(cli.run(["import", file]).code == 0)
    let byDefault = cli.run(["audit", "012007"])
    #expect(byDefault.code == 0, "\(byDefault.err)")
    #expect(byDefault.out.contains("situazione al 04/12/2026"))
    let given = cli.run(["audit", "012007", "--as-of", "2026-01-01"])
    #expect(given.code == 0)
    #expect(given.out.contains("situazione al 01/01/2026"))
  }

  @Test func cedClassifiesSondriosServerRoomAsGruppoB() {
    let result = cli.run(["ced", "014061", "--format", "json"])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.contains("\"class\": \"B\""))
    #expect(cli.run(["ced", "014061"]).out.contains("Gruppo B"))
  }

  @Test func fundingGivesTheFaqAmountsForSondrio() {
    let result = cli.run(["funding", "014061", "--format", "json"])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.contains("\"amount\": 59966"))
    #expect(result.out.contains("\"amount\": 30515"))
    #expect(result.out.contains("stima"))
  }

  @Test func registerWideCSVHasEveryComuneIstatCodeFirst() {
    let result = cli.run(["funding", "--register", "--format", "csv", "--csv-dialect", "rfc4180"])
    #expect(result.code == 0, "\(result.err)")
    let lines = result.out.split(separator: "\n")
    #expect(lines.count == 7_897)
    #expect(lines[0].hasPrefix("istat_code,name,province,region,population,population_source,1.2,1.3.1,"))
    #expect(
      lines.contains {
        $0.hasPrefix(
          "014061,Sondrio,Sondrio,Lombardia,21192,istat_2022,150573,30515,87682,38650,1821,728,14000,14030,59966,")
      })
  }

  @Test func populationFileOverridesTheCensus() throws {
    let file = cli.path("population.csv")
    try Data("istat_code,population\n14061,4000\n".utf8).write(to: URL(fileURLWithPath: file))
    let result = cli.run([
      "funding", "--register", "--province", "SO", "--population-file", file, "--format", "csv", "--csv-dialect", "rfc4180",
    ])
    #expect(result.code == 0, "\(result.err)")
    let sondrio = result.out.split(separator: "\n").first { $0.hasPrefix("014061,") }
    #expect(sondrio?.contains(",4000,population_file,") == true)
    #expect(sondrio?.contains(",23147,") == true)
    #expect(sondrio?.contains(",10172,") == true)
  }

  @Test func badPopulationFileIsInvalidInput() throws {
    let file = cli.path("population.csv")
    try Data("istat_code,population\n014061,tanti\n".utf8).write(to: URL(fileURLWithPath: file))
    let result = cli.run(["funding", "--register", "--population-file", file, "--format", "csv", "--csv-dialect", "rfc4180"])
    #expect(result.code == 65)
    #expect(result.err.contains("population.csv:2"))
    #expect(result.err.contains("tanti"))
  }

  @Test func registerOptionsNeedRegister() {
    let result = cli.run(["--lang", "en", "funding", "014061", "--region", "Lombardia"])
    #expect(result.code == 64)
    #expect(result.err.contains("--region goes with --register"))
  }

  @Test func aMalformedRulesFileIsInvalidInput() throws {
    let rules = cli.path("rules")
    try FileManager.default.createDirectory(atPath: rules, withIntermediateDirectories: true)
    try Data("{\"source\": ".utf8).write(to: URL(fileURLWithPath: rules + "/pnrr-1.4.5-pnd.json"))
    let result = cli.run(["funding", "014061", "--rules", rules])
    #expect(result.code == 65)
    #expect(result.err.contains("pnrr-1.4.5-pnd.json"))
  }

  @Test func allRunsOverTheStoreOneLinePerComune() {
    #expect(cli.run(["import", inventories.appendingPathComponent("012019-brenta.json").path]).code == 0)
    let result = cli.run(["audit", "--all", "--format", "json"])
    #expect(result.code == 0, "\(result.err)")
    let lines = result.out.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0].hasPrefix("{\"as_of\":"))
    let both = cli.run(["audit", "014061", "--all"])
    #expect(both.code == 64)
  }
}
