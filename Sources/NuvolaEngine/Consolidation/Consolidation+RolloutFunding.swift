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
    var notes = [
      BilingualText(
        key: "consolidation.phases_dated",
        [
          "day": asOf, "months": months,
          "pnrr_end": pnrrEnd.map { BilingualText(key: "consolidation.phases_dated.pnrr_end", ["day": $0]) }
            ?? .empty,
          "none": open.isEmpty ? BilingualText(key: "consolidation.phases_dated.none") : .empty,
        ])
    ]
    let known = rules.calendar.fundingAfter.map { $0.text }
    if !known.isEmpty {
      notes.append(
        BilingualText(
          key: "consolidation.sources_known_after_the_pnrr",
          ["known": TextList(known, separator: " ")]))
    }
    return notes
  }
}
