import Foundation
import NuvolaAwards
import NuvolaIngest
import NuvolaSupport

/// Small files in both header generations of PA digitale 2026, written as published.
enum AwardFixtures {
  /// The 2025 header generation (`tipologia_ente` third, decree and state day present).
  static let newHeader =
    "codice_ipa,ente,tipologia_ente,comune,cod_comune,provincia,cod_provincia,regione,cod_regione,"
    + "importo_finanziamento,avviso,data_invio_candidatura,data_finanziamento,codice_cup,"
    + "numero_finestra_temporale,numero_di_protocollo,decreto_finanziamento,stato_candidatura,"
    + "data_stato_candidatura,misura"

  /// The 2023 header generation of the 1.2 file (`tipologia_ente` last, no decree, no state day).
  static let oldHeader =
    "codice_ipa,ente,comune,cod_comune,provincia,cod_provincia,regione,cod_regione,importo_finanziamento,"
    + "avviso,data_invio_candidatura,data_finanziamento,codice_cup,numero_finestra_temporale,"
    + "numero_di_protocollo,stato_candidatura,misura,tipologia_ente"

  static let pagoPAApril = "1.4.3 - pagoPA - Comuni - Aprile 2022"
  static let pagoPASeptember = "1.4.3 - pagoPA - Comuni - Settembre 2022"

  /// A 1.4.3 row of the new generation.
  static func row143(
    ente: String = "Comune di Sondrio", kind: String = "Comuni", comune: String = "Sondrio",
    code: String = "014061", province: String = "SO", region: String = "Lombardia",
    amount: String = "123828.0", avviso: String = pagoPAApril, sent: String = "2022-05-10T10:00:00.000+0000",
    funded: String = "2022-08-02", cup: String = "H71F22000700006", window: String = "2",
    state: String = "R", stateDay: String = "2022-10-03"
  ) -> String {
    [
      "c_i829", ente, kind, comune, code, province, "014", region, "03", amount, avviso, sent, funded, cup,
      window, "23", "Decreto n.23 - 2 / 2022 - PNRR", state, stateDay, "1.4.3 Adozione PagoPA e AppIO",
    ].map(quoted).joined(separator: ",")
  }

  static func quoted(_ cell: String) -> String {
    cell.contains(",") || cell.contains("\"") ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
  }

  /// Sondrio's two pagoPA awards of 2022 (April renounced, September paid), an app IO award, a
  /// school row, a Sardinian comune under a 2025 code, an `N/D` row and a merged comune.
  static let file143 = ([
    newHeader,
    row143(),
    row143(
      amount: "109260.0", avviso: pagoPASeptember, sent: "2022-10-07T09:00:00.000+0000", funded: "2023-01-20",
      cup: "H71F22003440006", window: "1", state: "E", stateDay: "2023-08-04"),
    row143(
      amount: "24752.0", avviso: "1.4.3 - app IO - Comuni - Aprile 2022", funded: "2022-08-12",
      cup: "H71F22001020006", state: "A", stateDay: "2022-08-12"),
    row143(ente: "Liceo di Sondrio", kind: "Scuole", amount: "not checked"),
    row143(
      ente: "Comune di Sarroch", comune: "Sarroch", code: "118012", province: "SU", region: "Sardegna",
      amount: "32589.0", cup: "I51F22003120006", state: "A", stateDay: "2022-08-02"),
    row143(
      ente: "COMUNE DI SANTA CATERINA D'ESTE", comune: "Santa Caterina d'Este", code: "N/D", province: "PD",
      region: "Veneto", amount: "20000.0", cup: "J11F22000000001", state: "A", stateDay: "2022-08-02"),
    row143(
      ente: "Comune di Albaredo Arnaboldi", comune: "Albaredo Arnaboldi", code: "018002", province: "PV",
      amount: "5000.0", cup: "J11F22000000002", state: "A", stateDay: "2022-08-02"),
  ].joined(separator: "\n") + "\n")

  /// A 1.2 row of the 2023 generation.
  static let file12 = """
    \(oldHeader)
    c_i829,Comune di Sondrio,Sondrio,014061,SO,014,Lombardia,03,252118.0,1.2 Abilitazione al cloud - Comuni - Aprile 2022,2022-04-28T10:00:00.000+0000,2022-08-08,H71C22000030006,1.0,28.0,A,1.2 Abilitazione e facilitazione migrazione al Cloud,Comune
    c_h973,Comune di San Lupo,San Lupo,062063,BN,062,Campania,15,47427.0,1.2 Abilitazione al cloud - Comuni - Aprile 2022,2022-04-29T09:30:00.000+0000,2022-08-08,E91C22000180006,1.0,28.0,R,1.2 Abilitazione e facilitazione migrazione al Cloud,Comune
    c_x,Istituto X,Sondrio,014061,SO,014,Lombardia,03,1000.0,1.2 Abilitazione al cloud - Scuole,2022-04-29T09:30:00.000+0000,2022-08-08,E91C22000180007,1.0,28.0,A,1.2 Abilitazione e facilitazione migrazione al Cloud,Scuole

    """

  static func read(_ text: String, file: String = "candidature_finanziate_143.csv", dataDate: Day? = nil)
    throws(InputError) -> AwardFile
  {
    try AwardFileReader(dataDate: dataDate).read(Data(text.utf8), file: file)
  }

  /// The error of reading `text`, nil when it reads.
  static func error(_ text: String, file: String = "candidature_finanziate_143.csv") -> InputError? {
    do {
      _ = try read(text, file: file)
      return nil
    } catch {
      return error
    }
  }
}
