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
      return PlanWave(
        index: wave + 1, start: waveStart(wave), end: waveEnd(wave), planYear: planYear(ofWave: wave) + 1,
        applications: items, prerequisites: prerequisites, oneOffCost: oneOff, yearlyCostAfter: yearlyAfter,
        runRateAfter: model.runRate[wave] ?? .zero, risks: waveRisks(wave, ids: ids, closures: closures))
    }
  }

  private func waveRisks(_ wave: Int, ids: [String], closures: Closures) -> [BilingualText] {
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
    for milestone in closures.milestones where milestone.wave == wave + 1 { risks += milestone.risks }
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
      yearlyCostAfter: figures?.cloudYearly.map { Money(euros: $0) }, contract: placement.contracts[id],
      movesWith: (unit?.members ?? []).filter { $0 != id }, timing: timing(id, wave: wave, placement),
      risks: risks(id, wave: wave, placement))
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
          it: "Nessuna scadenza di contratto la vincola: può migrare dall'ondata 1.",
          en: "No contract end holds it: it can move from wave 1."))
    }
    if let index = placement.unitOf[id] {
      lines += waits(placement.schedule.waits[index])
    }
    lines.append(
      BilingualText(
        it: "Migra nell'ondata \(wave + 1) (\(waveStart(wave).italian)-\(waveEnd(wave).italian)).",
        en: "Moves in wave \(wave + 1) (\(waveStart(wave))..\(waveEnd(wave)))."))
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
  func waits(_ list: [(wave: Int, blocker: WaveScheduler.Blocker)]) -> [BilingualText] {
    var lines: [BilingualText] = []
    var index = 0
    while index < list.count {
      var last = index
      while last + 1 < list.count && list[last + 1].wave == list[last].wave + 1
        && sameKind(list[last + 1].blocker, list[index].blocker)
      {
        last += 1
      }
      let range = PlanText.waves(list[index].wave + 1, list[last].wave + 1)
      let text = blockerText(list[index].blocker)
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
    case (.dependency, .dependency), (.capacity, .capacity): return true
    case (.order(let x, _), .order(let y, _)): return x == y
    case (.link(let x, _), .link(let y, _)): return x == y
    case (.budget(let x, _, _), .budget(let y, _, _)): return x == y
    default: return false
    }
  }

  func blockerText(_ blocker: WaveScheduler.Blocker) -> BilingualText {
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
      return BilingualText(
        it: "attende il potenziamento del collegamento del sito \(site) (ondata \(upgradeWave + 1)).",
        en: "waits for the link upgrade of site \(site) (wave \(upgradeWave + 1)).")
    case .capacity(let limit):
      return BilingualText(
        it: "ondata piena: al massimo \(limit) applicazioni per ondata (--max-per-wave).",
        en: "wave full: at most \(limit) applications per wave (--max-per-wave).")
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
            + "\(wave + 1): prorogarlo di \(months) mesi (circa \(cost.it)).",
          en: "The contract ends on \(contract.contractEnd) but the move completes with wave \(wave + 1): "
            + "extend it by \(months) months (about \(cost.en))."))
    }
    return risks
  }
}
