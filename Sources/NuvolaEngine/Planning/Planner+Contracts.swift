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
          text: BilingualText(
            it:
              "Contratto scaduto il \(end.italian), prima della situazione al \(asOf.italian): nessun vincolo "
              + "di data; verificare con quale proroga o affidamento il servizio continua fino alla migrazione.",
            en:
              "Contract ended on \(end), before \(asOf) (as-of day): no date holds the move; check under which "
              + "extension or award the service runs until the move.")),
        0
      )
    }
    if offset < 0 {
      return (
        PlanContractCheck(
          contractEnd: end, contractWave: nil, monthsEarly: 0, saving: nil, remainingContract: nil,
          movesEarly: false,
          text: BilingualText(
            it: "Contratto terminato il \(end.italian), prima dell'inizio del piano: nessun vincolo.",
            en: "Contract ended on \(end), before the plan starts: no constraint.")),
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
          text: BilingualText(
            it:
              "Il contratto termina il \(end.italian), nel primo periodo del piano: la migrazione può seguirlo "
              + "subito.",
            en: "The contract ends on \(end), in the plan's first period: the move can follow it at once.")),
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
          text: BilingualText(
            it:
              "Il contratto termina il \(end.italian) (periodo \(period.it)); costo annuo sconosciuto "
              + "(yearly_cost): impossibile valutare un anticipo, si attende la fine del contratto.",
            en: "The contract ends on \(end) (period \(period.en)); yearly cost unknown (yearly_cost): "
              + "an early move cannot be weighed, the move waits for the contract's end.")),
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
      it: "Il contratto termina il \(end.italian) (periodo \(period.it)). Migrare nel primo periodo fa "
        + "risparmiare "
        + "mesi × (costo annuo + quota del sito + personale oggi − canone cloud − personale dopo) / 12 = "
        + terms(.it) + " EUR; il contratto residuo costa mesi × costo annuo / 12 = " + remainingTerms(.it)
        + " EUR: "
        + (early
          ? "conviene anticipare al primo periodo."
          : "non conviene anticipare, si attende il periodo \(period.it)."),
      en: "The contract ends on \(end) (period \(period.en)). Moving in the first period saves "
        + "months × (yearly cost + site share + staff today − cloud fee − staff after) / 12 = "
        + terms(.en) + " EUR; the remaining contract costs months × yearly cost / 12 = " + remainingTerms(.en)
        + " EUR: "
        + (early
          ? "moving early pays, so it moves in the first period."
          : "moving early does not pay, so it waits for the period \(period.en)."))
    return (
      PlanContractCheck(
        contractEnd: end, contractWave: wave, monthsEarly: months, saving: Money(euros: saving),
        remainingContract: Money(euros: remaining), movesEarly: early, text: text),
      early ? 0 : contractWave
    )
  }
}
