import NuvolaSupport

/// A wave of the plan: a period of `waveMonths` months in which a set of applications move, after
/// their prerequisites, with what the wave costs once and the running cost it leaves behind.
public struct PlanWave: Sendable, Equatable {
  /// Where a wave stands on the as-of day: only a replanned plan (`--replan-from`) has waves before it.
  public enum Status: String, Sendable, CaseIterable {
    case planned
    case underWay = "under_way"
    case finished

    public var label: BilingualText {
      switch self {
      case .planned: return BilingualText(key: "plan.planned")
      case .underWay: return BilingualText(key: "plan.under_way")
      case .finished: return BilingualText(key: "plan.finished")
      }
    }
  }

  /// 1..n in time order, without gaps (a period with no work holds no wave).
  public var index: Int
  public var start: YearMonth
  public var end: YearMonth
  /// 1-based plan year in which the wave starts (its one-off costs count against that year's budget).
  public var planYear: Int
  public var status: Status
  /// Why the wave is where it is: the reason most of its applications share.
  public var reason: PlanWaveReason
  /// Every reason of its applications, counted.
  public var reasonText: BilingualText
  public var applications: [PlanWaveItem]
  public var prerequisites: [PlanPrerequisite]
  /// Applications plus prerequisites.
  public var oneOffCost: Money
  /// The part of `oneOffCost` spent on moves eligible for PNRR 1.2 (a fundable mode); the rest
  /// (switch-offs, moves the measure does not fund, link upgrades) is not eligible.
  public var oneOffEligible: Money
  public var oneOffNotEligible: Money { oneOffCost - oneOffEligible }
  /// New yearly costs the wave adds: cloud fees of its applications and faster links.
  public var yearlyCostAfter: Money
  /// The comune's yearly running cost under the plan once the wave is done.
  public var runRateAfter: Money
  public var risks: [BilingualText]

  public var json: JSON {
    .object([
      ("index", .int(index)), ("start", .string(start.description)), ("end", .string(end.description)),
      ("plan_year", .int(planYear)), ("status", .string(status.rawValue)),
      ("status_label", status.label.json), ("reason", .string(reason.rawValue)),
      ("reason_text", reasonText.json), ("applications", .array(applications.map(\.json))),
      ("prerequisites", .array(prerequisites.map(\.json))), ("one_off_cost", EngineJSON.money(oneOffCost)),
      ("one_off_eligible", EngineJSON.money(oneOffEligible)),
      ("one_off_not_eligible", EngineJSON.money(oneOffNotEligible)),
      ("yearly_cost_after", EngineJSON.money(yearlyCostAfter)),
      ("run_rate_after", EngineJSON.money(runRateAfter)),
      ("risks", .array(risks.map(\.json))),
    ])
  }
}
