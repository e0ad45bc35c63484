/// A wave of the plan: a period of `waveMonths` months in which a set of applications move, after
/// their prerequisites, with what the wave costs once and the running cost it leaves behind.
public struct PlanWave: Sendable, Equatable {
  /// 1-based position in the calendar of waves (wave 3 = the third period after the start), so that
  /// an empty period leaves a gap rather than renumbering.
  public var index: Int
  public var start: YearMonth
  public var end: YearMonth
  /// 1-based plan year in which the wave starts (its one-off costs count against that year's budget).
  public var planYear: Int
  public var applications: [PlanWaveItem]
  public var prerequisites: [PlanPrerequisite]
  /// Applications plus prerequisites.
  public var oneOffCost: Money
  /// New yearly costs the wave adds: cloud fees of its applications and faster links.
  public var yearlyCostAfter: Money
  /// The comune's yearly running cost under the plan once the wave is done.
  public var runRateAfter: Money
  public var risks: [BilingualText]

  public var json: JSON {
    .object([
      ("index", .int(index)), ("start", .string(start.description)), ("end", .string(end.description)),
      ("plan_year", .int(planYear)), ("applications", .array(applications.map(\.json))),
      ("prerequisites", .array(prerequisites.map(\.json))), ("one_off_cost", EngineJSON.money(oneOffCost)),
      ("yearly_cost_after", EngineJSON.money(yearlyCostAfter)),
      ("run_rate_after", EngineJSON.money(runRateAfter)),
      ("risks", .array(risks.map(\.json))),
    ])
  }
}
