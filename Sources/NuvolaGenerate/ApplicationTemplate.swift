import NuvolaModel

/// One kind of application a comune runs, as the generator knows it: its domain, who sells it, where
/// it may run and the facts that come with it (data class, personal data, size, dependencies).
///
/// The catalogue is ordered by need: a comune with N applications runs the first N that fit, so a
/// village has anagrafe, contabilita, protocollo and tributi, and a capoluogo adds the long tail.
struct ApplicationTemplate {
  /// Where an application of this kind can run.
  enum Placement {
    /// On premise, hosted or in the cloud, as the comune chose.
    case anywhere
    /// Only as a service (PEC, pagoPA intermediaries, certified preservation).
    case cloud
    /// Only on the comune's own servers (directory, backup).
    case local
    /// Office files on the file server or NAS.
    case files
  }

  /// A product sold outside the comune's main suite.
  struct Product {
    let vendor: String
    let product: String
    let licence: Licence
    let provider: String?

    init(_ vendor: String, _ product: String, _ licence: Licence = .subscription, provider: String? = nil) {
      self.vendor = vendor
      self.product = product
      self.licence = licence
      self.provider = provider
    }
  }

  let key: String
  let name: String
  let domain: ServiceDomain
  /// Empty: a module of the comune's main suite.
  let products: [Product]
  let placement: Placement
  let dataClass: DataClass
  let personalData: Bool
  let structured: Bool
  let update: DataUpdate
  /// Share of the comune's staff who use it.
  let usersShare: Double
  /// Relative yearly cost (1 = an average module).
  let costWeight: Double
  /// Data in GB per 1,000 inhabitants.
  let volume: Double
  /// Keys of the templates it needs; only those the comune has become dependencies.
  let dependsOn: [String]

  init(
    _ key: String, _ name: String, _ domain: ServiceDomain, _ products: [Product] = [],
    placement: Placement = .anywhere, dataClass: DataClass = .ordinario, personal: Bool = true,
    structured: Bool = true, update: DataUpdate = .daily, users: Double = 0.1, cost: Double = 1,
    volume: Double = 1, dependsOn: [String] = []
  ) {
    self.key = key
    self.name = name
    self.domain = domain
    self.products = products
    self.placement = placement
    self.dataClass = dataClass
    self.personalData = personal
    self.structured = structured
    self.update = update
    self.usersShare = users
    self.costWeight = cost
    self.volume = volume
    self.dependsOn = dependsOn
  }

  var isSuiteModule: Bool { products.isEmpty }

  static let catalogue: [ApplicationTemplate] = [
    .init(
      "anagrafe", "Anagrafe (ANPR)", .anagrafe, dataClass: .critico, update: .continuous, users: 0.15,
      cost: 1.4, volume: 2),
    .init("contabilita", "Contabilità finanziaria", .contabilita, users: 0.2, cost: 1.6, volume: 3),
    .init(
      "protocollo", "Protocollo informatico", .protocollo, update: .continuous, users: 0.8, cost: 1.2,
      volume: 12),
    .init(
      "tributi", "Tributi (IMU, TARI)", .tributi, users: 0.1, cost: 1.4, volume: 3, dependsOn: ["anagrafe"]),
    .init(
      "sito-web", "Sito istituzionale", .sitoWeb,
      [
        Product("Opencontent", "OpenCity Italia", .openSource, provider: "Opencontent Cloud"),
        Product("Web agency locale", "Drupal (modello Designers Italia)", .openSource, provider: "Aruba"),
        Product("ISWEB", "PAT Portale Trasparenza", provider: "ISWEB Cloud"),
      ], personal: false, update: .weekly, users: 0.1, cost: 0.8, volume: 1),
    .init(
      "posta-pec", "Posta elettronica e PEC", .postaPec,
      [
        Product("Aruba", "Aruba PEC e posta", provider: "Aruba"),
        Product("Microsoft", "Microsoft 365", provider: "Microsoft"),
        Product("Google", "Google Workspace", provider: "Google Cloud"),
        Product("Namirial", "Namirial PEC", provider: "Namirial"),
      ], placement: .cloud, update: .continuous, users: 1, cost: 0.8, volume: 8),
    .init("atti", "Delibere e determine", .atti, users: 0.4, cost: 0.9, volume: 4, dependsOn: ["protocollo"]),
    .init(
      "pagopa", "Pagamenti pagoPA", .pagopa, placement: .cloud, users: 0.1, cost: 0.5, volume: 0.3,
      dependsOn: ["contabilita"]),
    .init(
      "stato-civile", "Stato civile", .statoCivile, dataClass: .critico, users: 0.05, cost: 0.5, volume: 1,
      dependsOn: ["anagrafe"]),
    .init(
      "elettorale", "Servizi elettorali", .elettorale, dataClass: .critico, update: .monthly, users: 0.05,
      cost: 0.5, volume: 0.5, dependsOn: ["anagrafe"]),
    .init(
      "paghe", "Paghe e stipendi", .paghe, update: .monthly, users: 0.05, cost: 1, volume: 0.5,
      dependsOn: ["personale"]),
    .init(
      "albo", "Albo pretorio online", .alboPretorio, users: 0.1, cost: 0.4, volume: 1, dependsOn: ["atti"]),
    .init(
      "conservazione", "Conservazione digitale a norma", .conservazione,
      [
        Product("InfoCert", "LegalDoc", provider: "InfoCert"),
        Product("Aruba", "DocFly", provider: "Aruba"),
        Product("Namirial", "Conservazione digitale", provider: "Namirial"),
      ], placement: .cloud, update: .weekly, users: 0.02, cost: 0.6, volume: 10, dependsOn: ["protocollo"]),
    .init(
      "file-server", "File server (documenti d'ufficio)", .documenti,
      [Product("Microsoft", "Windows Server file server", .perpetual)], placement: .files,
      structured: false, update: .continuous, users: 0.9, cost: 0.2, volume: 40),
    .init(
      "suap", "Sportello unico attività produttive", .suap,
      [
        Product("InfoCamere", "impresainungiorno.gov.it", provider: "InfoCamere"),
        Product("Globo", "Sportello Telematico Polivalente", provider: "Globo Cloud"),
      ], users: 0.04, cost: 0.6, volume: 2, dependsOn: ["protocollo"]),
    .init(
      "sue", "Pratiche edilizie (SUE)", .sue,
      [Product("Globo", "Sportello Telematico Polivalente", provider: "Globo Cloud")],
      users: 0.05, cost: 0.7, volume: 6, dependsOn: ["protocollo"]),
    .init("personale", "Gestione del personale", .personale, users: 0.04, cost: 0.7, volume: 0.5),
    .init(
      "polizia-locale", "Verbali e polizia locale", .poliziaLocale,
      [Product("Maggioli", "Concilia", provider: "Maggioli Cloud"), Product("Verbatel", "Verbatel PL")],
      dataClass: .critico, users: 0.06, cost: 1, volume: 2),
    .init(
      "directory", "Active Directory e DNS", .infrastruttura,
      [Product("Microsoft", "Active Directory", .perpetual)],
      placement: .local, update: .continuous, users: 1, cost: 0.1, volume: 0.05),
    .init("patrimonio", "Inventario e patrimonio", .patrimonio, personal: false, users: 0.03, cost: 0.5),
    .init(
      "servizi-sociali", "Cartella sociale", .serviziSociali,
      [Product("Sociale Web", "Cartella Sociale Web"), Product("Dedagroup", "Civilia Sociale")],
      dataClass: .critico, users: 0.04, cost: 0.8, volume: 1),
    .init(
      "scuola", "Mensa e trasporto scolastico", .scuola,
      [
        Product("Progetti e Soluzioni", "School Food", provider: "Aruba"),
        Product("ComunicApp", "ComunicApp Scuola"),
      ],
      users: 0.03, cost: 0.6, volume: 0.5),
    .init(
      "gis", "Sistema informativo territoriale (GIS)", .territorio,
      [
        Product("QGIS.org", "QGIS e PostGIS", .openSource),
        Product("Technical Design", "GisMaster", provider: "Technical Design Cloud"),
      ], personal: false, update: .monthly, users: 0.04, cost: 0.7, volume: 20),
    .init("cimiteri", "Servizi cimiteriali", .cimiteri, update: .weekly, users: 0.02, cost: 0.3, volume: 0.3),
    .init(
      "contratti", "Contratti e gare", .contratti, users: 0.05, cost: 0.5, volume: 1, dependsOn: ["atti"]),
    .init(
      "backup", "Backup dei server", .infrastruttura,
      [Product("Veeam", "Veeam Backup & Replication"), Product("Acronis", "Acronis Cyber Protect")],
      placement: .local, personal: true, update: .daily, users: 0.01, cost: 0.3, volume: 0.1),
    .init(
      "biblioteca", "Biblioteca (catalogo e prestiti)", .biblioteca,
      [Product("Comperio", "Clavis NG", provider: "Comperio Cloud")], users: 0.02, cost: 0.4, volume: 1),
    .init(
      "opere-pubbliche", "Opere pubbliche", .operePubbliche, personal: false, users: 0.03, cost: 0.5,
      volume: 2, dependsOn: ["contabilita"]),
    .init(
      "economato", "Economato e provveditorato", .contabilita, users: 0.02, cost: 0.3,
      dependsOn: ["contabilita"]),
    .init(
      "presenze", "Rilevazione presenze", .personale, update: .continuous, users: 0.03, cost: 0.4,
      dependsOn: ["personale"]),
    .init("riscossione", "Riscossione coattiva", .tributi, users: 0.02, cost: 0.6, dependsOn: ["tributi"]),
    .init(
      "videosorveglianza", "Videosorveglianza urbana", .poliziaLocale,
      [Product("Milestone", "XProtect", .perpetual), Product("Hikvision", "HikCentral", .perpetual)],
      placement: .local, dataClass: .critico, update: .continuous, users: 0.02, cost: 0.7, volume: 150),
    .init(
      "catasto", "Banca dati catastale", .territorio, personal: true, update: .monthly, users: 0.02,
      cost: 0.3, volume: 3),
    .init(
      "antivirus", "Console antivirus", .infrastruttura,
      [Product("ESET", "ESET PROTECT"), Product("Sophos", "Sophos Central", provider: "Sophos")],
      personal: false, update: .daily, users: 0.01, cost: 0.4, volume: 0.1),
    .init("messi", "Notifiche dei messi", .atti, users: 0.02, cost: 0.2, dependsOn: ["protocollo"]),
    .init(
      "helpdesk", "Help desk informatico", .infrastruttura, [Product("Teclib", "GLPI", .openSource)],
      personal: false, users: 0.02, cost: 0.1, volume: 0.2),
    .init(
      "monitoraggio", "Monitoraggio rete e server", .infrastruttura,
      [Product("Zabbix", "Zabbix", .openSource)],
      placement: .local, personal: false, update: .continuous, users: 0.01, cost: 0.1, volume: 0.3),
    .init("asili", "Iscrizioni asili nido", .scuola, users: 0.02, cost: 0.3, dependsOn: ["anagrafe"]),
    .init(
      "ztl", "Permessi ZTL e sosta", .poliziaLocale,
      [Product("Project Automation", "Gestione varchi ZTL", .perpetual)], users: 0.02, cost: 0.6, volume: 20),
    .init("commercio", "Commercio e mercati", .suap, users: 0.02, cost: 0.3, dependsOn: ["suap"]),
    .init(
      "trasparenza", "Amministrazione trasparente", .sitoWeb,
      [Product("ISWEB", "PAT Portale Trasparenza", provider: "ISWEB Cloud")], personal: false,
      update: .weekly, users: 0.1, cost: 0.3),
    .init(
      "intranet", "Intranet comunale", .documenti, [Product("Microsoft", "SharePoint Server", .perpetual)],
      structured: false, update: .weekly, users: 0.8, cost: 0.3, volume: 5),
    .init(
      "stampa", "Server di stampa", .infrastruttura, [Product("Microsoft", "Print Server", .perpetual)],
      placement: .local, personal: false, update: .daily, users: 0.9, cost: 0.05, volume: 0.05),
    .init(
      "firma", "Firma digitale remota", .altro,
      [Product("InfoCert", "Firma remota"), Product("Aruba", "Firma remota")],
      placement: .cloud, users: 0.1, cost: 0.2, volume: 0.05),
    .init(
      "statistica", "Statistica e toponomastica", .anagrafe, users: 0.02, cost: 0.2, dependsOn: ["anagrafe"]),
    .init(
      "bi", "Cruscotto direzionale (BI)", .altro,
      [
        Product("Microsoft", "Power BI", provider: "Microsoft"),
        Product("Qlik", "Qlik Sense", .perpetual),
      ], personal: false, users: 0.02, cost: 0.4, volume: 5,
      dependsOn: ["contabilita"]),
    .init("prenotazioni", "Prenotazione appuntamenti", .altro, users: 0.05, cost: 0.2, volume: 0.2),
    .init("segnalazioni", "Segnalazioni dei cittadini", .altro, users: 0.05, cost: 0.2, volume: 0.5),
    .init("sport", "Prenotazione impianti sportivi", .altro, users: 0.01, cost: 0.2, volume: 0.1),
    .init(
      "open-data", "Portale open data", .sitoWeb, [Product("Open Knowledge", "CKAN", .openSource)],
      personal: false, update: .monthly, users: 0.02, cost: 0.2, volume: 2),
    .init("ambiente", "Ambiente e rifiuti", .altro, users: 0.02, cost: 0.3),
    .init(
      "controllo-gestione", "Controllo di gestione", .contabilita, personal: false, users: 0.01, cost: 0.3,
      dependsOn: ["contabilita"]),
    .init(
      "manutenzioni", "Manutenzione edifici e strade", .operePubbliche, personal: false, users: 0.03,
      cost: 0.3),
    .init(
      "contributi", "Contributi e bandi sociali", .serviziSociali, dataClass: .critico, users: 0.02,
      cost: 0.3, dependsOn: ["servizi-sociali"]),
    .init("cultura", "Eventi, musei e cultura", .altro, personal: false, users: 0.02, cost: 0.2),
    .init(
      "protezione-civile", "Protezione civile", .altro, dataClass: .critico, update: .weekly, users: 0.01,
      cost: 0.3),
    .init(
      "energia", "Gestione energia e utenze", .patrimonio, personal: false, update: .monthly, users: 0.01,
      cost: 0.3),
    .init("legale", "Contenzioso e avvocatura", .altro, users: 0.01, cost: 0.2, volume: 1),
    .init(
      "partecipate", "Società partecipate", .contabilita, personal: false, update: .yearly, users: 0.01,
      cost: 0.1),
    .init("casa", "Edilizia residenziale pubblica", .serviziSociali, users: 0.01, cost: 0.3),
    .init("consiglio", "Sedute del consiglio comunale", .atti, users: 0.03, cost: 0.2, dependsOn: ["atti"]),
    .init(
      "streaming", "Streaming del consiglio comunale", .altro, placement: .cloud, personal: false,
      update: .monthly, users: 0.01, cost: 0.1, volume: 30),
    .init(
      "verde", "Gestione del verde pubblico", .patrimonio, personal: false, update: .monthly, users: 0.01,
      cost: 0.2),
    .init(
      "autoparco", "Autoparco comunale", .patrimonio, personal: false, update: .weekly, users: 0.01,
      cost: 0.1),
    .init(
      "cartografia", "Cartografia tecnica", .territorio, personal: false, update: .yearly, users: 0.01,
      cost: 0.2, volume: 30),
    .init("anagrafe-canina", "Anagrafe canina", .altro, update: .weekly, users: 0.01, cost: 0.1),
    .init("sale", "Prenotazione sale e spazi", .patrimonio, users: 0.01, cost: 0.1),
    .init("urp", "URP e centralino", .altro, update: .continuous, users: 0.03, cost: 0.2),
    .init(
      "archivio-storico", "Archivio storico delibere (sola consultazione)", .atti,
      [Product("Software house locale", "Archivio delibere 2000-2012", .custom)], update: .never,
      users: 0.02, cost: 0.05, volume: 5),
  ]
}
