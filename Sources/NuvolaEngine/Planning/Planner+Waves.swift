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
              it:
                "Potenziare il collegamento del sito \(site) prima delle migrazioni: \(need.arithmetic.it).",
              en: "Upgrade the link of site \(site) before the moves: \(need.arithmetic.en)."),
            oneOffCost: placement.upgradeCost[site] ?? .zero, yearlyCostAfter: placement.upgradeYearly,
            facts: need.facts))
        yearlyAfter = yearlyAfter + placement.upgradeYearly
      }
      let unclassified = items.filter { $0.destination == .toBeDecided }.map(\.applicationId)
      if !unclassified.isEmpty {
        prerequisites.append(
          PlanPrerequisite(
            kind: .acnClassification, site: nil, applications: unclassified,
            text: BilingualText(
              it:
                "Classificare dati e servizi secondo le regole ACN (ordinario, critico, strategico): solo i "
                + "servizi classificati possono migrare, e la classe decide la destinazione.",
              en: "Classify data and services under the ACN rules (ordinario, critico, strategico): only "
                + "classified services can migrate, and the class decides the destination."),
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
        BilingualText(
          it: "Velocità del collegamento del sito \(site) sconosciuta: verificarla prima delle migrazioni.",
          en: "Link speed of site \(site) unknown: check it before the moves."))
    }
    let number = placement.number[wave] ?? wave + 1
    for milestone in closures.milestones where milestone.wave == number { risks += milestone.risks }
    if status(wave) != .planned && !ids.isEmpty {
      risks.append(
        BilingualText(
          it: "Ondata \(status(wave).label.it) secondo il calendario avviato, ma l'inventario mostra ancora "
            + "queste applicazioni da spostare: aggiornare l'inventario con quanto fatto, o riportarle nelle "
            + "ondate da fare.",
          en: "Wave \(status(wave).label.en) by the calendar started, but the inventory still shows these "
            + "applications to move: update the inventory with what was done, or carry them to the waves to come."
        ))
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
      BilingualText(
        it: "Ordine delle ondate (Sondrio): gruppo \(position) «\(group.it)».",
        en: "Wave order (Sondrio): group \(position) «\(group.en)»."))
    if let index = placement.unitOf[id] {
      let effective = placement.schedule.groups[index]
      if effective < decision.groupIndex {
        let dependents = dependents(of: index, placement).sorted()
        let label = planning.group(at: effective).label
        lines.append(
          BilingualText(
            it: "Anticipata al gruppo «\(label.it)» perché ne dipende: \(PlanText.list(dependents)).",
            en:
              "Brought forward to the group «\(label.en)» because \(PlanText.list(dependents)) depend on it.")
        )
      }
    }
    if let contract = placement.contracts[id] {
      lines.append(contract.text)
    } else {
      lines.append(
        BilingualText(
          it: "Nessuna scadenza di contratto la vincola: può migrare dalla prima ondata.",
          en: "No contract end holds it: it can move from the first wave."))
    }
    if let index = placement.unitOf[id] {
      lines += waits(placement.schedule.waits[index], placement)
    }
    let number = placement.number[wave] ?? wave + 1
    lines.append(
      BilingualText(
        it: "Migra nell'ondata \(number) (\(waveStart(wave).italian)-\(waveEnd(wave).italian)).",
        en: "Moves in wave \(number) (\(waveStart(wave))..\(waveEnd(wave)))."))
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
      return BilingualText(
        it: "attende le applicazioni da cui dipende (\(PlanText.list(ids))).",
        en: "waits for the applications it depends on (\(PlanText.list(ids))).")
    case .order(let group, let pending):
      let label = planning.group(at: group).label
      return BilingualText(
        it: "attende il gruppo «\(label.it)» dell'ordine delle ondate (\(PlanText.list(pending))).",
        en: "waits for the group «\(label.en)» of the wave order (\(PlanText.list(pending))).")
    case .link(let site, let upgradeWave):
      let number = placement.number[upgradeWave] ?? upgradeWave + 1
      return BilingualText(
        it: "attende il potenziamento del collegamento del sito \(site) (ondata \(number)).",
        en: "waits for the link upgrade of site \(site) (wave \(number)).")
    case .capacity(let limit):
      return BilingualText(
        it: "ondata piena: al massimo \(limit) applicazioni per ondata (--capacity); l'ondata si divide.",
        en: "wave full: at most \(limit) applications per wave (--capacity); the wave is split.")
    case .effort(let limit):
      let hours = PlanText.euros(limit, .it)
      return BilingualText(
        it: "ondata piena: il personale dà al più \(hours) ore per ondata alle migrazioni "
          + "(migration_staff_hours_per_month); l'ondata si divide.",
        en: "wave full: the staff gives at most \(PlanText.euros(limit, .en)) hours per wave to the moves "
          + "(migration_staff_hours_per_month); the wave is split.")
    case .budget(let year, let spent, let cost):
      let budget = options.budgetPerYear ?? .zero
      return BilingualText(
        it: "budget dell'anno \(year + 1) insufficiente: impegnati \(PlanText.amount(spent.euros).it) su "
          + "\(PlanText.amount(budget.euros).it), questa spesa ne richiede \(PlanText.amount(cost.euros).it) "
          + "(--budget-per-year).",
        en: "budget of year \(year + 1) insufficient: \(PlanText.amount(spent.euros).en) of "
          + "\(PlanText.amount(budget.euros).en) committed, this needs \(PlanText.amount(cost.euros).en) "
          + "(--budget-per-year).")
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
        BilingualText(it: "Rischio di migrazione alto (lista AgID).", en: "High migration risk (AgID list)."))
    case .medio?:
      risks.append(
        BilingualText(
          it: "Rischio di migrazione medio (lista AgID).", en: "Medium migration risk (AgID list)."))
    default: break
    }
    if application.migrationEase == .basso {
      risks.append(
        BilingualText(
          it: "Facilità di migrazione bassa (lista AgID).", en: "Low ease of migration (AgID list)."))
    }
    if decision.provisional {
      let names = decision.missingFacts.filter { $0.recordId == id }.compactMap(\.field)
      risks.append(
        BilingualText(
          it:
            "Strategia provvisoria: verificare \(names.isEmpty ? "le ipotesi" : PlanText.list(names)) "
            + "prima di agire.",
          en:
            "Provisional strategy: check \(names.isEmpty ? "the assumptions" : PlanText.list(names)) "
            + "before acting."
        ))
    }
    if decision.destination == .toBeDecided {
      risks.append(
        BilingualText(
          it: "Classe ACN sconosciuta: classificare prima di migrare.",
          en: "ACN class unknown: classify before moving."))
    }
    let staying = application.dependsOn.filter { dependency in
      guard let other = decisionById[dependency] else { return false }
      return other.disposition != .alreadyInCloud && placement.waveOf[dependency] == nil
    }.sorted()
    if !staying.isEmpty && decision.disposition == .migrate {
      risks.append(
        BilingualText(
          it:
            "Dipende da applicazioni che restano in sede (\(PlanText.list(staying))): serve un "
            + "collegamento sicuro "
            + "tra cloud e sede.",
          en:
            "Depends on applications that stay on premise (\(PlanText.list(staying))): a secure link between "
            + "the cloud and the site is needed."))
    }
    if let unit = placement.unitOf[id], placement.units[unit].members.count > 1 {
      let others = placement.units[unit].members.filter { $0 != id }
      risks.append(
        BilingualText(
          it: "Dipendenze circolari: migra insieme a \(PlanText.list(others)) nella stessa ondata.",
          en: "Circular dependencies: moves together with \(PlanText.list(others)) in the same wave."))
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
          it:
            "Il contratto termina il \(contract.contractEnd.italian) ma la migrazione si chiude con l'ondata "
            + "\(placement.number[wave] ?? wave + 1): prorogarlo di \(months) mesi (circa \(cost.it)).",
          en: "The contract ends on \(contract.contractEnd) but the move completes with wave "
            + "\(placement.number[wave] ?? wave + 1): "
            + "extend it by \(months) months (about \(cost.en))."))
    }
    return risks
  }
}
