/// The columns of the funded-candidature files that Nuvola reads, by their published names
/// (`FORMAT-candidature.md`). Both header generations hold the required ones; the 2023 files lack
/// `decreto_finanziamento` and `data_stato_candidatura`. Other columns are ignored.
enum AwardColumn: Int, CaseIterable, Sendable {
  case tipologiaEnte, ente, comune, codComune, provincia, regione, importo, avviso, dataInvio
  case dataFinanziamento, cup, finestra, decreto, stato, dataStato, misura

  var name: String {
    switch self {
    case .tipologiaEnte: return "tipologia_ente"
    case .ente: return "ente"
    case .comune: return "comune"
    case .codComune: return "cod_comune"
    case .provincia: return "provincia"
    case .regione: return "regione"
    case .importo: return "importo_finanziamento"
    case .avviso: return "avviso"
    case .dataInvio: return "data_invio_candidatura"
    case .dataFinanziamento: return "data_finanziamento"
    case .cup: return "codice_cup"
    case .finestra: return "numero_finestra_temporale"
    case .decreto: return "decreto_finanziamento"
    case .stato: return "stato_candidatura"
    case .dataStato: return "data_stato_candidatura"
    case .misura: return "misura"
    }
  }

  /// Columns a file must have; the others may be missing (older header generation).
  var isRequired: Bool {
    switch self {
    case .ente, .decreto, .dataStato, .misura, .dataInvio: return false
    default: return true
    }
  }

  static let byName: [String: AwardColumn] = Dictionary(
    uniqueKeysWithValues: allCases.map { ($0.name, $0) })

  static var requiredNames: String { allCases.filter(\.isRequired).map(\.name).joined(separator: ", ") }
}
