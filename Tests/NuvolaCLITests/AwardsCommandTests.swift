import Foundation
import NuvolaCLI
import Testing

@Suite("Command line: awards")
struct AwardsCommandTests {
  let cli: CLIRunner

  init() throws {
    cli = try CLIRunner()
  }

  @Test func theShippedSnapshotShowsSondriosHistoryWithoutAnImport() {
    let text = cli.run(["awards", "014061"])
    #expect(text.code == 0, "\(text.err)")
    #expect(text.out.hasPrefix("Finanziamenti PNRR di 014061 Sondrio (SO, Lombardia)"))
    #expect(text.out.contains("EUR 252.118  H71C22000030006"))
    #expect(text.out.contains("EUR 280.932  H71F22003220006"))
    #expect(text.out.contains("rinunciato il 03/10/2022"))
    #expect(text.out.contains("04/03/2023"))
    let english = cli.run(["awards", "Sondrio", "--lang", "en"])
    #expect(english.out.hasPrefix("PNRR awards of 014061 Sondrio (SO, Lombardia)"))
    let json = cli.run(["awards", "014061", "--format", "json"])
    #expect(json.code == 0)
    #expect(json.out.contains("\"cup\": \"H71C22000030006\""))
    #expect(json.out.contains("\"data_date\": \"2023-03-04\""))
  }

  @Test func summariesByProvinceRegionAndRegister() {
    let csv = cli.run(["awards", "--province", "SO", "--format", "csv", "--csv-dialect", "rfc4180"])
    #expect(csv.code == 0, "\(csv.err)")
    #expect(csv.out.hasPrefix("measure,register_column,comuni,awarded_count,awarded_amount,paid_count"))
    #expect(csv.out.contains("\n1.2,1.2,77,73,4461064,0,0,73,4461064,5,367571\n"))
    let register = cli.run(["awards", "--register", "--lang", "en"])
    #expect(register.out.hasPrefix("PNRR awards to comuni: ISTAT register (7,896 comuni; count / amount)"))
    let region = cli.run(["awards", "--region", "Lombardia", "--format", "json"])
    #expect(region.code == 0, "\(region.err)")
  }

  /// The header of a PA digitale 2026 awards file, and one award of Sondrio (1.2, paid on
  /// 30/06/2026) newer than the shipped snapshot's.
  static let awardsHeader =
    "codice_ipa,ente,tipologia_ente,comune,cod_comune,provincia,cod_provincia,regione,cod_regione,"
    + "importo_finanziamento,avviso,data_invio_candidatura,data_finanziamento,codice_cup,"
    + "numero_finestra_temporale,numero_di_protocollo,decreto_finanziamento,stato_candidatura,"
    + "data_stato_candidatura,misura"
  static let sondrioAward =
    "c_i829,Comune di Sondrio,Comuni,Sondrio,014061,SO,014,Lombardia,03,252118.0,"
    + "1.2 Abilitazione al cloud - Comuni - Aprile 2022,2022-04-28T10:00:00.000+0000,2022-08-08,"
    + "H71C22000030006,1,5,Decreto n.28 - 1 / 2022 - PNRR,E,2026-06-30,1.2 Abilitazione al cloud"

  @Test func aNewerImportWinsOverTheSnapshotAndBadInputIsLocated() throws {
    let (header, row) = (Self.awardsHeader, Self.sondrioAward)
    let good = cli.path("candidature_finanziate_12.csv")
    try Data((header + "\n" + row + "\n").utf8).write(to: URL(fileURLWithPath: good))
    let imported = cli.run(["awards", "import", good])
    #expect(imported.code == 0, "\(imported.err)")
    #expect(cli.run(["awards", "014061"]).out.contains("erogato il 30/06/2026"))
    let again = cli.run(["awards", "import", good])
    #expect(again.code == 0)
    let bad = cli.path("bad.csv")
    try Data((header + "\n" + row.replacingOccurrences(of: ",E,", with: ",X,") + "\n").utf8)
      .write(to: URL(fileURLWithPath: bad))
    let refused = cli.run(["awards", "import", bad])
    #expect(refused.code == 65)
    #expect(refused.err.contains("bad.csv:2"))
    #expect(cli.run(["awards", "014061"]).out.contains("erogato il 30/06/2026"))
  }
}
