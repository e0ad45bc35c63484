/// The catalogue of what a comune does, as the functional domain of an application.
///
/// Codes are Italian because the concepts are Italian administrative functions; labels exist in both
/// languages for reports.
public enum ServiceDomain: String, Vocabulary {
  case anagrafe
  case statoCivile = "stato_civile"
  case elettorale
  case protocollo
  case atti
  case alboPretorio = "albo_pretorio"
  case conservazione
  case contabilita
  case paghe
  case personale
  case tributi
  case patrimonio
  case contratti
  case operePubbliche = "opere_pubbliche"
  case suap
  case sue
  case territorio
  case poliziaLocale = "polizia_locale"
  case serviziSociali = "servizi_sociali"
  case scuola
  case biblioteca
  case cimiteri
  case sitoWeb = "sito_web"
  case postaPec = "posta_pec"
  case pagopa
  case documenti
  case infrastruttura
  case altro

  public static let aliases: [String: ServiceDomain] = [
    "servizi_demografici": .anagrafe, "demografici": .anagrafe, "registry": .anagrafe,
    "anpr": .anagrafe, "civil_status": .statoCivile, "electoral": .elettorale,
    "protocol": .protocollo, "protocollo_informatico": .protocollo, "acts": .atti,
    "delibere": .atti, "determine": .atti, "accounting": .contabilita, "ragioneria": .contabilita,
    "bilancio": .contabilita, "payroll": .paghe, "stipendi": .paghe, "hr": .personale,
    "risorse_umane": .personale, "taxes": .tributi, "imu": .tributi, "tari": .tributi,
    "assets": .patrimonio, "inventario": .patrimonio, "contracts": .contratti, "gare": .contratti,
    "public_works": .operePubbliche, "lavori_pubblici": .operePubbliche, "edilizia": .sue,
    "gis": .territorio, "urbanistica": .territorio, "vigili": .poliziaLocale,
    "polizia_municipale": .poliziaLocale, "social_services": .serviziSociali, "school": .scuola,
    "mensa": .scuola, "library": .biblioteca, "cemetery": .cimiteri, "website": .sitoWeb,
    "sito": .sitoWeb, "sito_istituzionale": .sitoWeb, "email": .postaPec, "posta": .postaPec,
    "pec": .postaPec, "pagamenti": .pagopa, "file_server": .documenti, "office": .documenti,
    "infrastructure": .infrastruttura, "other": .altro,
  ]

  public var italianLabel: String {
    switch self {
    case .anagrafe: "Anagrafe"
    case .statoCivile: "Stato civile"
    case .elettorale: "Elettorale"
    case .protocollo: "Protocollo informatico"
    case .atti: "Atti amministrativi"
    case .alboPretorio: "Albo pretorio"
    case .conservazione: "Conservazione digitale"
    case .contabilita: "Contabilità e bilancio"
    case .paghe: "Paghe e stipendi"
    case .personale: "Gestione del personale"
    case .tributi: "Tributi"
    case .patrimonio: "Patrimonio"
    case .contratti: "Contratti e gare"
    case .operePubbliche: "Opere pubbliche"
    case .suap: "SUAP (attività produttive)"
    case .sue: "SUE (edilizia)"
    case .territorio: "Territorio e GIS"
    case .poliziaLocale: "Polizia locale"
    case .serviziSociali: "Servizi sociali"
    case .scuola: "Servizi scolastici"
    case .biblioteca: "Biblioteca"
    case .cimiteri: "Servizi cimiteriali"
    case .sitoWeb: "Sito web istituzionale"
    case .postaPec: "Posta elettronica e PEC"
    case .pagopa: "Pagamenti pagoPA"
    case .documenti: "Documenti e file server"
    case .infrastruttura: "Infrastruttura (directory, DNS, backup)"
    case .altro: "Altro"
    }
  }

  public var englishLabel: String {
    switch self {
    case .anagrafe: "Population registry"
    case .statoCivile: "Civil status"
    case .elettorale: "Electoral roll"
    case .protocollo: "Document registry (protocollo)"
    case .atti: "Administrative acts"
    case .alboPretorio: "Official notice board"
    case .conservazione: "Digital preservation"
    case .contabilita: "Accounting and budget"
    case .paghe: "Payroll"
    case .personale: "Human resources"
    case .tributi: "Local taxes"
    case .patrimonio: "Asset management"
    case .contratti: "Contracts and tenders"
    case .operePubbliche: "Public works"
    case .suap: "Business permits (SUAP)"
    case .sue: "Building permits (SUE)"
    case .territorio: "Land and GIS"
    case .poliziaLocale: "Local police"
    case .serviziSociali: "Social services"
    case .scuola: "School services"
    case .biblioteca: "Library"
    case .cimiteri: "Cemetery services"
    case .sitoWeb: "Institutional website"
    case .postaPec: "E-mail and certified e-mail (PEC)"
    case .pagopa: "pagoPA payments"
    case .documenti: "Documents and file server"
    case .infrastruttura: "Infrastructure (directory, DNS, backup)"
    case .altro: "Other"
    }
  }
}
