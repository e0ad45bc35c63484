import NuvolaRules
import NuvolaSupport

extension Planner {
  /// Everything the reader must not miss; deadlines and lost funding are critical.
  func warnings(_ placement: Placement, closures: Closures, funding: FundingOutcome, waves: [PlanWave])
    -> [PlanWarning]
  {
    var warnings: [PlanWarning] = []
    if let deadline = rules.classifiedServicesDeadline {
      let late = lateClassified(placement, deadline: deadline.day)
      if !late.isEmpty {
        let last = late.compactMap { placement.waveOf[$0] }.max()
        let lastText = last.map {
          BilingualText(
            it: " L'ultima migrazione si chiude a \(waveEnd($0).italian).",
            en: " The last move completes in \(waveEnd($0)).")
        }
        warnings.append(
          PlanWarning(
            code: "deadline_missed", level: .critical,
            text: BilingualText(
              it: "SCADENZA PNRR MANCATA: \(late.count) servizi classificati migrano dopo il "
                + "\(deadline.day.italian) o non migrano affatto (\(PlanText.list(late))). "
                + deadline.text.it + (lastText?.it ?? ""),
              en:
                "PNRR DEADLINE MISSED: \(late.count) classified services move after \(deadline.day) or "
                + "not at "
                + "all (\(PlanText.list(late))). " + deadline.text.en + (lastText?.en ?? "")),
            applications: late, sites: []))
      }
    }
    if let lost = funding.lostAfter, let amount = funding.funding.amount {
      warnings.append(
        PlanWarning(
          code: "funding_lost", level: .critical,
          text: BilingualText(
            it: "FINANZIAMENTO PNRR \(planning.deadlineMeasure) PERSO: \(PlanText.amount(amount.euros).it) "
              + "(\(funding.funding.status?.label.it ?? "")) non conteggiati, le migrazioni finanziabili "
              + "finiscono "
              + "dopo il \(lost.italian). Se il comune è già ammesso, usare --pnrr-admitted.",
            en: "PNRR \(planning.deadlineMeasure) FUNDING LOST: \(PlanText.amount(amount.euros).en) "
              + "(\(funding.funding.status?.label.en ?? "")) not counted, the fundable moves end after "
              + "\(lost). "
              + "If the comune was already admitted, use --pnrr-admitted."),
          applications: funding.funding.applications, sites: []))
    }
    for (site, staying) in closures.openGruppoB {
      warnings.append(
        PlanWarning(
          code: "gruppo_b_stays_open", level: .critical,
          text: BilingualText(
            it: "Il sito \(site) è di Gruppo B e deve chiudere (CAP6.PA.01), ma il piano non può chiuderlo: "
              + "restano \(PlanText.list(staying)).",
            en: "Site \(site) is Gruppo B and must close (CAP6.PA.01), but the plan cannot close it: "
              + "\(PlanText.list(staying)) remain."),
          applications: staying, sites: [site]))
    }
    let unscheduled = unscheduled(placement).map(\.applicationId)
    if !unscheduled.isEmpty {
      warnings.append(
        PlanWarning(
          code: "unscheduled", level: .critical,
          text: BilingualText(
            it: "Nessuna ondata può accogliere \(PlanText.list(unscheduled)) con i vincoli dati: vedi le "
              + "modifiche proposte (relaxations).",
            en:
              "No wave can hold \(PlanText.list(unscheduled)) under the constraints given: see the proposed "
              + "relaxations."),
          applications: unscheduled, sites: []))
    }
    warnings += decisionWarnings(placement)
    warnings += planWarnings(placement, waves: waves)
    return warnings
  }

  /// Classified services (ACN class known) that must move and do not by the deadline.
  func lateClassified(_ placement: Placement, deadline: Day) -> [String] {
    decisions.filter { decision in
      guard decision.disposition == .migrate, facts.applications[decision.applicationId]?.dataClass != nil
      else {
        return false
      }
      guard let wave = placement.waveOf[decision.applicationId] else { return true }
      return waveEnd(wave).lastDay > deadline
    }.map(\.applicationId)
  }

  private func decisionWarnings(_ placement: Placement) -> [PlanWarning] {
    var warnings: [PlanWarning] = []
    func add(_ code: String, _ level: PlanWarning.Level, _ ids: [String], it: String, en: String) {
      guard !ids.isEmpty else { return }
      let list = PlanText.list(ids)
      warnings.append(
        PlanWarning(
          code: code, level: level, text: BilingualText(it: it + " " + list + ".", en: en + " " + list + "."),
          applications: ids, sites: []))
    }
    add(
      "undecided", .warning, decisions.filter { $0.disposition == .undecided }.map(\.applicationId),
      it: "Non si sa dove girano oggi (deployment), nessuna decisione possibile:",
      en: "Where they run today is unknown (deployment), nothing can be decided:")
    add(
      "provisional", .warning, decisions.filter(\.provisional).map(\.applicationId),
      it:
        "Decisioni provvisorie, basate su fatti sconosciuti o sull'ipotesi di Nuvola (verificare prima di "
        + "agire):",
      en: "Provisional decisions, resting on unknown facts or Nuvola's assumption (check before acting):")
    add(
      "data_class_unknown", .warning,
      decisions.filter { $0.destination == .toBeDecided }.map(\.applicationId),
      it:
        "Classe ACN sconosciuta: classificare prima di migrare (solo i servizi classificati possono "
        + "migrare):",
      en: "ACN class unknown: classify before moving (only classified services can migrate):")
    add(
      "saas_not_qualified", .warning,
      decisions.filter { $0.reasons.contains { $0.rule == "saas-not-qualified" } }.map(\.applicationId),
      it: "SaaS attuali non qualificati ACN, da sostituire alla scadenza del contratto:",
      en: "Current SaaS not ACN-qualified, to replace when their contracts end:")
    add(
      "override", .info, decisions.filter(\.overridden).map(\.applicationId),
      it: "Strategie scelte dal comune (strategy_override), con il motivo nelle decisioni:",
      en: "Strategies chosen by the comune (strategy_override), with the reason in the decisions:")
    let extended = decisions.filter { decision in
      guard let wave = placement.waveOf[decision.applicationId],
        let contractWave = placement.contracts[decision.applicationId]?.contractWave
      else { return false }
      return wave + 1 > contractWave
    }.map(\.applicationId)
    add(
      "contract_extension", .warning, extended,
      it: "Migrano dopo la fine del contratto (prorogarlo; il perché nei tempi di ogni migrazione):",
      en: "Move after their contract ends (extend it; the timing of each move says why):")
    return warnings
  }

  private func planWarnings(_ placement: Placement, waves: [PlanWave]) -> [PlanWarning] {
    var warnings: [PlanWarning] = []
    let unknownLinks = needs.keys.sorted().filter { needs[$0]!.status == .unknown }
    if !unknownLinks.isEmpty {
      warnings.append(
        PlanWarning(
          code: "connectivity_unknown", level: .warning,
          text: BilingualText(
            it:
              "Velocità dei collegamenti sconosciuta per i siti \(PlanText.list(unknownLinks)): "
              + "impossibile dire "
              + "se reggono i servizi cloud pianificati.",
            en:
              "Link speed unknown for sites \(PlanText.list(unknownLinks)): whether they can carry the cloud "
              + "services planned cannot be told."),
          applications: [], sites: unknownLinks))
    }
    let upgraded = placement.schedule.upgradeWave.keys.sorted()
    if !upgraded.isEmpty {
      warnings.append(
        PlanWarning(
          code: "link_upgrade", level: .info,
          text: BilingualText(
            it: "Collegamenti da potenziare prima delle migrazioni: \(PlanText.list(upgraded)).",
            en: "Links to upgrade before the moves: \(PlanText.list(upgraded))."),
          applications: [], sites: upgraded))
    }
    let beyond = waves.filter { $0.end.ordinal >= options.start.adding(months: horizonMonths).ordinal }
    if !beyond.isEmpty {
      warnings.append(
        PlanWarning(
          code: "beyond_horizon", level: .info,
          text: BilingualText(
            it: "Ondate oltre l'orizzonte dei costi (\(options.years) anni): "
              + beyond.map { String($0.index) }.joined(separator: ", ")
              + "; aumentare --years per vederne i costi.",
            en: "Waves beyond the cost horizon (\(options.years) years): "
              + beyond.map { String($0.index) }.joined(separator: ", ")
              + "; raise --years to see their costs."),
          applications: beyond.flatMap { $0.applications.map(\.applicationId) }, sites: []))
    }
    if !economics.notes.isEmpty {
      warnings.append(
        PlanWarning(
          code: "costs_incomplete", level: .info,
          text: BilingualText(
            it:
              "Alcune cifre mancano nell'inventario e sono escluse dal confronto dei costi (vedi "
              + "cost_notes).",
            en:
              "Some figures are missing from the inventory and left out of the cost comparison (see "
              + "cost_notes)."
          ),
          applications: [], sites: []))
    }
    return warnings
  }

  // MARK: What cannot be planned

  func unscheduled(_ placement: Placement) -> [PlanUnscheduled] {
    var result: [PlanUnscheduled] = []
    for (index, unit) in placement.units.enumerated() where placement.schedule.waveOf[index] == nil {
      let reason =
        placement.schedule.infeasible[index].map(infeasibleText)
        ?? BilingualText(
          it: "Nessuna ondata disponibile entro il limite di calcolo.",
          en: "No wave available within the search limit.")
      for member in unit.members {
        result.append(
          PlanUnscheduled(
            applicationId: member, name: decisionById[member]?.name ?? member,
            strategy: decisionById[member]?.strategy ?? .rehost, reason: reason))
      }
    }
    return result.sorted { $0.applicationId < $1.applicationId }
  }

  private func infeasibleText(_ reason: WaveScheduler.Infeasible) -> BilingualText {
    let budget = PlanText.amount((options.budgetPerYear ?? .zero).euros)
    switch reason {
    case .tooCostly(let cost):
      return BilingualText(
        it: "Da sola costa \(PlanText.amount(cost.euros).it), più del budget annuo di \(budget.it).",
        en: "It alone costs \(PlanText.amount(cost.euros).en), more than the yearly budget of \(budget.en).")
    case .tooLarge(let size, let limit):
      return BilingualText(
        it:
          "Dipendenze circolari: \(size) applicazioni devono migrare insieme, più delle \(limit) ammesse "
          + "per ondata.",
        en:
          "Circular dependencies: \(size) applications must move together, more than the \(limit) allowed "
          + "per wave."
      )
    case .linkTooCostly(let site, let cost):
      return BilingualText(
        it:
          "Il potenziamento del collegamento del sito \(site) costa \(PlanText.amount(cost.euros).it), "
          + "più del "
          + "budget annuo di \(budget.it).",
        en: "The link upgrade of site \(site) costs \(PlanText.amount(cost.euros).en), more than the yearly "
          + "budget of \(budget.en).")
    case .tooMuchEffort(let hours, let limit):
      return BilingualText(
        it:
          "Richiede \(PlanText.euros(hours, .it)) ore di personale, più delle \(PlanText.euros(limit, .it)) "
          + "che un'ondata può dare (migration_staff_hours_per_month).",
        en: "It takes \(PlanText.euros(hours, .en)) staff hours, more than the \(PlanText.euros(limit, .en)) "
          + "a wave can give (migration_staff_hours_per_month).")
    case .dependsOn(let ids):
      return BilingualText(
        it: "Dipende da applicazioni che nessuna ondata può accogliere: \(PlanText.list(ids)).",
        en: "Depends on applications no wave can hold: \(PlanText.list(ids)).")
    }
  }

  /// The constraints no plan satisfies as given, and how to relax them.
  func relaxations(_ placement: Placement) -> [PlanRelaxation] {
    var result: [PlanRelaxation] = []
    for (index, unit) in placement.units.enumerated() {
      guard let reason = placement.schedule.infeasible[index] else { continue }
      switch reason {
      case .tooCostly(let cost):
        result.append(
          PlanRelaxation(
            constraint: .budget, applications: unit.members,
            text: BilingualText(
              it: "Portare --budget-per-year ad almeno \(PlanText.amount(cost.euros).it): "
                + "\(PlanText.list(unit.members)) costa tanto da sola e non si può dividere.",
              en: "Raise --budget-per-year to at least \(PlanText.amount(cost.euros).en): "
                + "\(PlanText.list(unit.members)) costs that much alone and cannot be split."),
            minimumBudget: cost, minimumCapacity: nil))
      case .tooLarge(let size, _):
        result.append(
          PlanRelaxation(
            constraint: .capacity, applications: unit.members,
            text: BilingualText(
              it: "Portare --capacity ad almeno \(size): \(PlanText.list(unit.members)) dipendono l'una "
                + "dall'altra in un ciclo e migrano insieme.",
              en:
                "Raise --capacity to at least \(size): \(PlanText.list(unit.members)) depend on each "
                + "other "
                + "in a cycle and move together."),
            minimumBudget: nil, minimumCapacity: size))
      case .tooMuchEffort(let hours, _):
        result.append(
          PlanRelaxation(
            constraint: .capacity, applications: unit.members,
            text: BilingualText(
              it: "Dare alle migrazioni almeno \(PlanText.euros(hours / Double(waveMonths), .it)) ore di "
                + "personale al mese, o un fornitore: \(PlanText.list(unit.members)) non si può dividere.",
              en: "Give the moves at least \(PlanText.euros(hours / Double(waveMonths), .en)) staff hours a "
                + "month, or a supplier: \(PlanText.list(unit.members)) cannot be split."),
            minimumBudget: nil, minimumCapacity: nil))
      case .linkTooCostly(let site, let cost):
        result.append(
          PlanRelaxation(
            constraint: .budget, applications: unit.members,
            text: BilingualText(
              it: "Portare --budget-per-year ad almeno \(PlanText.amount(cost.euros).it) per potenziare il "
                + "collegamento del sito \(site).",
              en:
                "Raise --budget-per-year to at least \(PlanText.amount(cost.euros).en) to upgrade the "
                + "link of "
                + "site \(site)."),
            minimumBudget: cost, minimumCapacity: nil))
      case .dependsOn(let ids):
        result.append(
          PlanRelaxation(
            constraint: .dependencies, applications: unit.members,
            text: BilingualText(
              it:
                "\(PlanText.list(unit.members)) dipende da \(PlanText.list(ids)), che non si può "
                + "pianificare: "
                + "rilassare il vincolo che blocca queste ultime, o togliere la dipendenza.",
              en:
                "\(PlanText.list(unit.members)) depends on \(PlanText.list(ids)), which cannot be "
                + "planned: relax "
                + "the constraint that blocks them, or remove the dependency."),
            minimumBudget: nil, minimumCapacity: nil))
      }
    }
    if let deadline = rules.classifiedServicesDeadline {
      let late = lateClassified(placement, deadline: deadline.day)
      if !late.isEmpty { result.append(deadlineRelaxation(late, deadline: deadline, placement)) }
    }
    return result
  }

  private func deadlineRelaxation(_ late: [String], deadline: RuleDeadline, _ placement: Placement)
    -> PlanRelaxation
  {
    if options.start.firstDay > deadline.day {
      return PlanRelaxation(
        constraint: .deadline, applications: late,
        text: BilingualText(
          it: "Il piano inizia a \(options.start.italian), dopo il \(deadline.day.italian): nessun piano può "
            + "rispettare la scadenza. Migrare il prima possibile e concordare i tempi con il Dipartimento.",
          en:
            "The plan starts in \(options.start), after \(deadline.day): no plan can meet the deadline. "
            + "Move as "
            + "soon as possible and agree the timing with the Department."),
        minimumBudget: nil, minimumCapacity: nil)
    }
    // Which constraints held the late moves: those are the ones to relax to meet the deadline.
    var held: Set<String> = []
    for id in late {
      if let check = placement.contracts[id], !check.movesEarly, check.contractWave.map({ $0 > 1 }) == true {
        held.insert("contracts")
      }
      guard let index = placement.unitOf[id] else { continue }
      if placement.schedule.infeasible[index] != nil { held.insert("feasibility") }
      for wait in placement.schedule.waits[index] {
        switch wait.blocker {
        case .dependency: held.insert("dependencies")
        case .order: held.insert("wave order")
        case .link: held.insert("link upgrades")
        case .capacity, .effort: held.insert("--capacity")
        case .budget: held.insert("--budget-per-year")
        }
      }
    }
    let list = held.sorted().joined(separator: ", ")
    return PlanRelaxation(
      constraint: .deadline, applications: late,
      text: BilingualText(
        it: "Per rispettare il \(deadline.day.italian) rilassare i vincoli che ritardano queste migrazioni: "
          + "\(list.isEmpty ? "nessuno individuato" : list).",
        en: "To meet \(deadline.day), relax the constraints that delay these moves: "
          + "\(list.isEmpty ? "none found" : list)."),
      minimumBudget: nil, minimumCapacity: nil)
  }
}
