import NuvolaSupport

extension Planner {
  /// The waves with work in them, in time order, each with its applications (earlier groups of the
  /// domain order first), prerequisites, costs and risks.
  func assembleWaves(_ placement: Placement, closures: Closures, model: CostModel) -> [PlanWave] {
    var byWave: [Int: [String]] = [:]
    for (application, wave) in placement.waveOf { byWave[wave, default: []].append(application) }
    var upgradesByWave: [Int: [String]] = [:]
    for (site, wave) in placement.schedule.upgradeWave { upgradesByWave[wave, default: []].append(site) }
    let indices = Set(byWave.keys).union(upgradesByWave.keys).sorted()
    return indices.map { wave in
      let ids = (byWave[wave] ?? []).map { (group: decisionById[$0]?.groupIndex ?? 0, id: $0) }
        .sorted { ($0.group, $0.id) < ($1.group, $1.id) }.map(\.id)
      let items = ids.map { item($0, wave: wave, placement) }
      var prerequisites: [PlanPrerequisite] = []
      var yearlyAfter = items.reduce(Money.zero) {
        $0 + ($1.strategy == .retire ? .zero : $1.yearlyCostAfter ?? .zero)
      }
      for site in (upgradesByWave[wave] ?? []).sorted() {
        guard let need = needs[site] else { continue }
        prerequisites.append(
          PlanPrerequisite(
            kind: .linkUpgrade, site: site, applications: need.applications,
            text: BilingualText(
              key: "plan.upgrade_the_link_of_site",
              [
                "site": site,
                "need_arithmetic": need.arithmetic,
              ]),
            oneOffCost: placement.upgradeCost[site] ?? .zero, yearlyCostAfter: placement.upgradeYearly,
            facts: need.facts))
        yearlyAfter = yearlyAfter + placement.upgradeYearly
      }
      let unclassified = items.filter { $0.destination == .toBeDecided }.map(\.applicationId)
      if !unclassified.isEmpty {
        prerequisites.append(
          PlanPrerequisite(
            kind: .acnClassification, site: nil, applications: unclassified,
            text: BilingualText(key: "plan.classify_data_and_services_under"),
            oneOffCost: .zero, yearlyCostAfter: .zero,
            facts: unclassified.map { FindingEvidence(.application, $0, field: "data_class") }))
      }
      let oneOff =
        items.reduce(Money.zero) { $0 + $1.oneOffCost }
        + prerequisites.reduce(Money.zero) { $0 + $1.oneOffCost }
      let reason = PlanWaveReason.dominant(
        items.map(\.reason)
          + (prerequisites.contains { $0.kind == .linkUpgrade } && items.isEmpty ? [.link] : []))
      return PlanWave(
        index: placement.number[wave] ?? wave + 1, start: waveStart(wave), end: waveEnd(wave),
        planYear: planYear(ofWave: wave) + 1, status: status(wave),
        reason: reason, reasonText: reasonSummary(items, main: reason),
        applications: items, prerequisites: prerequisites, oneOffCost: oneOff,
        oneOffEligible: items.filter { $0.pnrrMode != nil }.reduce(Money.zero) { $0 + $1.oneOffCost },
        yearlyCostAfter: yearlyAfter,
        runRateAfter: model.runRate[wave] ?? .zero,
        risks: waveRisks(wave, ids: ids, closures: closures, placement))
    }
  }

  /// Finished, under way or planned on the as-of day (only a replanned plan has waves before it).
  func status(_ wave: Int) -> PlanWave.Status {
    guard let asOf = options.asOf else { return .planned }
    let today = YearMonth(asOf)
    if waveEnd(wave) < today { return .finished }
    return waveStart(wave) <= today ? .underWay : .planned
  }

  /// Why an application is in this wave and not earlier: the constraint that held it in the period
  /// before (dependency, order, link, capacity, budget), else its contract, else the deadline (a
  /// classified service moves as soon as it can), else nothing: the first wave.
  func reason(_ id: String, wave: Int, _ placement: Placement) -> PlanWaveReason {
    if let index = placement.unitOf[id],
      let wait = placement.schedule.waits[index].last(where: { $0.wave == wave - 1 })
    {
      switch wait.blocker {
      case .dependency: return .dependency
      case .order: return .order
      case .link: return .link
      case .capacity, .effort: return .capacity
      case .budget: return .budget
      }
    }
    if wave > 0, placement.release[id] == wave { return .contract }
    let classified = facts.applications[id]?.dataClass != nil && decisionById[id]?.disposition == .migrate
    return classified && rules.classifiedServicesDeadline != nil ? .deadline : .start
  }

  private func reasonSummary(_ items: [PlanWaveItem], main: PlanWaveReason) -> BilingualText {
    var counts: [PlanWaveReason: Int] = [:]
    for item in items { counts[item.reason, default: 0] += 1 }
    let parts = PlanWaveReason.allCases.filter { counts[$0] != nil }.map { ($0.label, counts[$0]!) }
    if parts.isEmpty { return main.label }
    return BilingualText(
      it: parts.map { "\($0.1) \($0.0.it)" }.joined(separator: "; "),
      en: parts.map { "\($0.1) \($0.0.en)" }.joined(separator: "; "))
  }

  private func waveRisks(_ wave: Int, ids: [String], closures: Closures, _ placement: Placement)
    -> [BilingualText]
  {
    var risks: [BilingualText] = []
    let unknownSites = Set(
      ids.compactMap { id -> String? in
        guard decisionById[id]?.disposition == .migrate, let site = decisionById[id]?.site else { return nil }
        return needs[site]?.status == .unknown ? site : nil
      }
    ).sorted()
    for site in unknownSites {
      risks.append(
        BilingualText(key: "plan.link_speed_of_site_unknown", ["site": site]))
    }
    let number = placement.number[wave] ?? wave + 1
    for milestone in closures.milestones where milestone.wave == number { risks += milestone.risks }
    if status(wave) != .planned && !ids.isEmpty {
      risks.append(
        BilingualText(key: "plan.wave_by_the_calendar_started", ["status_wave": status(wave).label]))
    }
    return risks
  }

  private func item(_ id: String, wave: Int, _ placement: Placement) -> PlanWaveItem {
    let decision = decisionById[id]!
    let application = facts.applications[id]!
    let figures = economics.applications[id]
    let unit = placement.unitOf[id].map { placement.units[$0] }
    return PlanWaveItem(
      applicationId: id, name: decision.name, domain: decision.domain, group: decision.group,
      strategy: decision.strategy ?? .rehost, destination: decision.destination,
      serviceModel: decision.serviceModel,
      pnrrMode: decision.pnrrMode, provisional: decision.provisional,
      oneOffCost: Money(euros: figures?.oneOff ?? 0), yearlyCostBefore: application.yearlyCost,
      yearlyCostAfter: figures?.cloudYearly.map { Money(euros: $0) },
      contract: numbered(placement.contracts[id], placement),
      reason: reason(id, wave: wave, placement),
      movesWith: (unit?.members ?? []).filter { $0 != id }, timing: timing(id, wave: wave, placement),
      risks: risks(id, wave: wave, placement))
  }

  /// The contract check with the wave the contract allows given as a wave number (1..n).
  private func numbered(_ check: PlanContractCheck?, _ placement: Placement) -> PlanContractCheck? {
    guard var check else { return nil }
    check.contractWave = check.contractWave.flatMap { placement.number(atOrAfter: $0 - 1) }
    return check
  }

  // MARK: Timing

  func timing(_ id: String, wave: Int, _ placement: Placement) -> [BilingualText] {
    let decision = decisionById[id]!
    var lines: [BilingualText] = []
    let group = planning.group(at: decision.groupIndex).label
    let position = "\(decision.groupIndex + 1)/\(planning.domainGroups.count + 1)"
    lines.append(
      BilingualText(key: "plan.wave_order_sondrio_group", ["position": position, "group": group]))
    if let index = placement.unitOf[id] {
      let effective = placement.schedule.groups[index]
      if effective < decision.groupIndex {
        let dependents = dependents(of: index, placement).sorted()
        let label = planning.group(at: effective).label
        lines.append(
          BilingualText(
            key: "plan.brought_forward_to_the_group",
            [
              "value": label,
              "dependents": PlanText.list(dependents),
            ])
        )
      }
    }
    if let contract = placement.contracts[id] {
      lines.append(contract.text)
    } else {
      lines.append(
        BilingualText(key: "plan.no_contract_end_holds_it"))
    }
    if let index = placement.unitOf[id] {
      lines += waits(placement.schedule.waits[index], placement)
    }
    let number = placement.number[wave] ?? wave + 1
    lines.append(
      BilingualText(
        key: "plan.moves_in_wave",
        [
          "number": number,
          "wave_start_wave": waveStart(wave),
          "wave_end_wave": waveEnd(wave),
        ]))
    return lines
  }

  private func dependents(of unit: Int, _ placement: Placement) -> [String] {
    var result: [String] = []
    for (index, other) in placement.units.enumerated() where other.dependencies.contains(unit) {
      if placement.schedule.groups[index] < placement.units[unit].group { result += other.members }
    }
    return result
  }

  /// Consecutive waits for the same reason become one line: `waves 2-3: ...`.
  func waits(_ list: [(wave: Int, blocker: WaveScheduler.Blocker)], _ placement: Placement) -> [BilingualText]
  {
    var lines: [BilingualText] = []
    var index = 0
    while index < list.count {
      var last = index
      while last + 1 < list.count && list[last + 1].wave == list[last].wave + 1
        && sameKind(list[last + 1].blocker, list[index].blocker)
      {
        last += 1
      }
      let range = PlanText.periods(waveStart(list[index].wave), waveEnd(list[last].wave))
      let text = blockerText(list[index].blocker, placement)
      lines.append(
        BilingualText(
          it: range.it.prefix(1).uppercased() + range.it.dropFirst() + ": " + text.it,
          en: range.en.prefix(1).uppercased() + range.en.dropFirst() + ": " + text.en))
      index = last + 1
    }
    return lines
  }

  private func sameKind(_ a: WaveScheduler.Blocker, _ b: WaveScheduler.Blocker) -> Bool {
    switch (a, b) {
    case (.dependency, .dependency), (.capacity, .capacity), (.effort, .effort): return true
    case (.order(let x, _), .order(let y, _)): return x == y
    case (.link(let x, _), .link(let y, _)): return x == y
    case (.budget(let x, _, _), .budget(let y, _, _)): return x == y
    default: return false
    }
  }

  func blockerText(_ blocker: WaveScheduler.Blocker, _ placement: Placement) -> BilingualText {
    switch blocker {
    case .dependency(let ids):
      return BilingualText(key: "plan.waits_for_the_applications_it", ["ids": PlanText.list(ids)])
    case .order(let group, let pending):
      let label = planning.group(at: group).label
      return BilingualText(
        key: "plan.waits_for_the_group_of",
        [
          "value": label,
          "pending": PlanText.list(pending),
        ])
    case .link(let site, let upgradeWave):
      let number = placement.number[upgradeWave] ?? upgradeWave + 1
      return BilingualText(
        key: "plan.waits_for_the_link_upgrade", ["site": site, "number": number])
    case .capacity(let limit):
      return BilingualText(key: "plan.wave_full_at_most_applications", ["limit": limit])
    case .effort(let limit):
      return BilingualText(key: "plan.wave_full_staff_hours", ["hours": TextNumber.euros(limit)])
    case .budget(let year, let spent, let cost):
      let budget = options.budgetPerYear ?? .zero
      return BilingualText(
        key: "plan.budget_of_year_insufficient_of",
        [
          "year": year + 1,
          "spent": TextNumber.amount(spent.euros),
          "budget": TextNumber.amount(budget.euros),
          "cost": TextNumber.amount(cost.euros),
        ])
    }
  }

  // MARK: Risks

  func risks(_ id: String, wave: Int, _ placement: Placement) -> [BilingualText] {
    let decision = decisionById[id]!
    let application = facts.applications[id]!
    var risks: [BilingualText] = []
    switch application.risk {
    case .alto?:
      risks.append(
        BilingualText(key: "plan.high_migration_risk_agid_list"))
    case .medio?:
      risks.append(
        BilingualText(key: "plan.medium_migration_risk_agid_list"))
    default: break
    }
    if application.migrationEase == .basso {
      risks.append(
        BilingualText(key: "plan.low_ease_of_migration_agid"))
    }
    if decision.provisional {
      let names = decision.missingFacts.filter { $0.recordId == id }.compactMap(\.field)
      risks.append(
        BilingualText(
          key: "plan.provisional_strategy",
          [
            "facts": names.isEmpty
              ? BilingualText(key: "plan.provisional_strategy.assumptions") : PlanText.list(names)
          ]))
    }
    if decision.destination == .toBeDecided {
      risks.append(
        BilingualText(key: "plan.acn_class_unknown_classify_before"))
    }
    let staying = application.dependsOn.filter { dependency in
      guard let other = decisionById[dependency] else { return false }
      return other.disposition != .alreadyInCloud && placement.waveOf[dependency] == nil
    }.sorted()
    if !staying.isEmpty && decision.disposition == .migrate {
      risks.append(
        BilingualText(key: "plan.depends_on_applications_that_stay", ["staying": PlanText.list(staying)])
      )
    }
    if let unit = placement.unitOf[id], placement.units[unit].members.count > 1 {
      let others = placement.units[unit].members.filter { $0 != id }
      risks.append(
        BilingualText(
          key: "plan.circular_dependencies_moves_together_with", ["others": PlanText.list(others)]))
    }
    if let contract = placement.contracts[id], let contractWave = contract.contractWave,
      wave + 1 > contractWave,
      let yearly = application.yearlyCost
    {
      let end = options.start.months(to: YearMonth(contract.contractEnd)) + 1
      let months = max(0, cutOver(wave) - end)
      let cost = PlanText.amount(yearly.euros * Double(months) / 12)
      risks.append(
        BilingualText(
          key: "plan.the_contract_ends_on_but",
          [
            "contract_contract_end": contract.contractEnd,
            "wave_wave": placement.number[wave] ?? wave + 1,
            "months": months,
            "cost": cost,
          ]))
    }
    return risks
  }
}
