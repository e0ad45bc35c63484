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
          it:
            "Non conteggiato: la misura \(code) non risulta ammissibile "
            + "(\(measure?.eligibility.label.it ?? "regole mancanti")).",
          en:
            "Not counted: measure \(code) is not eligible "
            + "(\(measure?.eligibility.label.en ?? "rules missing"))."
        ))
      outcome.funding = funding
      return outcome
    }
    guard let amount = component?.amount else {
      funding.reasons.append(
        BilingualText(
          it: "Non conteggiato: importo sconosciuto per la classe di popolazione (mai considerato zero).",
          en: "Not counted: amount unknown for the population class (never taken as zero)."))
      outcome.funding = funding
      return outcome
    }
    guard let last = planned.compactMap({ placement.waveOf[$0.applicationId] }).max() else {
      funding.reasons.append(
        BilingualText(
          it: "Non conteggiato: nessuno spostamento finanziabile è pianificato.",
          en: "Not counted: no fundable move is planned."))
      outcome.funding = funding
      return outcome
    }
    if component?.status == .estimate {
      funding.reasons.append(
        BilingualText(
          it: "Importo stimato (stima) dal motore dei finanziamenti, non la tabella ufficiale.",
          en: "Estimated amount (estimate) from the funding engine, not the official table."))
    }
    let missing = fundable.filter { placement.waveOf[$0.applicationId] == nil }.map(\.applicationId)
    if !missing.isEmpty {
      funding.reasons.append(
        BilingualText(
          it:
            "Servizi finanziabili non pianificati (la migrazione parziale non è pagata): "
            + "\(PlanText.list(missing)).",
          en: "Fundable services not planned (a partial migration is not paid): \(PlanText.list(missing))."))
    }
    let lastEnd = waveEnd(last)
    if let close = rules.fundingCloseDeadline, lastEnd.lastDay > close.day, !options.fundingAdmitted {
      funding.reasons.append(
        BilingualText(
          it: "Non conteggiato: le migrazioni finanziabili finiscono a \(lastEnd.italian), dopo il "
            + "\(close.day.italian): \(close.text.it)",
          en: "Not counted: the fundable moves end in \(lastEnd), after \(close.day): \(close.text.en)"))
      outcome.lostAfter = close.day
      outcome.funding = funding
      return outcome
    }
    let lag = Int(defaults.value("funding_payment_lag_months", for: "PNRR lump sum"))
    let month = cutOver(last) + lag
    funding.counted = true
    funding.expected = options.start.adding(months: month)
    funding.reasons.append(
      BilingualText(
        it:
          "Conteggiato: \(PlanText.amount(amount.euros).it) attesi a "
          + "\(options.start.adding(months: month).italian) "
          + "(dopo l'ultima migrazione finanziabile e l'asseverazione)"
          + (options.fundingAdmitted ? "; il comune risulta già ammesso al finanziamento." : "."),
        en: "Counted: \(PlanText.amount(amount.euros).en) expected in \(options.start.adding(months: month)) "
          + "(after the last fundable move and its verification)"
          + (options.fundingAdmitted ? "; the comune was already admitted to the funding." : ".")))
    outcome.funding = funding
    outcome.month = month
    return outcome
  }
}
