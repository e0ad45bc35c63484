import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// Makes the staged migration plan of a comune: a strategy per application with its reasons, waves
/// that honour dependencies, Sondrio's domain order, contracts, connectivity, budget, capacity and
/// deadlines, CED closures, and the costs against staying on premise.
///
/// Pure and deterministic: no clock, no I/O; the same inventory, rules and options give a
/// byte-identical `Plan.json`.
public func plan(_ inventory: Inventory, rules: RuleBook, options: PlanOptions) -> Plan {
  Planner(inventory: inventory, rules: rules, options: options).run()
}

/// `plan(_:rules:options:)` for a caller that has already classified the inventory's CEDs with the
/// same rules (reports: audit, plan and report share one classification).
public func plan(
  _ inventory: Inventory, rules: RuleBook, options: PlanOptions, classification: CEDClassification
) -> Plan {
  Planner(inventory: inventory, rules: rules, options: options, classification: classification).run()
}

/// The steps of `plan(_:rules:options:)`. Everything the steps share is computed once in `init`;
/// `run` schedules the moves and assembles the plan (see the `Planner+*.swift` extensions).
///
/// A class, used once per plan and never shared, so that the many closures of the steps capture
/// one reference instead of copying every table (national runs plan thousands of comuni).
final class Planner {
  let inventory: Inventory
  let rules: RuleBook
  let options: PlanOptions
  let planning: PlanningRules
  let population: PopulationFigure
  /// The funding engine's assessment of measure 1.2 (the measure of planning.json's deadlines).
  let cloudFunding: FundingMeasure?
  let facts: PlanFacts
  /// One per application, sorted by id.
  let decisions: [ApplicationDecision]
  let decisionById: [String: ApplicationDecision]
  let economics: PlanEconomics
  /// Connectivity needs of the sites whose applications move to the cloud, by site.
  let needs: [String: LinkNeed]
  var defaults: PlanDefaults
  /// Each site as the consolidation sees it (a site without servers, storage or applications is
  /// network only: it stays).
  let siteDigests: [String: SiteDigest]

  var waveMonths: Int { options.waveMonths }
  var horizonMonths: Int { options.years * 12 }

  convenience init(inventory: Inventory, rules: RuleBook, options: PlanOptions) {
    self.init(
      inventory: inventory, rules: rules, options: options,
      classification: classifyCEDs(inventory, rules: rules))
  }

  /// `classification` must be `classifyCEDs(inventory, rules: rules)`.
  init(inventory: Inventory, rules: RuleBook, options: PlanOptions, classification: CEDClassification) {
    self.inventory = inventory
    self.rules = rules
    self.options = options
    planning = rules.planning
    let population =
      options.population ?? inventory.comune.population.map { PopulationFigure.inventory($0) } ?? .unknown
    self.population = population
    // The funding engine's own rules, for 1.2 only: the plan needs its lump sum and each service's
    // origin, not the other measures.
    let services = Funding.assessServices(inventory, rules: rules)
    cloudFunding = rules.measure(rules.planning.deadlineMeasure).map { measure in
      var assessed = Funding.assessMeasure(
        measure, population: population, services: services, asOf: options.asOf)
      if let asOf = options.asOf, let awards = options.awards {
        assessed.position = AwardPosition(
          measure: measure, awards: awards, asOf: asOf, calendar: rules.calendar, services: services)
      }
      return assessed
    }
    siteDigests = Dictionary(
      ConsolidationDigester.sites(inventory, classification: classification).map { ($0.id, $0) },
      uniquingKeysWith: { first, _ in first })
    let facts = PlanFacts(inventory, classification: classification, services: services)
    self.facts = facts
    let selector = StrategySelector(
      facts: facts, planning: rules.planning, dataClasses: rules.dataClasses,
      cloud: rules.cloudMeasure?.cloud, asOf: options.asOf)
    let decisions = facts.orderedApplications.map(selector.decide)
    self.decisions = decisions
    decisionById = Dictionary(
      decisions.map { ($0.applicationId, $0) }, uniquingKeysWith: { first, _ in first })
    var defaults = PlanDefaults(rules: rules)
    economics = PlanEconomics(
      facts: facts, decisions: decisions, planning: rules.planning, horizonMonths: options.years * 12,
      start: options.start, defaults: &defaults)
    let needs = LinkNeed.needs(facts: facts, decisions: decisions, defaults: &defaults)
    self.needs = Dictionary(needs.map { ($0.site, $0) }, uniquingKeysWith: { first, _ in first })
    self.defaults = defaults
  }

  /// Everything the schedule decided, by application and site.
  struct Placement {
    var units: [WaveScheduler.Unit]
    var schedule: WaveScheduler.Schedule
    /// 0-based wave of each placed application.
    var waveOf: [String: Int]
    var unitOf: [String: Int]
    var contracts: [String: PlanContractCheck]
    /// The wave the contract alone allows (0-based), per application.
    var release: [String: Int]
    /// Link upgrade cost per site that needs one.
    var upgradeCost: [String: Money]
    var upgradeYearly: Money
    /// 1-based number of each calendar period (0-based) that holds work: waves are numbered 1..n
    /// without gaps, whatever periods stay empty between them.
    var number: [Int: Int] = [:]

    /// The number of the first wave at or after a calendar period (the wave a move there joins).
    func number(atOrAfter slot: Int) -> Int? {
      number.filter { $0.key >= slot }.min { $0.key < $1.key }?.value
    }
  }

  func run() -> Plan {
    let placement = place()
    let closures = closures(placement)
    let fundingOutcome = fundingOutcome(placement)
    let model = costModel(placement, closures: closures, funding: fundingOutcome)
    let waves = assembleWaves(placement, closures: closures, model: model)
    var warnings = warnings(placement, closures: closures, funding: fundingOutcome, waves: waves)
    let relaxations = relaxations(placement)
    warnings.sort { (rank($0.level), $0.code) < (rank($1.level), $1.code) }
    let discount = discountRate()
    let withheld = economicsWithheld(placement)
    return Plan(
      istatCode: inventory.comune.istatCode, name: inventory.comune.name,
      illustrative: inventory.comune.illustrative == true, population: population, options: options,
      capacity: capacity.figures,
      discountRate: discount.rate, discountRateSource: discount.source, decisions: decisions, waves: waves,
      milestones: closures.milestones, assetRemedies: assetRemedies(placement, closures: closures),
      networkOnlySites: closures.networkOnly, yearlyCosts: model.years, npv: model.npv,
      paybackYear: withheld == nil ? model.paybackYear : nil, economicsWithheld: withheld,
      funding: fundingOutcome.funding, warnings: warnings, relaxations: relaxations,
      unscheduled: unscheduled(placement), defaultsUsed: defaults.list, costNotes: economics.notes,
      rulesFiles: rulesFiles)
  }

  /// NPV and payback say what a plan returns: when the budget or the capacity leave moves that no
  /// wave can hold, there is no such plan, and the figures are withheld with the reason.
  private func economicsWithheld(_ placement: Placement) -> BilingualText? {
    let blocked = placement.schedule.infeasible.compactMap { $0 }
    guard !blocked.isEmpty else { return nil }
    let budget = blocked.contains {
      switch $0 {
      case .tooCostly, .linkTooCostly: return true
      default: return false
      }
    }
    let count = placement.units.indices.filter { placement.schedule.infeasible[$0] != nil }
      .reduce(0) { $0 + placement.units[$1].members.count }
    let constraint =
      budget
      ? BilingualText(key: "plan.the_yearly_budget_budget_per")
      : BilingualText(key: "plan.the_capacity_per_wave_capacity")
    return BilingualText(
      key: "plan.npv_and_payback_not_computed", ["constraint": constraint, "count": count])
  }

  private func rank(_ level: PlanWarning.Level) -> Int {
    switch level {
    case .critical: return 0
    case .warning: return 1
    case .info: return 2
    }
  }

  /// The files whose rules the plan applies, in file-name order.
  private var rulesFiles: [RuleProvenance] {
    var names: Set<String> = [planning.provenance.fileName, rules.costDefaults.provenance.fileName]
    names.insert(rules.dataClasses.provenance.fileName)
    names.insert(rules.cedCriteria.provenance.fileName)
    if let measure = rules.measure(planning.deadlineMeasure) { names.insert(measure.provenance.fileName) }
    return rules.files.filter { names.contains($0.fileName) }
  }

  /// The option's rate, else the rules' default (recorded among the defaults used).
  func discountRate() -> (rate: Double, source: BilingualText) {
    if let rate = options.discountRate {
      return (
        rate,
        BilingualText(key: "plan.given_by_the_user_discount")
      )
    }
    let rate = defaults.value("discount_rate", for: .netPresentValue)
    let citation = rules.planningValue("discount_rate")?.source.citation ?? "rules"
    return (rate, BilingualText(key: "plan.default", ["citation": citation]))
  }

  // MARK: Scheduling

  func place() -> Placement {
    var contracts: [String: PlanContractCheck] = [:]
    var release: [String: Int] = [:]
    let moving = decisions.filter(\.isScheduled)
    for decision in moving {
      let (check, earliest) = contractCheck(decision)
      if let check { contracts[decision.applicationId] = check }
      release[decision.applicationId] = earliest
    }
    var edges: [String: [String]] = [:]
    for decision in moving {
      edges[decision.applicationId] = facts.applications[decision.applicationId]?.dependsOn
    }
    let graph = DependencyGraph(nodes: moving.map(\.applicationId), edges: edges)
    var upgradeCost: [String: Money] = [:]
    var upgradeYearly = Money.zero
    for site in needs.keys.sorted() where needs[site]!.status == .upgrade {
      let purpose = PlanPurpose.linkUpgrades
      upgradeCost[site] = Money(euros: defaults.value("link_upgrade_one_off", for: purpose))
      upgradeYearly = Money(euros: defaults.value("link_upgrade_yearly_extra", for: purpose))
    }
    let capacity = self.capacity
    var units: [WaveScheduler.Unit] = []
    var unitOf: [String: Int] = [:]
    for (index, members) in graph.components.enumerated() {
      var cost = Money.zero
      var group = Int.max
      var earliest = 0
      var sites: Set<String> = []
      var effort = 0.0
      for member in members {
        unitOf[member] = index
        effort += effortHours(member)
        cost = cost + Money(euros: economics.applications[member]?.oneOff ?? 0)
        let decision = decisionById[member]!
        group = min(group, decision.groupIndex)
        earliest = max(earliest, release[member] ?? 0)
        if decision.disposition == .migrate, let site = decision.site, upgradeCost[site] != nil {
          sites.insert(site)
        }
      }
      units.append(
        WaveScheduler.Unit(
          members: members, cost: cost, group: group, release: earliest,
          dependencies: graph.dependencies[index],
          linkSites: sites.sorted(), effort: effort))
    }
    let scheduler = WaveScheduler(
      units: units, upgradeCost: upgradeCost, waveMonths: waveMonths, budget: options.budgetPerYear,
      capacity: capacity.figures.applicationsPerWave,
      effortPerWave: capacity.figures.staffHoursPerMonth.map { $0 * Double(waveMonths) })
    let schedule = scheduler.schedule()
    var waveOf: [String: Int] = [:]
    for (index, unit) in units.enumerated() {
      guard let wave = schedule.waveOf[index] else { continue }
      for member in unit.members { waveOf[member] = wave }
    }
    let slots = Set(waveOf.values).union(schedule.upgradeWave.values).sorted()
    var number: [Int: Int] = [:]
    for (position, slot) in slots.enumerated() { number[slot] = position + 1 }
    return Placement(
      units: units, schedule: schedule, waveOf: waveOf, unitOf: unitOf, contracts: contracts,
      release: release,
      upgradeCost: upgradeCost, upgradeYearly: upgradeYearly, number: number)
  }

  /// The team capacity: the options' figures, else planning.json's (recorded among the defaults).
  var capacity: (figures: PlanCapacity, fromRules: Bool) {
    let purpose = PlanPurpose.teamCapacity
    let applications =
      options.maxPerWave
      ?? rules.planning.numbers["wave_capacity_applications"].map { _ in
        Int(defaults.value("wave_capacity_applications", for: purpose))
      }
    let hours =
      options.staffHoursPerMonth
      ?? rules.planning.numbers["migration_staff_hours_per_month"].map { _ in
        defaults.value("migration_staff_hours_per_month", for: purpose)
      }
    let citation = rules.planningValue("wave_capacity_applications")?.source.citation ?? "planning.json"
    let source =
      options.maxPerWave != nil
      ? BilingualText(key: "plan.given_by_the_user_capacity")
      : BilingualText(key: "plan.default_2", ["citation": citation])
    return (
      PlanCapacity(applicationsPerWave: applications, staffHoursPerMonth: hours, source: source),
      options.maxPerWave == nil
    )
  }

  /// Staff hours the move of one application takes (0 when planning.json gives no figure).
  func effortHours(_ id: String) -> Double {
    guard let strategy = decisionById[id]?.strategy,
      rules.planning.numbers["migration_effort_hours_" + strategy.rawValue] != nil
    else { return 0 }
    return defaults.value("migration_effort_hours_" + strategy.rawValue, for: .teamCapacity)
  }

  // MARK: Calendar

  func waveStart(_ wave: Int) -> YearMonth { options.start.adding(months: wave * waveMonths) }
  func waveEnd(_ wave: Int) -> YearMonth { options.start.adding(months: (wave + 1) * waveMonths - 1) }
  /// Months from the start to the first month in the cloud after a wave.
  func cutOver(_ wave: Int) -> Int { (wave + 1) * waveMonths }
  func planYear(ofWave wave: Int) -> Int { (wave * waveMonths) / 12 }
}
