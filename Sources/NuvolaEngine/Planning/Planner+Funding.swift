import NuvolaSupport

extension Planner {
  /// The PNRR 1.2 lump sum as the plan counts it, and the month (from the start) it is expected.
  struct FundingOutcome {
    var funding: PlanFunding
    var month: Int?
    var lostAfter: Day?
  }

  /// Counts the lump sum of the funding engine when the comune is eligible, the amount is known and
  /// the fundable moves end by the day lump-sum projects close (or the comune was already admitted);
  /// it arrives after the last fundable move plus the payment delay of planning.json.
  func fundingOutcome(_ placement: Placement) -> FundingOutcome {
    let code = planning.deadlineMeasure
    let measure = cloudFunding
    let component = measure?.headline
    let fundable = decisions.filter { $0.pnrrMode != nil }
    let planned = fundable.filter { placement.waveOf[$0.applicationId] != nil }
    var funding = PlanFunding(
      measure: code, eligibility: measure?.eligibility, amount: component?.amount, status: component?.status,
      applications: planned.map(\.applicationId), counted: false, expected: nil, reasons: [])
    var outcome = FundingOutcome(funding: funding, month: nil, lostAfter: nil)
    guard let measure, measure.eligibility == .eligible else {
      funding.reasons.append(
        BilingualText(
          key: "plan.funding.not_eligible",
          [
            "measure": code,
            "eligibility": measure?.eligibility.label ?? BilingualText(key: "plan.funding.rules_missing"),
          ]))
      outcome.funding = funding
      return outcome
    }
    if let refusal = admission(measure) {
      funding.reasons.append(refusal)
      outcome.funding = funding
      return outcome
    }
    let awarded = measure.position.flatMap { $0.consequence == .toComplete ? $0.awarded : nil }
    guard let amount = awarded ?? component?.amount else {
      funding.reasons.append(
        BilingualText(key: "plan.not_counted_amount_unknown_for"))
      outcome.funding = funding
      return outcome
    }
    guard let last = planned.compactMap({ placement.waveOf[$0.applicationId] }).max() else {
      funding.reasons.append(
        BilingualText(key: "plan.not_counted_no_fundable_move"))
      outcome.funding = funding
      return outcome
    }
    if component?.status == .estimate {
      funding.reasons.append(
        BilingualText(key: "plan.estimated_amount_estimate_from_the"))
    }
    let missing = fundable.filter { placement.waveOf[$0.applicationId] == nil }.map(\.applicationId)
    if !missing.isEmpty {
      funding.reasons.append(
        BilingualText(key: "plan.fundable_services_not_planned_a", ["missing": PlanText.list(missing)]))
    }
    let lastEnd = waveEnd(last)
    if let close = rules.fundingCloseDeadline, lastEnd.lastDay > close.day, !options.fundingAdmitted {
      funding.reasons.append(
        BilingualText(
          key: "plan.not_counted_the_fundable_moves",
          [
            "last_end": lastEnd,
            "close_day": close.day,
            "close": close.text,
          ]))
      outcome.lostAfter = close.day
      outcome.funding = funding
      return outcome
    }
    let lag = Int(defaults.value("funding_payment_lag_months", for: .pnrrLumpSum))
    let month = cutOver(last) + lag
    if awarded != nil, let end = rules.calendar.end, options.start.adding(months: month).lastDay > end {
      funding.reasons.append(
        BilingualText(
          key: "plan.not_counted_the_award_would",
          [
            "awarded": TextNumber.amount(awarded!.euros),
            "months_month": options.start.adding(months: month),
            "end": end,
          ]))
      outcome.lostAfter = end
      outcome.funding = funding
      return outcome
    }
    funding.counted = true
    funding.expected = options.start.adding(months: month)
    funding.reasons.append(
      BilingualText(
        key: "plan.funding.counted",
        [
          "amount": TextNumber.amount(amount.euros), "month": options.start.adding(months: month),
          "admitted": options.fundingAdmitted
            ? BilingualText(key: "plan.funding.counted.admitted")
            : BilingualText(key: "plan.funding.full_stop"),
        ]))
    outcome.funding = funding
    outcome.month = month
    return outcome
  }

  /// Why the plan cannot count PNRR money on the as-of day, if it cannot: the award was already paid
  /// or renounced, or there is no award and no call is open. Nil when the money may count.
  func admission(_ measure: FundingMeasure) -> BilingualText? {
    guard let status = measure.callStatus else { return nil }
    switch measure.position?.consequence {
    case .toComplete: return nil
    case .paid:
      return BilingualText(key: "plan.not_counted_the_award_was")
    default:
      guard !status.acceptsApplications else { return nil }
      let known = measure.position != nil
      return BilingualText(
        key: "plan.funding.no_call_open",
        [
          "day": status.asOf,
          "award": known
            ? BilingualText(key: "plan.funding.no_call_open.no_award")
            : BilingualText(key: "plan.funding.no_call_open.none_known"),
          "status": status.short,
          "admitted": options.fundingAdmitted
            ? BilingualText(key: "plan.funding.no_call_open.admitted")
            : BilingualText(key: "plan.funding.full_stop"),
        ])
    }
  }
}
