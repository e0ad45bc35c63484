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
    if let refusal = admission(measure) {
      funding.reasons.append(refusal)
      outcome.funding = funding
      return outcome
    }
    let awarded = measure.position.flatMap { $0.consequence == .toComplete ? $0.awarded : nil }
    guard let amount = awarded ?? component?.amount else {
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
    if awarded != nil, let end = rules.calendar.end, options.start.adding(months: month).lastDay > end {
      funding.reasons.append(
        BilingualText(
          it: "Non conteggiato: il contributo assegnato (\(PlanText.amount(awarded!.euros).it)) arriverebbe a "
            + "\(options.start.adding(months: month).italian), dopo la fine del PNRR (\(end.italian)): va "
            + "completato e asseverato prima, non con questo piano.",
          en: "Not counted: the award (\(PlanText.amount(awarded!.euros).en)) would arrive in "
            + "\(options.start.adding(months: month)), after the PNRR ends (\(end)): it must be completed and "
            + "asseverated before that, not by this plan."))
      outcome.lostAfter = end
      outcome.funding = funding
      return outcome
    }
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

  /// Why the plan cannot count PNRR money on the as-of day, if it cannot: the award was already paid
  /// or renounced, or there is no award and no call is open. Nil when the money may count.
  func admission(_ measure: FundingMeasure) -> BilingualText? {
    guard let status = measure.callStatus else { return nil }
    let day = BilingualText(it: status.asOf.italian, en: status.asOf.description)
    switch measure.position?.consequence {
    case .toComplete: return nil
    case .paid:
      return BilingualText(
        it: "Non conteggiato: il contributo è già stato erogato, non è un incasso futuro.",
        en: "Not counted: the award was already paid, it is not a future income.")
    default:
      guard !status.acceptsApplications else { return nil }
      let known = measure.position != nil
      return BilingualText(
        it: "Non conteggiato: al \(day.it) "
          + (known ? "il Comune non ha un contributo assegnato" : "nessun contributo assegnato è noto")
          + " e nessun avviso è aperto (\(status.short.it))"
          + (options.fundingAdmitted ? "; --pnrr-admitted conta solo un contributo assegnato." : "."),
        en: "Not counted: on \(day.en) "
          + (known ? "the comune holds no award" : "no award is known")
          + " and no call is open (\(status.short.en))"
          + (options.fundingAdmitted ? "; --pnrr-admitted counts only an award held." : "."))
    }
  }
}
