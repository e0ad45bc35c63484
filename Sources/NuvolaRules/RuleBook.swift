import NuvolaSupport

/// Every rules file Nuvola uses, loaded and validated: the PNRR measures, the AgID CED criteria,
/// the ACN data classes, cost defaults, audit thresholds and OS end-of-support dates.
///
/// Built once per command (`RuleBook.load`), then passed by value to the engine.
public struct RuleBook: Sendable {
  /// Measures ordered by code (`1.2`, `1.3.1`, `1.4.1`, ... `1.4.5`).
  public let measures: [Measure]
  public let cedCriteria: CEDCriteria
  public let dataClasses: DataClassRules
  public let costDefaults: RuleParameters
  public let auditThresholds: RuleParameters
  public let osLifecycle: OSLifecycle
  /// Clusters, joint procurement, shared centre and rollout (consolidation.json).
  public let consolidation: ConsolidationRules
  /// Strategy rules, wave order and cost defaults of the migration plan (planning.json).
  public let planning: PlanningRules
  /// Calls for comuni, end of the PNRR, obligations and funding after it (pnrr-calendar.json).
  public let calendar: PNRRCalendar
  /// The header of every file read, in file-name order: what the output cites.
  public let files: [RuleProvenance]

  init(
    measures: [Measure], cedCriteria: CEDCriteria, dataClasses: DataClassRules, costDefaults: RuleParameters,
    auditThresholds: RuleParameters, osLifecycle: OSLifecycle, files: [RuleProvenance],
    consolidation: ConsolidationRules, planning: PlanningRules, calendar: PNRRCalendar
  ) {
    self.measures = measures
    self.cedCriteria = cedCriteria
    self.dataClasses = dataClasses
    self.costDefaults = costDefaults
    self.auditThresholds = auditThresholds
    self.osLifecycle = osLifecycle
    self.files = files
    self.consolidation = consolidation
    self.planning = planning
    self.calendar = calendar
  }

  /// The measure with this code (`1.4.5`, `1.4.3-pagopa`).
  public func measure(_ code: String) -> Measure? { measures.first { $0.code == code } }

  /// The measure carrying the 1.2 modes and fundable-moves table.
  public var cloudMeasure: Measure? { measures.first { $0.cloud != nil } }

  /// Keys the cost model and the audit rely on; a rules file without them is rejected at load.
  static let requiredCostDefaults = [
    "ict_spend_per_inhabitant_2021", "ict_running_share", "ict_investment_share", "pue_small_server_room",
    "pue_colocation", "electricity_price", "discount_rate", "hours_per_year",
  ]
  static let requiredAuditThresholds = [
    "os_eol_soon_months", "hardware_old_years", "hardware_very_old_years", "contract_expiring_months",
    "down_mbps_per_user", "up_mbps_per_user", "min_down_mbps", "min_up_mbps",
  ]

  public var json: JSON {
    .object([
      ("files", .array(files.map(\.json))),
      ("measures", .array(measures.map(\.json))),
    ])
  }
}
