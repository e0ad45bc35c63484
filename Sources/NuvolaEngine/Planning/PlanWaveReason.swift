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
      return BilingualText(it: "prima ondata utile, nessun vincolo", en: "first wave, nothing holds it")
    case .deadline:
      return BilingualText(
        it: "il prima possibile per la scadenza PNRR dei servizi classificati",
        en: "as soon as possible for the PNRR deadline of classified services")
    case .dependency:
      return BilingualText(it: "dopo le applicazioni da cui dipende", en: "after what it depends on")
    case .order: return BilingualText(it: "ordine delle ondate (Sondrio)", en: "wave order (Sondrio)")
    case .contract: return BilingualText(it: "alla scadenza del contratto", en: "when its contract ends")
    case .link:
      return BilingualText(it: "dopo il potenziamento del collegamento", en: "after the link upgrade")
    case .capacity:
      return BilingualText(
        it: "capacità del personale: l'ondata precedente era piena",
        en: "team capacity: the wave before was full")
    case .budget: return BilingualText(it: "budget annuo esaurito", en: "yearly budget spent")
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
