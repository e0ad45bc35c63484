import NuvolaSupport

/// Every text of the reports in one language: headings, labels, sentences (templates with `{name}`
/// placeholders) and the labels of codes. One catalogue per language (`+Italian`, `+English`); the
/// memberwise initialiser makes a missing string a compile error, and a test checks that both
/// languages use the same placeholders. A class, so that the builders share one catalogue rather
/// than copying some three hundred strings at every access.
public final class ReportStrings: Sendable {
  // MARK: Words used everywhere

  public let unknown: String
  public let yes: String
  public let no: String
  public let none: String
  public let estimateWord: String
  public let estimateExplained: String
  public let confirmedYes: String
  public let confirmedNo: String
  public let assumption: String
  public let noteLabel: String
  public let warningLabel: String
  public let contentsTitle: String
  public let legendLead: String
  public let chartLead: String
  public let sourceWord: String
  public let sourcesLead: String
  public let quoted: String
  public let footer: String
  // MARK: The title block

  public let subtitle: String
  public let factComune: String
  public let factIstatCode: String
  public let factProvince: String
  public let factPopulation: String
  public let factInventoryDate: String
  public let factAsOf: String
  public let illustrativeTitle: String
  public let illustrativeText: String
  public let inventoryDateUnknown: String
  // MARK: Sources

  public let sourcesTitle: String
  public let sourcesIntro: String
  public let rulesFilesCaption: String
  public let columnFile: String
  public let columnTitle: String
  public let columnCompiled: String
  public let columnValidity: String
  public let columnOrigin: String
  public let columnSources: String
  public let validityOpen: String
  public let validityRange: String
  public let bundledRules: String
  public let defaultsCaption: String
  public let columnKey: String
  public let columnValue: String
  public let columnUnit: String
  public let columnStatus: String
  public let columnSource: String
  public let columnNote: String
  public let registerAttribution: String
  public let populationAttribution: String
  public let population2022Attribution: String
  // MARK: The IT manager's report

  public let itManagerTitle: String
  public let summaryTitle: String
  public let itSummaryIntro: String
  public let factSites: String
  public let factPhysicalServers: String
  public let factVirtualMachines: String
  public let factWorkstations: String
  public let factApplications: String
  public let factCloudApplications: String
  public let factLinks: String
  public let factApplicationCost: String
  public let withoutFigure: String
  public let factICTSpend: String
  public let factStaff: String
  public let factITStaff: String
  public let findingsBySeverityCaption: String
  public let columnSeverity: String
  public let columnCount: String
  public let spendChartTitle: String
  public let spendCaption: String
  public let spendChartDescription: String
  public let columnCategory: String
  public let columnYearlyAmount: String
  public let columnWithFigure: String
  public let columnWithoutFigure: String
  public let findingsTitle: String
  public let findingsIntro: String
  public let noFindings: String
  public let noFindingsShort: String
  public let findingsCaption: String
  public let columnFinding: String
  public let columnCode: String
  public let columnRecordType: String
  public let columnRecord: String
  public let columnEvidence: String
  public let columnMessage: String
  public let columnFix: String
  public let columnNotes: String
  public let cedTitle: String
  public let cedSitesCaption: String
  public let columnClass: String
  public let columnMeaning: String
  public let columnObligations: String
  public let columnId: String
  public let columnName: String
  public let columnKind: String
  public let reasonsLead: String
  public let obligationsLead: String
  public let cedCriteriaCaption: String
  public let columnSite: String
  public let columnCriterion: String
  public let columnFamily: String
  public let columnRequiredForA: String
  public let siteHeading: String
  public let noSites: String
  public let applicationsTitle: String
  public let applicationsIntro: String
  public let applicationsCaption: String
  public let columnDomain: String
  public let columnVendor: String
  public let columnProduct: String
  public let columnDeployment: String
  public let columnRunsAt: String
  public let columnDataClass: String
  public let columnPersonalData: String
  public let columnUsers: String
  public let columnYearlyCost: String
  public let columnContractEnd: String
  public let columnSaaSAlternative: String
  public let columnComuneChoice: String
  public let noApplications: String
  public let inventoryTitle: String
  public let sitesCaption: String
  public let columnUPS: String
  public let columnGenerator: String
  public let columnCooling: String
  public let columnFireDetection: String
  public let columnOffsiteBackup: String
  public let columnDR: String
  public let columnITLoad: String
  public let columnEnergyCost: String
  public let devicesByKindCaption: String
  public let noAssets: String
  public let assetsCaption: String
  public let columnQuantity: String
  public let columnLocation: String
  public let columnModel: String
  public let columnPurchaseYear: String
  public let columnEndOfSupport: String
  public let columnOS: String
  public let linksCaption: String
  public let columnTechnology: String
  public let columnDown: String
  public let columnUp: String
  public let columnProvider: String
  public let columnBackupLink: String
  public let noLinks: String
  // MARK: The mayor's report

  public let mayorTitle: String
  public let onePageTitle: String
  public let whereWeAreTitle: String
  public let mayorApplications: String
  public let mayorNoApplications: String
  public let mayorCEDCount: String
  public let mayorCEDGroupB: String
  public let mayorCEDGroupBMeaning: String
  public let mayorCEDClassAMeaning: String
  public let mayorCEDClassA: String
  public let mayorNoCED: String
  public let mayorFindings: String
  public let mayorNoUrgentFindings: String
  public let mayorSpend: String
  public let mayorSpendUnknown: String
  public let pnrrMoneyTitle: String
  public let mayorPNRRTotal: String
  public let mayorPNRREstimated: String
  public let mayorPNRRPerService: String
  public let mayorDeadlinesPassed: String
  public let mayorNextDeadline: String
  public let mayorNoOpenCalls: String
  public let mayorOpenCalls: String
  public let glossaryTitle: String
  public let mayorCEDTitle: String
  public let mayorCEDIntro: String
  public let mayorPNRRTitle: String
  public let mayorPNRRIntro: String
  // MARK: The plan (mayor and IT manager)

  public let planTitle: String
  public let planMoves: String
  public let planNoWaves: String
  public let planAlreadyInCloud: String
  public let planRetiring: String
  public let planRetained: String
  public let planOthers: String
  public let planApplications: String
  public let planClosureNoWave: String
  public let planClosure: String
  public let planCriticalWarnings: String
  public let planUndecided: String
  public let costsNowAndAfterTitle: String
  public let costsNow: String
  public let costsAfter: String
  public let costsOneOff: String
  public let costsFunding: String
  public let costsNoFunding: String
  public let savingsTitle: String
  public let savingsTotal: String
  public let savingsNegative: String
  public let savingsNPV: String
  public let savingsPayback: String
  public let savingsNoPayback: String
  public let savingsDefaults: String
  public let nextDecisionTitle: String
  public let decisionFirst: String
  public let decisionFirstWave: String
  public let decisionPrerequisite: String
  public let decisionCompleteInventory: String
  public let decisionNone: String
  public let andOthers: String
  public let wavesTitle: String
  public let wavesIntro: String
  public let wavesChartTitle: String
  public let wavesChartDescription: String
  public let wavesCaption: String
  public let waveLabel: String
  public let waveDetail: String
  public let closureLabel: String
  public let columnWave: String
  public let columnFrom: String
  public let columnTo: String
  public let columnApplications: String
  public let columnPrerequisites: String
  public let columnOneOff: String
  public let columnYearlyAdded: String
  public let columnRunRate: String
  public let costsTitle: String
  public let costsIntro: String
  public let costsChartTitle: String
  public let costsChartDescription: String
  public let seriesOnPremise: String
  public let seriesPlan: String
  public let seriesOnPremiseShort: String
  public let seriesPlanShort: String
  public let legendSolid: String
  public let legendDashed: String
  public let yearLabel: String
  public let yearlyCostsCaption: String
  public let columnYear: String
  public let columnPeriod: String
  public let columnSavings: String
  public let columnCumulativeSavings: String
  public let costCategoriesCaption: String
  public let columnFirstYear: String
  public let columnLastYear: String
  public let costNotesLead: String
  public let planNotesTitle: String
  public let planNoWarnings: String
  public let relaxationsLead: String
  public let unscheduledCaption: String
  public let planDefaultsCaption: String
  public let columnUsedFor: String
  public let strategiesTitle: String
  public let strategiesIntro: String
  public let strategiesCaption: String
  public let columnDisposition: String
  public let columnStrategy: String
  public let columnDestination: String
  public let columnPNRRMode: String
  public let columnProvisional: String
  public let columnMissingFacts: String
  // MARK: The grant writer's dossier

  public let grantWriterTitle: String
  public let grantOverviewTitle: String
  public let grantOverviewIntro: String
  public let populationBasisNote: String
  public let measuresCaption: String
  public let columnMeasure: String
  public let columnEligibility: String
  public let columnPopulationClass: String
  public let columnComponent: String
  public let columnAmountKind: String
  public let columnAmount: String
  public let columnAmountStatus: String
  public let measureHeading: String
  public let factServices: String
  public let serviceRange: String
  public let factClassesConfirmed: String
  public let factRulesFile: String
  public let whyLead: String
  public let amountsCaption: String
  public let columnMandatory: String
  public let columnBasis: String
  public let modeLabel: String
  public let cloudServicesIntro: String
  public let cloudServicesCaption: String
  public let columnMoves: String
  public let columnProposed: String
  public let columnReasons: String
  public let moveTemplate: String
  public let conditionsCaption: String
  public let columnCondition: String
  public let columnConfirmed: String
  public let deadlinesCaption: String
  public let columnDay: String
  public let columnWhat: String
  public let columnTiming: String
  public let deadlinePassed: String
  public let deadlineUpcoming: String
  public let callsCaption: String
  public let columnCall: String
  public let columnOpens: String
  public let columnCloses: String
  public let columnBudget: String
  public let columnOpenNow: String
  public let callOpen: String
  public let callClosed: String
  public let candidaturaTitle: String
  public let candidaturaNotEligible: String
  public let candidaturaNoOpenCall: String
  public let factAwardPosition: String
  public let awardsLead: String
  public let awardsRiskLead: String
  public let candidaturaIntro: String
  public let candidaturaPopulation: String
  public let candidaturaPopulationUnknown: String
  public let candidaturaServices: String
  public let candidaturaMoveToChoose: String
  public let candidaturaClassify: String
  public let candidaturaAmounts: String
  public let perServiceSuffix: String
  public let candidaturaEstimate: String
  public let candidaturaAmountUnknown: String
  public let candidaturaConditions: String
  public let candidaturaToComplete: String
  public let dossierTitle: String
  public let dossierIntro: String
  public let dossierCaption: String
  public let columnStep: String

  // MARK: Labels of codes

  /// Who each report is for, by `ReportAudience` raw value.
  public let audiences: [String: String]
  /// Cost categories of the plan, by `PlanCostBreakdown` key.
  public let costCategories: [String: String]
  /// Levels of plan warnings, by `PlanWarning.Level` code.
  public let warningLevels: [String: String]
  /// Counted nouns, singular and plural, for `ReportValues.counted`.
  public let nouns: [String: ReportNoun]
  /// Inventory record kinds, by `RecordType` raw value.
  public let recordTypes: [String: String]
  /// Categories of the spend chart, by `SpendByCategory` id.
  public let spendCategories: [String: String]
  /// Site kinds, by `SiteKind` code.
  public let siteKinds: [String: String]
  /// Device kinds, by `AssetKind` code.
  public let assetKinds: [String: String]
  /// Where an application runs, by `Deployment` code.
  public let deployments: [String: String]
  /// ACN data classes, by `DataClass` code.
  public let dataClasses: [String: String]
  /// Link technologies, by `LinkTechnology` code.
  public let linkTechnologies: [String: String]
  /// Migration strategies (6R), by `Strategy` code.
  public let strategies: [String: String]
  /// Cloud destinations of PNRR 1.2, by `CloudMigrationRules.Destination` code.
  public let destinations: [String: String]
  /// Kinds of PNRR amount, by `MeasureComponent.Kind` code.
  public let componentKinds: [String: String]
  /// How an amount is known, by `RuleAmount.Basis` code.
  public let amountBases: [String: String]
  /// Words of the mayor's glossary, in order.
  public let glossary: [ReportGlossaryEntry]

  init(
    unknown: String,
    yes: String,
    no: String,
    none: String,
    estimateWord: String,
    estimateExplained: String,
    confirmedYes: String,
    confirmedNo: String,
    assumption: String,
    noteLabel: String,
    warningLabel: String,
    contentsTitle: String,
    legendLead: String,
    chartLead: String,
    sourceWord: String,
    sourcesLead: String,
    quoted: String,
    footer: String,
    subtitle: String,
    factComune: String,
    factIstatCode: String,
    factProvince: String,
    factPopulation: String,
    factInventoryDate: String,
    factAsOf: String,
    illustrativeTitle: String,
    illustrativeText: String,
    inventoryDateUnknown: String,
    sourcesTitle: String,
    sourcesIntro: String,
    rulesFilesCaption: String,
    columnFile: String,
    columnTitle: String,
    columnCompiled: String,
    columnValidity: String,
    columnOrigin: String,
    columnSources: String,
    validityOpen: String,
    validityRange: String,
    bundledRules: String,
    defaultsCaption: String,
    columnKey: String,
    columnValue: String,
    columnUnit: String,
    columnStatus: String,
    columnSource: String,
    columnNote: String,
    registerAttribution: String,
    populationAttribution: String,
    population2022Attribution: String,
    itManagerTitle: String,
    summaryTitle: String,
    itSummaryIntro: String,
    factSites: String,
    factPhysicalServers: String,
    factVirtualMachines: String,
    factWorkstations: String,
    factApplications: String,
    factCloudApplications: String,
    factLinks: String,
    factApplicationCost: String,
    withoutFigure: String,
    factICTSpend: String,
    factStaff: String,
    factITStaff: String,
    findingsBySeverityCaption: String,
    columnSeverity: String,
    columnCount: String,
    spendChartTitle: String,
    spendCaption: String,
    spendChartDescription: String,
    columnCategory: String,
    columnYearlyAmount: String,
    columnWithFigure: String,
    columnWithoutFigure: String,
    findingsTitle: String,
    findingsIntro: String,
    noFindings: String,
    noFindingsShort: String,
    findingsCaption: String,
    columnFinding: String,
    columnCode: String,
    columnRecordType: String,
    columnRecord: String,
    columnEvidence: String,
    columnMessage: String,
    columnFix: String,
    columnNotes: String,
    cedTitle: String,
    cedSitesCaption: String,
    columnClass: String,
    columnMeaning: String,
    columnObligations: String,
    columnId: String,
    columnName: String,
    columnKind: String,
    reasonsLead: String,
    obligationsLead: String,
    cedCriteriaCaption: String,
    columnSite: String,
    columnCriterion: String,
    columnFamily: String,
    columnRequiredForA: String,
    siteHeading: String,
    noSites: String,
    applicationsTitle: String,
    applicationsIntro: String,
    applicationsCaption: String,
    columnDomain: String,
    columnVendor: String,
    columnProduct: String,
    columnDeployment: String,
    columnRunsAt: String,
    columnDataClass: String,
    columnPersonalData: String,
    columnUsers: String,
    columnYearlyCost: String,
    columnContractEnd: String,
    columnSaaSAlternative: String,
    columnComuneChoice: String,
    noApplications: String,
    inventoryTitle: String,
    sitesCaption: String,
    columnUPS: String,
    columnGenerator: String,
    columnCooling: String,
    columnFireDetection: String,
    columnOffsiteBackup: String,
    columnDR: String,
    columnITLoad: String,
    columnEnergyCost: String,
    devicesByKindCaption: String,
    noAssets: String,
    assetsCaption: String,
    columnQuantity: String,
    columnLocation: String,
    columnModel: String,
    columnPurchaseYear: String,
    columnEndOfSupport: String,
    columnOS: String,
    linksCaption: String,
    columnTechnology: String,
    columnDown: String,
    columnUp: String,
    columnProvider: String,
    columnBackupLink: String,
    noLinks: String,
    mayorTitle: String,
    onePageTitle: String,
    whereWeAreTitle: String,
    mayorApplications: String,
    mayorNoApplications: String,
    mayorCEDCount: String,
    mayorCEDGroupB: String,
    mayorCEDGroupBMeaning: String,
    mayorCEDClassAMeaning: String,
    mayorCEDClassA: String,
    mayorNoCED: String,
    mayorFindings: String,
    mayorNoUrgentFindings: String,
    mayorSpend: String,
    mayorSpendUnknown: String,
    pnrrMoneyTitle: String,
    mayorPNRRTotal: String,
    mayorPNRREstimated: String,
    mayorPNRRPerService: String,
    mayorDeadlinesPassed: String,
    mayorNextDeadline: String,
    mayorNoOpenCalls: String,
    mayorOpenCalls: String,
    glossaryTitle: String,
    mayorCEDTitle: String,
    mayorCEDIntro: String,
    mayorPNRRTitle: String,
    mayorPNRRIntro: String,
    planTitle: String,
    planMoves: String,
    planNoWaves: String,
    planAlreadyInCloud: String,
    planRetiring: String,
    planRetained: String,
    planOthers: String,
    planApplications: String,
    planClosureNoWave: String,
    planClosure: String,
    planCriticalWarnings: String,
    planUndecided: String,
    costsNowAndAfterTitle: String,
    costsNow: String,
    costsAfter: String,
    costsOneOff: String,
    costsFunding: String,
    costsNoFunding: String,
    savingsTitle: String,
    savingsTotal: String,
    savingsNegative: String,
    savingsNPV: String,
    savingsPayback: String,
    savingsNoPayback: String,
    savingsDefaults: String,
    nextDecisionTitle: String,
    decisionFirst: String,
    decisionFirstWave: String,
    decisionPrerequisite: String,
    decisionCompleteInventory: String,
    decisionNone: String,
    andOthers: String,
    wavesTitle: String,
    wavesIntro: String,
    wavesChartTitle: String,
    wavesChartDescription: String,
    wavesCaption: String,
    waveLabel: String,
    waveDetail: String,
    closureLabel: String,
    columnWave: String,
    columnFrom: String,
    columnTo: String,
    columnApplications: String,
    columnPrerequisites: String,
    columnOneOff: String,
    columnYearlyAdded: String,
    columnRunRate: String,
    costsTitle: String,
    costsIntro: String,
    costsChartTitle: String,
    costsChartDescription: String,
    seriesOnPremise: String,
    seriesPlan: String,
    seriesOnPremiseShort: String,
    seriesPlanShort: String,
    legendSolid: String,
    legendDashed: String,
    yearLabel: String,
    yearlyCostsCaption: String,
    columnYear: String,
    columnPeriod: String,
    columnSavings: String,
    columnCumulativeSavings: String,
    costCategoriesCaption: String,
    columnFirstYear: String,
    columnLastYear: String,
    costNotesLead: String,
    planNotesTitle: String,
    planNoWarnings: String,
    relaxationsLead: String,
    unscheduledCaption: String,
    planDefaultsCaption: String,
    columnUsedFor: String,
    strategiesTitle: String,
    strategiesIntro: String,
    strategiesCaption: String,
    columnDisposition: String,
    columnStrategy: String,
    columnDestination: String,
    columnPNRRMode: String,
    columnProvisional: String,
    columnMissingFacts: String,
    grantWriterTitle: String,
    grantOverviewTitle: String,
    grantOverviewIntro: String,
    populationBasisNote: String,
    measuresCaption: String,
    columnMeasure: String,
    columnEligibility: String,
    columnPopulationClass: String,
    columnComponent: String,
    columnAmountKind: String,
    columnAmount: String,
    columnAmountStatus: String,
    measureHeading: String,
    factServices: String,
    serviceRange: String,
    factClassesConfirmed: String,
    factRulesFile: String,
    whyLead: String,
    amountsCaption: String,
    columnMandatory: String,
    columnBasis: String,
    modeLabel: String,
    cloudServicesIntro: String,
    cloudServicesCaption: String,
    columnMoves: String,
    columnProposed: String,
    columnReasons: String,
    moveTemplate: String,
    conditionsCaption: String,
    columnCondition: String,
    columnConfirmed: String,
    deadlinesCaption: String,
    columnDay: String,
    columnWhat: String,
    columnTiming: String,
    deadlinePassed: String,
    deadlineUpcoming: String,
    callsCaption: String,
    columnCall: String,
    columnOpens: String,
    columnCloses: String,
    columnBudget: String,
    columnOpenNow: String,
    callOpen: String,
    callClosed: String,
    candidaturaTitle: String,
    candidaturaNotEligible: String,
    candidaturaNoOpenCall: String,
    factAwardPosition: String,
    awardsLead: String,
    awardsRiskLead: String,
    candidaturaIntro: String,
    candidaturaPopulation: String,
    candidaturaPopulationUnknown: String,
    candidaturaServices: String,
    candidaturaMoveToChoose: String,
    candidaturaClassify: String,
    candidaturaAmounts: String,
    perServiceSuffix: String,
    candidaturaEstimate: String,
    candidaturaAmountUnknown: String,
    candidaturaConditions: String,
    candidaturaToComplete: String,
    dossierTitle: String,
    dossierIntro: String,
    dossierCaption: String,
    columnStep: String,
    audiences: [String: String],
    costCategories: [String: String],
    warningLevels: [String: String],
    nouns: [String: ReportNoun],
    recordTypes: [String: String],
    spendCategories: [String: String],
    siteKinds: [String: String],
    assetKinds: [String: String],
    deployments: [String: String],
    dataClasses: [String: String],
    linkTechnologies: [String: String],
    strategies: [String: String],
    destinations: [String: String],
    componentKinds: [String: String],
    amountBases: [String: String],
    glossary: [ReportGlossaryEntry]
  ) {
    self.unknown = unknown
    self.yes = yes
    self.no = no
    self.none = none
    self.estimateWord = estimateWord
    self.estimateExplained = estimateExplained
    self.confirmedYes = confirmedYes
    self.confirmedNo = confirmedNo
    self.assumption = assumption
    self.noteLabel = noteLabel
    self.warningLabel = warningLabel
    self.contentsTitle = contentsTitle
    self.legendLead = legendLead
    self.chartLead = chartLead
    self.sourceWord = sourceWord
    self.sourcesLead = sourcesLead
    self.quoted = quoted
    self.footer = footer
    self.subtitle = subtitle
    self.factComune = factComune
    self.factIstatCode = factIstatCode
    self.factProvince = factProvince
    self.factPopulation = factPopulation
    self.factInventoryDate = factInventoryDate
    self.factAsOf = factAsOf
    self.illustrativeTitle = illustrativeTitle
    self.illustrativeText = illustrativeText
    self.inventoryDateUnknown = inventoryDateUnknown
    self.sourcesTitle = sourcesTitle
    self.sourcesIntro = sourcesIntro
    self.rulesFilesCaption = rulesFilesCaption
    self.columnFile = columnFile
    self.columnTitle = columnTitle
    self.columnCompiled = columnCompiled
    self.columnValidity = columnValidity
    self.columnOrigin = columnOrigin
    self.columnSources = columnSources
    self.validityOpen = validityOpen
    self.validityRange = validityRange
    self.bundledRules = bundledRules
    self.defaultsCaption = defaultsCaption
    self.columnKey = columnKey
    self.columnValue = columnValue
    self.columnUnit = columnUnit
    self.columnStatus = columnStatus
    self.columnSource = columnSource
    self.columnNote = columnNote
    self.registerAttribution = registerAttribution
    self.populationAttribution = populationAttribution
    self.population2022Attribution = population2022Attribution
    self.itManagerTitle = itManagerTitle
    self.summaryTitle = summaryTitle
    self.itSummaryIntro = itSummaryIntro
    self.factSites = factSites
    self.factPhysicalServers = factPhysicalServers
    self.factVirtualMachines = factVirtualMachines
    self.factWorkstations = factWorkstations
    self.factApplications = factApplications
    self.factCloudApplications = factCloudApplications
    self.factLinks = factLinks
    self.factApplicationCost = factApplicationCost
    self.withoutFigure = withoutFigure
    self.factICTSpend = factICTSpend
    self.factStaff = factStaff
    self.factITStaff = factITStaff
    self.findingsBySeverityCaption = findingsBySeverityCaption
    self.columnSeverity = columnSeverity
    self.columnCount = columnCount
    self.spendChartTitle = spendChartTitle
    self.spendCaption = spendCaption
    self.spendChartDescription = spendChartDescription
    self.columnCategory = columnCategory
    self.columnYearlyAmount = columnYearlyAmount
    self.columnWithFigure = columnWithFigure
    self.columnWithoutFigure = columnWithoutFigure
    self.findingsTitle = findingsTitle
    self.findingsIntro = findingsIntro
    self.noFindings = noFindings
    self.noFindingsShort = noFindingsShort
    self.findingsCaption = findingsCaption
    self.columnFinding = columnFinding
    self.columnCode = columnCode
    self.columnRecordType = columnRecordType
    self.columnRecord = columnRecord
    self.columnEvidence = columnEvidence
    self.columnMessage = columnMessage
    self.columnFix = columnFix
    self.columnNotes = columnNotes
    self.cedTitle = cedTitle
    self.cedSitesCaption = cedSitesCaption
    self.columnClass = columnClass
    self.columnMeaning = columnMeaning
    self.columnObligations = columnObligations
    self.columnId = columnId
    self.columnName = columnName
    self.columnKind = columnKind
    self.reasonsLead = reasonsLead
    self.obligationsLead = obligationsLead
    self.cedCriteriaCaption = cedCriteriaCaption
    self.columnSite = columnSite
    self.columnCriterion = columnCriterion
    self.columnFamily = columnFamily
    self.columnRequiredForA = columnRequiredForA
    self.siteHeading = siteHeading
    self.noSites = noSites
    self.applicationsTitle = applicationsTitle
    self.applicationsIntro = applicationsIntro
    self.applicationsCaption = applicationsCaption
    self.columnDomain = columnDomain
    self.columnVendor = columnVendor
    self.columnProduct = columnProduct
    self.columnDeployment = columnDeployment
    self.columnRunsAt = columnRunsAt
    self.columnDataClass = columnDataClass
    self.columnPersonalData = columnPersonalData
    self.columnUsers = columnUsers
    self.columnYearlyCost = columnYearlyCost
    self.columnContractEnd = columnContractEnd
    self.columnSaaSAlternative = columnSaaSAlternative
    self.columnComuneChoice = columnComuneChoice
    self.noApplications = noApplications
    self.inventoryTitle = inventoryTitle
    self.sitesCaption = sitesCaption
    self.columnUPS = columnUPS
    self.columnGenerator = columnGenerator
    self.columnCooling = columnCooling
    self.columnFireDetection = columnFireDetection
    self.columnOffsiteBackup = columnOffsiteBackup
    self.columnDR = columnDR
    self.columnITLoad = columnITLoad
    self.columnEnergyCost = columnEnergyCost
    self.devicesByKindCaption = devicesByKindCaption
    self.noAssets = noAssets
    self.assetsCaption = assetsCaption
    self.columnQuantity = columnQuantity
    self.columnLocation = columnLocation
    self.columnModel = columnModel
    self.columnPurchaseYear = columnPurchaseYear
    self.columnEndOfSupport = columnEndOfSupport
    self.columnOS = columnOS
    self.linksCaption = linksCaption
    self.columnTechnology = columnTechnology
    self.columnDown = columnDown
    self.columnUp = columnUp
    self.columnProvider = columnProvider
    self.columnBackupLink = columnBackupLink
    self.noLinks = noLinks
    self.mayorTitle = mayorTitle
    self.onePageTitle = onePageTitle
    self.whereWeAreTitle = whereWeAreTitle
    self.mayorApplications = mayorApplications
    self.mayorNoApplications = mayorNoApplications
    self.mayorCEDCount = mayorCEDCount
    self.mayorCEDGroupB = mayorCEDGroupB
    self.mayorCEDGroupBMeaning = mayorCEDGroupBMeaning
    self.mayorCEDClassAMeaning = mayorCEDClassAMeaning
    self.mayorCEDClassA = mayorCEDClassA
    self.mayorNoCED = mayorNoCED
    self.mayorFindings = mayorFindings
    self.mayorNoUrgentFindings = mayorNoUrgentFindings
    self.mayorSpend = mayorSpend
    self.mayorSpendUnknown = mayorSpendUnknown
    self.pnrrMoneyTitle = pnrrMoneyTitle
    self.mayorPNRRTotal = mayorPNRRTotal
    self.mayorPNRREstimated = mayorPNRREstimated
    self.mayorPNRRPerService = mayorPNRRPerService
    self.mayorDeadlinesPassed = mayorDeadlinesPassed
    self.mayorNextDeadline = mayorNextDeadline
    self.mayorNoOpenCalls = mayorNoOpenCalls
    self.mayorOpenCalls = mayorOpenCalls
    self.glossaryTitle = glossaryTitle
    self.mayorCEDTitle = mayorCEDTitle
    self.mayorCEDIntro = mayorCEDIntro
    self.mayorPNRRTitle = mayorPNRRTitle
    self.mayorPNRRIntro = mayorPNRRIntro
    self.planTitle = planTitle
    self.planMoves = planMoves
    self.planNoWaves = planNoWaves
    self.planAlreadyInCloud = planAlreadyInCloud
    self.planRetiring = planRetiring
    self.planRetained = planRetained
    self.planOthers = planOthers
    self.planApplications = planApplications
    self.planClosureNoWave = planClosureNoWave
    self.planClosure = planClosure
    self.planCriticalWarnings = planCriticalWarnings
    self.planUndecided = planUndecided
    self.costsNowAndAfterTitle = costsNowAndAfterTitle
    self.costsNow = costsNow
    self.costsAfter = costsAfter
    self.costsOneOff = costsOneOff
    self.costsFunding = costsFunding
    self.costsNoFunding = costsNoFunding
    self.savingsTitle = savingsTitle
    self.savingsTotal = savingsTotal
    self.savingsNegative = savingsNegative
    self.savingsNPV = savingsNPV
    self.savingsPayback = savingsPayback
    self.savingsNoPayback = savingsNoPayback
    self.savingsDefaults = savingsDefaults
    self.nextDecisionTitle = nextDecisionTitle
    self.decisionFirst = decisionFirst
    self.decisionFirstWave = decisionFirstWave
    self.decisionPrerequisite = decisionPrerequisite
    self.decisionCompleteInventory = decisionCompleteInventory
    self.decisionNone = decisionNone
    self.andOthers = andOthers
    self.wavesTitle = wavesTitle
    self.wavesIntro = wavesIntro
    self.wavesChartTitle = wavesChartTitle
    self.wavesChartDescription = wavesChartDescription
    self.wavesCaption = wavesCaption
    self.waveLabel = waveLabel
    self.waveDetail = waveDetail
    self.closureLabel = closureLabel
    self.columnWave = columnWave
    self.columnFrom = columnFrom
    self.columnTo = columnTo
    self.columnApplications = columnApplications
    self.columnPrerequisites = columnPrerequisites
    self.columnOneOff = columnOneOff
    self.columnYearlyAdded = columnYearlyAdded
    self.columnRunRate = columnRunRate
    self.costsTitle = costsTitle
    self.costsIntro = costsIntro
    self.costsChartTitle = costsChartTitle
    self.costsChartDescription = costsChartDescription
    self.seriesOnPremise = seriesOnPremise
    self.seriesPlan = seriesPlan
    self.seriesOnPremiseShort = seriesOnPremiseShort
    self.seriesPlanShort = seriesPlanShort
    self.legendSolid = legendSolid
    self.legendDashed = legendDashed
    self.yearLabel = yearLabel
    self.yearlyCostsCaption = yearlyCostsCaption
    self.columnYear = columnYear
    self.columnPeriod = columnPeriod
    self.columnSavings = columnSavings
    self.columnCumulativeSavings = columnCumulativeSavings
    self.costCategoriesCaption = costCategoriesCaption
    self.columnFirstYear = columnFirstYear
    self.columnLastYear = columnLastYear
    self.costNotesLead = costNotesLead
    self.planNotesTitle = planNotesTitle
    self.planNoWarnings = planNoWarnings
    self.relaxationsLead = relaxationsLead
    self.unscheduledCaption = unscheduledCaption
    self.planDefaultsCaption = planDefaultsCaption
    self.columnUsedFor = columnUsedFor
    self.strategiesTitle = strategiesTitle
    self.strategiesIntro = strategiesIntro
    self.strategiesCaption = strategiesCaption
    self.columnDisposition = columnDisposition
    self.columnStrategy = columnStrategy
    self.columnDestination = columnDestination
    self.columnPNRRMode = columnPNRRMode
    self.columnProvisional = columnProvisional
    self.columnMissingFacts = columnMissingFacts
    self.grantWriterTitle = grantWriterTitle
    self.grantOverviewTitle = grantOverviewTitle
    self.grantOverviewIntro = grantOverviewIntro
    self.populationBasisNote = populationBasisNote
    self.measuresCaption = measuresCaption
    self.columnMeasure = columnMeasure
    self.columnEligibility = columnEligibility
    self.columnPopulationClass = columnPopulationClass
    self.columnComponent = columnComponent
    self.columnAmountKind = columnAmountKind
    self.columnAmount = columnAmount
    self.columnAmountStatus = columnAmountStatus
    self.measureHeading = measureHeading
    self.factServices = factServices
    self.serviceRange = serviceRange
    self.factClassesConfirmed = factClassesConfirmed
    self.factRulesFile = factRulesFile
    self.whyLead = whyLead
    self.amountsCaption = amountsCaption
    self.columnMandatory = columnMandatory
    self.columnBasis = columnBasis
    self.modeLabel = modeLabel
    self.cloudServicesIntro = cloudServicesIntro
    self.cloudServicesCaption = cloudServicesCaption
    self.columnMoves = columnMoves
    self.columnProposed = columnProposed
    self.columnReasons = columnReasons
    self.moveTemplate = moveTemplate
    self.conditionsCaption = conditionsCaption
    self.columnCondition = columnCondition
    self.columnConfirmed = columnConfirmed
    self.deadlinesCaption = deadlinesCaption
    self.columnDay = columnDay
    self.columnWhat = columnWhat
    self.columnTiming = columnTiming
    self.deadlinePassed = deadlinePassed
    self.deadlineUpcoming = deadlineUpcoming
    self.callsCaption = callsCaption
    self.columnCall = columnCall
    self.columnOpens = columnOpens
    self.columnCloses = columnCloses
    self.columnBudget = columnBudget
    self.columnOpenNow = columnOpenNow
    self.callOpen = callOpen
    self.callClosed = callClosed
    self.candidaturaTitle = candidaturaTitle
    self.candidaturaNotEligible = candidaturaNotEligible
    self.candidaturaNoOpenCall = candidaturaNoOpenCall
    self.factAwardPosition = factAwardPosition
    self.awardsLead = awardsLead
    self.awardsRiskLead = awardsRiskLead
    self.candidaturaIntro = candidaturaIntro
    self.candidaturaPopulation = candidaturaPopulation
    self.candidaturaPopulationUnknown = candidaturaPopulationUnknown
    self.candidaturaServices = candidaturaServices
    self.candidaturaMoveToChoose = candidaturaMoveToChoose
    self.candidaturaClassify = candidaturaClassify
    self.candidaturaAmounts = candidaturaAmounts
    self.perServiceSuffix = perServiceSuffix
    self.candidaturaEstimate = candidaturaEstimate
    self.candidaturaAmountUnknown = candidaturaAmountUnknown
    self.candidaturaConditions = candidaturaConditions
    self.candidaturaToComplete = candidaturaToComplete
    self.dossierTitle = dossierTitle
    self.dossierIntro = dossierIntro
    self.dossierCaption = dossierCaption
    self.columnStep = columnStep
    self.audiences = audiences
    self.costCategories = costCategories
    self.warningLevels = warningLevels
    self.nouns = nouns
    self.recordTypes = recordTypes
    self.spendCategories = spendCategories
    self.siteKinds = siteKinds
    self.assetKinds = assetKinds
    self.deployments = deployments
    self.dataClasses = dataClasses
    self.linkTechnologies = linkTechnologies
    self.strategies = strategies
    self.destinations = destinations
    self.componentKinds = componentKinds
    self.amountBases = amountBases
    self.glossary = glossary
  }

  /// The catalogue of a language.
  public static func catalogue(_ language: Language) -> ReportStrings {
    switch language {
    case .it: return italian
    case .en: return english
    }
  }

  /// Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing.
  ///
  /// Scans UTF-8 bytes (braces are ASCII, so they never fall inside a multi-byte character): a
  /// national run fills millions of templates, and character-by-character scanning showed up.
  public static func fill(_ template: String, _ values: KeyValuePairs<String, String>) -> String {
    TextCatalogue.fill(template, values)
  }
}
