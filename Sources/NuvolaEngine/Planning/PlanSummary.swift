import NuvolaSupport

/// The plan in a few numbers, for the mayor's first page and for one line per comune in national
/// runs (`nuvola plan --all`).
public struct PlanSummary: Sendable, Equatable {
  public var istatCode: String
  public var name: String?
  public var applications: Int
  public var alreadyInCloud: Int
  public var moving: Int
  public var retiring: Int
  public var retained: Int
  public var undecided: Int
  public var unscheduled: Int
  public var provisional: Int
  public var waves: Int
  public var firstWaveStart: YearMonth?
  public var lastWaveEnd: YearMonth?
  public var cedClosures: Int
  public var oneOffTotal: Money
  /// One-off money of moves eligible for PNRR 1.2, and the rest: kept apart, never mixed.
  public var oneOffEligible: Money
  public var oneOffNotEligible: Money
  /// Nil when the constraints allow no plan (`Plan.economicsWithheld`).
  public var npv: Money?
  public var paybackYear: Int?
  public var criticalWarnings: Int
  public var warnings: Int
  public var relaxations: Int
  public var deadlineMissed: Bool

  public var json: JSON {
    .object([
      ("istat_code", .string(istatCode)), ("name", name.map(JSON.string) ?? .null),
      ("applications", .int(applications)), ("already_in_cloud", .int(alreadyInCloud)),
      ("moving", .int(moving)), ("retiring", .int(retiring)), ("retained", .int(retained)),
      ("undecided", .int(undecided)), ("unscheduled", .int(unscheduled)), ("provisional", .int(provisional)),
      ("waves", .int(waves)), ("first_wave_start", firstWaveStart.map { .string($0.description) } ?? .null),
      ("last_wave_end", lastWaveEnd.map { .string($0.description) } ?? .null),
      ("ced_closures", .int(cedClosures)), ("one_off_total", EngineJSON.money(oneOffTotal)),
      ("one_off_eligible", EngineJSON.money(oneOffEligible)),
      ("one_off_not_eligible", EngineJSON.money(oneOffNotEligible)),
      ("npv", EngineJSON.optionalMoney(npv)), ("payback_year", paybackYear.map(JSON.int) ?? .null),
      ("critical_warnings", .int(criticalWarnings)), ("warnings", .int(warnings)),
      ("relaxations", .int(relaxations)), ("deadline_missed", .bool(deadlineMissed)),
    ])
  }
}
