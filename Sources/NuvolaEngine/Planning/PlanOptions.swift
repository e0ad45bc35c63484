import NuvolaAwards
import NuvolaSupport

/// The choices a plan is made with: when it starts, how long a wave lasts, the constraints the
/// comune sets (budget, team capacity) and the horizon and discount rate of the cost comparison.
///
/// Nothing here is read from the clock: the start is given (`start(after:)` gives the month after an
/// as-of day, the default of the command line and the reports). Out-of-range numbers are brought into range (the command line
/// rejects them before); `Plan.options` shows the values used.
public struct PlanOptions: Sendable, Equatable {
  /// First month of the first wave.
  public var start: YearMonth
  /// Length of a wave in months (1...12; 6 = semesters, as Sondrio's steps).
  public var waveMonths: Int
  /// Years of the cost comparison (1...30).
  public var years: Int
  /// Most money one-off work may take in a plan year (12 months from `start`); nil = no limit.
  public var budgetPerYear: Money?
  /// Most applications one wave may move (team capacity, `--capacity` / `--max-per-wave`); nil = the
  /// default of planning.json (`wave_capacity_applications`).
  public var maxPerWave: Int?
  /// Staff hours a month the team gives to the moves; nil = planning.json
  /// (`migration_staff_hours_per_month`).
  public var staffHoursPerMonth: Double? = nil
  /// Discount rate of the NPV; nil = the default of the rules (cost-defaults.json).
  public var discountRate: Double?
  /// The population used for the funding; nil = the inventory's figure, else unknown.
  public var population: PopulationFigure?
  /// The comune was already admitted to PNRR 1.2 funding: the lump sum counts when the moves end,
  /// whatever the closing day of lump-sum projects.
  public var fundingAdmitted: Bool
  /// The day calls and awards are judged on; nil = not judged (the money counts as the rules give it).
  public var asOf: Day? = nil
  /// The comune's published awards, when known: with `asOf`, only money awarded (still to complete,
  /// and payable before the PNRR ends) or within a call open on `asOf` counts.
  public var awards: [Award]? = nil
  /// The month the plan was actually started, when it is being replanned (`start` is then that month,
  /// before `asOf`); nil = a new plan. Waves before `asOf` are shown as finished or under way.
  public var replanFrom: YearMonth? = nil

  public init(
    start: YearMonth, waveMonths: Int = 6, years: Int = 5, budgetPerYear: Money? = nil,
    maxPerWave: Int? = nil, discountRate: Double? = nil, population: PopulationFigure? = nil,
    fundingAdmitted: Bool = false
  ) {
    self.start = start
    self.waveMonths = min(max(waveMonths, 1), 12)
    self.years = min(max(years, 1), 30)
    self.budgetPerYear = budgetPerYear
    self.maxPerWave = maxPerWave.map { max($0, 1) }
    self.discountRate = discountRate
    self.population = population
    self.fundingAdmitted = fundingAdmitted
  }

  /// The month after the as-of day: a plan approved today starts next month, never in the past.
  public static func start(after asOf: Day) -> YearMonth { YearMonth(asOf).adding(months: 1) }
}
