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
          BilingualText(key: "plan.the_last_move_completes_in", ["wave_end": waveEnd($0)])
        }
        warnings.append(
          PlanWarning(
            code: "deadline_missed", level: .critical,
            text: BilingualText(
              key: "plan.pnrr_deadline_missed_classified_services",
              [
                "late_count": late.count,
                "deadline_day": deadline.day,
                "late": PlanText.list(late),
                "deadline": deadline.text,
                "last_text": LocalizedValue { language in (lastText?.text(language) ?? "") },
              ]),
            applications: late, sites: []))
      }
    }
    if let lost = funding.lostAfter, let amount = funding.funding.amount {
      warnings.append(
        PlanWarning(
          code: "funding_lost", level: .critical,
          text: BilingualText(
            key: "plan.pnrr_funding_lost_not_counted",
            [
              "planning_deadline_measure": planning.deadlineMeasure,
              "value": TextNumber.amount(amount.euros),
              "funding_status": LocalizedValue { language in
                funding.funding.status?.label.text(language) ?? ""
              },
              "lost": lost,
            ]),
          applications: funding.funding.applications, sites: []))
    }
    for (site, staying) in closures.openGruppoB {
      warnings.append(
        PlanWarning(
          code: "gruppo_b_stays_open", level: .critical,
          text: BilingualText(
            key: "plan.site_is_gruppo_b_and",
            [
              "site": site,
              "staying": PlanText.list(staying),
            ]),
          applications: staying, sites: [site]))
    }
    let unscheduled = unscheduled(placement).map(\.applicationId)
    if !unscheduled.isEmpty {
      warnings.append(
        PlanWarning(
          code: "unscheduled", level: .critical,
          text: BilingualText(
            key: "plan.no_wave_can_hold_under", ["unscheduled": PlanText.list(unscheduled)]),
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
    func add(_ code: String, _ level: PlanWarning.Level, _ ids: [String]) {
      guard !ids.isEmpty else { return }
      let list = PlanText.list(ids)
      warnings.append(
        PlanWarning(
          code: code, level: level,
          text: BilingualText(CatalogueText("plan.warning." + code, ["applications": list])),
          applications: ids, sites: []))
    }
    add(
      "undecided", .warning, decisions.filter { $0.disposition == .undecided }.map(\.applicationId))
    add(
      "provisional", .warning, decisions.filter(\.provisional).map(\.applicationId))
    add(
      "data_class_unknown", .warning,
      decisions.filter { $0.destination == .toBeDecided }.map(\.applicationId))
    add(
      "saas_not_qualified", .warning,
      decisions.filter { $0.reasons.contains { $0.rule == "saas-not-qualified" } }.map(\.applicationId))
    add(
      "override", .info, decisions.filter(\.overridden).map(\.applicationId))
    let extended = decisions.filter { decision in
      guard let wave = placement.waveOf[decision.applicationId],
        let contractWave = placement.contracts[decision.applicationId]?.contractWave
      else { return false }
      return wave + 1 > contractWave
    }.map(\.applicationId)
    add(
      "contract_extension", .warning, extended)
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
            key: "plan.link_speed_unknown_for_sites",
            ["unknown_links": PlanText.list(unknownLinks)]),
          applications: [], sites: unknownLinks))
    }
    let upgraded = placement.schedule.upgradeWave.keys.sorted()
    if !upgraded.isEmpty {
      warnings.append(
        PlanWarning(
          code: "link_upgrade", level: .info,
          text: BilingualText(
            key: "plan.links_to_upgrade_before_the", ["upgraded": PlanText.list(upgraded)]),
          applications: [], sites: upgraded))
    }
    let beyond = waves.filter { $0.end.ordinal >= options.start.adding(months: horizonMonths).ordinal }
    if !beyond.isEmpty {
      warnings.append(
        PlanWarning(
          code: "beyond_horizon", level: .info,
          text: BilingualText(
            key: "plan.waves_beyond_the_cost_horizon",
            [
              "options_years": options.years,
              "beyond_index": "\(beyond.map { String($0.index) }.joined(separator: ", "))",
            ]),
          applications: beyond.flatMap { $0.applications.map(\.applicationId) }, sites: []))
    }
    if !economics.notes.isEmpty {
      warnings.append(
        PlanWarning(
          code: "costs_incomplete", level: .info,
          text: BilingualText(key: "plan.some_figures_are_missing_from"),
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
        ?? BilingualText(key: "plan.no_wave_available_within_the")
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
        key: "plan.it_alone_costs_more_than",
        [
          "cost": TextNumber.amount(cost.euros),
          "budget": budget,
        ])
    case .tooLarge(let size, let limit):
      return BilingualText(
        key: "plan.circular_dependencies_applications_must_move",
        [
          "size": size,
          "limit": limit,
        ])
    case .linkTooCostly(let site, let cost):
      return BilingualText(
        key: "plan.the_link_upgrade_of_site",
        [
          "site": site,
          "cost": TextNumber.amount(cost.euros),
          "budget": budget,
        ])
    case .tooMuchEffort(let hours, let limit):
      return BilingualText(
        key: "plan.it_takes_staff_hours_more",
        [
          "hours": TextNumber.euros(hours),
          "limit": TextNumber.euros(limit),
        ])
    case .dependsOn(let ids):
      return BilingualText(key: "plan.depends_on_applications_no_wave", ["ids": PlanText.list(ids)])
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
              key: "plan.raise_budget_per_year_to",
              [
                "cost": TextNumber.amount(cost.euros),
                "unit_members": PlanText.list(unit.members),
              ]),
            minimumBudget: cost, minimumCapacity: nil))
      case .tooLarge(let size, _):
        result.append(
          PlanRelaxation(
            constraint: .capacity, applications: unit.members,
            text: BilingualText(
              key: "plan.raise_capacity_to_at_least",
              [
                "size": size,
                "unit_members": PlanText.list(unit.members),
              ]),
            minimumBudget: nil, minimumCapacity: size))
      case .tooMuchEffort(let hours, _):
        result.append(
          PlanRelaxation(
            constraint: .capacity, applications: unit.members,
            text: BilingualText(
              key: "plan.give_the_moves_at_least",
              [
                "hours_wave_months": TextNumber.euros(hours / Double(waveMonths)),
                "unit_members": PlanText.list(unit.members),
              ]),
            minimumBudget: nil, minimumCapacity: nil))
      case .linkTooCostly(let site, let cost):
        result.append(
          PlanRelaxation(
            constraint: .budget, applications: unit.members,
            text: BilingualText(
              key: "plan.raise_budget_per_year_to_2",
              [
                "cost": TextNumber.amount(cost.euros),
                "site": site,
              ]),
            minimumBudget: cost, minimumCapacity: nil))
      case .dependsOn(let ids):
        result.append(
          PlanRelaxation(
            constraint: .dependencies, applications: unit.members,
            text: BilingualText(
              key: "plan.depends_on_which_cannot_be",
              [
                "unit_members": PlanText.list(unit.members),
                "ids": PlanText.list(ids),
              ]),
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
          key: "plan.the_plan_starts_in_after",
          [
            "options_start": options.start,
            "deadline_day": deadline.day,
          ]),
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
        case .order: held.insert("wave_order")
        case .link: held.insert("link_upgrades")
        case .capacity, .effort: held.insert("capacity")
        case .budget: held.insert("budget_per_year")
        }
      }
    }
    // Named as the options and rules call them, in the order of their English names.
    let constraints = held.map { BilingualText(CatalogueText("plan.constraint." + $0)) }.sorted {
      $0.en < $1.en
    }
    return PlanRelaxation(
      constraint: .deadline, applications: late,
      text: BilingualText(
        key: "plan.relax_for_deadline",
        [
          "day": deadline.day,
          "constraints": constraints.isEmpty
            ? BilingualText(key: "plan.relax_for_deadline.none") : TextList(constraints, separator: ", "),
        ]),
      minimumBudget: nil, minimumCapacity: nil)
  }
}
