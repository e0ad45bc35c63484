import NuvolaAwards
import NuvolaRules
import NuvolaSupport

extension Consolidation {
  /// Dates the phases from the month after the as-of day (`rollout_phase_months` each) and funds each
  /// only from money that can come: awards its comuni hold, still to complete, when the phase ends by
  /// the end of the PNRR, and measures whose call is open on the as-of day. The rest of the work
  /// stands unfunded, and the notes say so, with the sources known after the PNRR.
  static func date(
    _ waves: inout [RolloutWave], columns: [RegisterFunding.Column], rules: RuleBook, asOf: Day,
    awards: AwardBook?
  ) -> [BilingualText] {
    let months = Int(rules.consolidation.values["rollout_phase_months"]?.value ?? 6)
    let first = YearMonth(asOf).adding(months: 1)
    let pnrrEnd = rules.calendar.end
    let open = columns.indices.filter { index in
      CallStatus(calls: columns[index].measure.calls, on: asOf).acceptsApplications
    }
    for index in waves.indices {
      let start = first.adding(months: index * months)
      let end = start.adding(months: months - 1)
      waves[index].start = start
      waves[index].end = end
      waves[index].fundedByOpenCalls = open.reduce(Money.zero) { $0 + waves[index].funding[$1] }
      let payable = pnrrEnd.map { end.lastDay <= $0 } ?? false
      for code in waves[index].comuni {
        for award in awards?.awards(istatCode: code) ?? [] where award.state == .assigned {
          if payable {
            waves[index].fundedByAwards += award.amount
          } else {
            waves[index].awardsAtRisk += award.amount
          }
        }
      }
      // Never more than the work the rules value: an award does not fund work twice.
      waves[index].fundedByAwards = min(
        waves[index].fundedByAwards, waves[index].total - waves[index].fundedByOpenCalls)
    }
    let day = (it: asOf.italian, en: asOf.description)
    var notes = [
      BilingualText(
        it:
          "Fasi datate dal mese dopo il \(day.it) (\(months) mesi ciascuna, rollout_phase_months). Gli importi "
          + "PNRR per fase sono il valore del lavoro secondo le regole, non una promessa: finanziano una fase "
          + "solo i contributi assegnati ancora da completare, se la fase finisce entro la fine del PNRR"
          + (pnrrEnd.map { " (\($0.italian))" } ?? "") + ", e gli avvisi aperti al \(day.it)"
          + (open.isEmpty ? " (nessuno)" : "") + "; il resto è senza finanziamento noto.",
        en:
          "Phases dated from the month after \(day.en) (\(months) months each, rollout_phase_months). The PNRR "
          + "amounts per phase are the value of the work by the rules, not a promise: a phase is funded only by "
          + "awards still to complete, if it ends by the end of the PNRR" + (pnrrEnd.map { " (\($0))" } ?? "")
          + ", and by calls open on \(day.en)" + (open.isEmpty ? " (none)" : "")
          + "; the rest has no known funding.")
    ]
    let known = rules.calendar.fundingAfter.map { $0.text }
    if !known.isEmpty {
      notes.append(
        BilingualText(
          it: "Fonti note dopo il PNRR (da verificare, senza importi): "
            + known.map(\.it).joined(separator: " "),
          en: "Sources known after the PNRR (to check, no amounts): " + known.map(\.en).joined(separator: " ")
        ))
    }
    return notes
  }
}
