import NuvolaSupport

/// Why an application, or a wave, is where it is in the calendar and not earlier.
public enum PlanWaveReason: String, Sendable, CaseIterable {
  /// Nothing held it: the first wave.
  case start
  /// A classified service moves as soon as it can: the PNRR migration deadline.
  case deadline
  /// It waits for what it depends on.
  case dependency
  /// Sondrio's order of the waves: an earlier group moves first.
  case order
  /// It waits for its contract to end.
  case contract
  /// It waits for a faster link at its site.
  case link
  /// The wave before was full (applications or staff hours per wave): the wave is split.
  case capacity
  /// The yearly budget was spent.
  case budget

  public var label: BilingualText {
    switch self {
    case .start:
      return BilingualText(key: "plan.first_wave_nothing_holds_it")
    case .deadline:
      return BilingualText(key: "plan.as_soon_as_possible_for")
    case .dependency:
      return BilingualText(key: "plan.after_what_it_depends_on")
    case .order: return BilingualText(key: "plan.wave_order_sondrio")
    case .contract: return BilingualText(key: "plan.when_its_contract_ends")
    case .link:
      return BilingualText(key: "plan.after_the_link_upgrade")
    case .capacity:
      return BilingualText(key: "plan.team_capacity_the_wave_before")
    case .budget: return BilingualText(key: "plan.yearly_budget_spent")
    }
  }

  /// The most frequent reason (ties: the order of `allCases`); `start` for none.
  static func dominant(_ reasons: [PlanWaveReason]) -> PlanWaveReason {
    var counts: [PlanWaveReason: Int] = [:]
    for reason in reasons { counts[reason, default: 0] += 1 }
    return allCases.max { (counts[$0] ?? 0, -$0.rank) < (counts[$1] ?? 0, -$1.rank) }.flatMap {
      counts[$0] == nil ? nil : $0
    } ?? .start
  }

  private var rank: Int { PlanWaveReason.allCases.firstIndex(of: self) ?? 0 }
}
