import NuvolaSupport

extension Planner {
  /// The earliest wave (0-based) the contract of an application allows, with the arithmetic: the
  /// wave where the contract ends, unless moving in the first wave saves more than the contract
  /// still costs until its end.
  func contractCheck(_ decision: ApplicationDecision) -> (PlanContractCheck?, Int) {
    guard let application = facts.applications[decision.applicationId], let end = application.contractEnd,
      let figures = economics.applications[decision.applicationId]
    else { return (nil, 0) }
    let endMonth = YearMonth(end)
    let offset = options.start.months(to: endMonth)
    if let asOf = options.asOf, end < asOf {
      // Judged on the as-of day: a contract already over today holds nothing, but who runs the service now?
      return (
        PlanContractCheck(
          contractEnd: end, contractWave: nil, monthsEarly: 0, saving: nil, remainingContract: nil,
          movesEarly: false,
          text: BilingualText(key: "plan.contract_ended_on_before_as", ["end": end, "as_of": asOf])),
        0
      )
    }
    if offset < 0 {
      return (
        PlanContractCheck(
          contractEnd: end, contractWave: nil, monthsEarly: 0, saving: nil, remainingContract: nil,
          movesEarly: false,
          text: BilingualText(key: "plan.contract_ended_on_before_the", ["end": end])),
        0
      )
    }
    let contractWave = offset / waveMonths
    let period = PlanText.periods(waveStart(contractWave), waveEnd(contractWave))
    if contractWave == 0 {
      return (
        PlanContractCheck(
          contractEnd: end, contractWave: 1, monthsEarly: 0, saving: nil, remainingContract: nil,
          movesEarly: false,
          text: BilingualText(key: "plan.the_contract_ends_on_in", ["end": end])),
        0
      )
    }
    // Months the contract still runs after the first wave's cut-over.
    let months = offset + 1 - waveMonths
    guard let yearly = figures.yearlyCost else {
      return (
        PlanContractCheck(
          contractEnd: end, contractWave: contractWave + 1, monthsEarly: months, saving: nil,
          remainingContract: nil, movesEarly: false,
          text: BilingualText(key: "plan.the_contract_ends_on_period", ["end": end, "period": period])),
        contractWave
      )
    }
    let rate = economics.staffHourCost
    let staffBefore = figures.staffHoursBefore * rate
    let staffAfter = figures.staffHoursAfter * rate
    let cloud = figures.cloudYearly ?? 0
    let saving = Double(months) * (yearly + figures.siteShare + staffBefore - cloud - staffAfter) / 12
    let remaining = Double(months) * yearly / 12
    let early = saving > remaining
    func terms(_ language: Language) -> String {
      let e = { (value: Double) in PlanText.euros(value, language) }
      return "\(months) × (\(e(yearly)) + \(e(figures.siteShare)) + \(e(staffBefore)) − \(e(cloud)) − "
        + "\(e(staffAfter))) / 12 = \(e(saving))"
    }
    let remainingTerms = { (language: Language) in
      "\(months) × \(PlanText.euros(yearly, language)) / 12 = \(PlanText.euros(remaining, language))"
    }
    let wave = contractWave + 1
    let text = BilingualText(
      key: "plan.contract_timing",
      [
        "end": end, "period": period,
        // Numbers and signs only: the same arithmetic in both languages, grouped the language's way.
        "terms": BilingualText(it: terms(.it), en: terms(.en)),
        "remaining": BilingualText(it: remainingTerms(.it), en: remainingTerms(.en)),
        "verdict": early
          ? BilingualText(key: "plan.contract_timing.early")
          : BilingualText(key: "plan.contract_timing.wait", ["period": period]),
      ])
    return (
      PlanContractCheck(
        contractEnd: end, contractWave: wave, monthsEarly: months, saving: Money(euros: saving),
        remainingContract: Money(euros: remaining), movesEarly: early, text: text),
      early ? 0 : contractWave
    )
  }
}
