import NuvolaRules
import NuvolaSupport

/// A comune's staged migration plan, Sondrio-style: what happens to each application and why, the
/// waves over time with their prerequisites, costs and risks, the CED closures, the costs of the plan
/// against staying on premise year by year (NPV, payback), the PNRR funding counted, and everything
/// the reader must not miss (warnings) or must change for a plan to exist (relaxations).
///
/// Made by `plan(_:rules:options:)`, a pure function: the same inventory, rules and options give a
/// byte-identical `json`.
public struct Plan: Sendable, Equatable {
  public var istatCode: String
  public var name: String?
  /// The inventory is sample or synthetic data.
  public var illustrative: Bool
  public var population: PopulationFigure
  public var options: PlanOptions
  /// The team capacity the waves were cut to, with its source.
  public var capacity: PlanCapacity
  /// The discount rate used and where it comes from (the option, or the rules' default).
  public var discountRate: Double
  public var discountRateSource: BilingualText
  /// One per application, sorted by id.
  public var decisions: [ApplicationDecision]
  /// Waves with work, in time order.
  public var waves: [PlanWave]
  public var milestones: [PlanMilestone]
  /// What happens to each asset, by its kind (planning.json `remedies`), in id order.
  public var assetRemedies: [PlanAssetRemedy]
  /// Sites with network equipment only: they stay (never closed).
  public var networkOnlySites: [String]
  public var yearlyCosts: [PlanYearCost]
  /// Net present value of the savings (on premise minus plan) over `options.years`.
  public var npv: Money
  /// First plan year (1-based) in which the cumulative savings reach zero or more; nil = not within
  /// the horizon, or withheld.
  public var paybackYear: Int?
  /// Why NPV and payback are not given: the budget or the capacity allow no plan for every move, so
  /// a return on a plan that cannot run would mislead; nil when they are given.
  public var economicsWithheld: BilingualText?
  public var funding: PlanFunding
  /// Critical first, then by code.
  public var warnings: [PlanWarning]
  public var relaxations: [PlanRelaxation]
  public var unscheduled: [PlanUnscheduled]
  /// Every default used for a figure the inventory does not give, with its source.
  public var defaultsUsed: [PlanDefault]
  /// Figures left out of the cost comparison because the inventory does not give them.
  public var costNotes: [BilingualText]
  /// The rules files the plan read.
  public var rulesFiles: [RuleProvenance]

  public func decision(_ applicationId: String) -> ApplicationDecision? {
    decisions.first { $0.applicationId == applicationId }
  }

  /// The wave an application moves in, if any.
  public func wave(of applicationId: String) -> PlanWave? {
    waves.first { $0.applications.contains { $0.applicationId == applicationId } }
  }

  public var summary: PlanSummary {
    // One pass over the decisions and the waves, reading fields in place: reports ask for the
    // summary of every comune, and a pass per count copied every decision each time.
    var counts = (alreadyInCloud: 0, migrate: 0, retire: 0, retain: 0, undecided: 0)
    var provisional = 0
    for index in decisions.indices {
      switch decisions[index].disposition {
      case .alreadyInCloud: counts.alreadyInCloud += 1
      case .migrate: counts.migrate += 1
      case .retire: counts.retire += 1
      case .retain: counts.retain += 1
      case .undecided: counts.undecided += 1
      }
      if decisions[index].provisional { provisional += 1 }
    }
    var oneOff = (total: Money.zero, eligible: Money.zero, notEligible: Money.zero)
    for index in waves.indices {
      oneOff.total = oneOff.total + waves[index].oneOffCost
      oneOff.eligible = oneOff.eligible + waves[index].oneOffEligible
      oneOff.notEligible = oneOff.notEligible + waves[index].oneOffNotEligible
    }
    var critical = 0
    var deadlineMissed = false
    for index in warnings.indices {
      if warnings[index].level == .critical { critical += 1 }
      if warnings[index].code == "deadline_missed" { deadlineMissed = true }
    }
    return PlanSummary(
      istatCode: istatCode, name: name, applications: decisions.count,
      alreadyInCloud: counts.alreadyInCloud, moving: counts.migrate, retiring: counts.retire,
      retained: counts.retain, undecided: counts.undecided,
      unscheduled: unscheduled.count, provisional: provisional, waves: waves.count,
      firstWaveStart: waves.first?.start, lastWaveEnd: waves.last?.end,
      cedClosures: milestones.count(where: { $0.kind == .cedClosure }),
      oneOffTotal: oneOff.total, oneOffEligible: oneOff.eligible, oneOffNotEligible: oneOff.notEligible,
      npv: economicsWithheld == nil ? npv : nil, paybackYear: economicsWithheld == nil ? paybackYear : nil,
      criticalWarnings: critical, warnings: warnings.count,
      relaxations: relaxations.count, deadlineMissed: deadlineMissed)
  }

  public var json: JSON {
    let payback = paybackYear.flatMap { year in yearlyCosts.first { $0.index == year } }
    var members: [(String, JSON)] = [
      ("istat_code", .string(istatCode)),
      ("name", name.map(JSON.string) ?? .null),
      ("illustrative", .bool(illustrative)),
      ("population", population.json),
      ("options", optionsJSON),
      ("capacity", capacity.json),
      ("decisions", .array(decisions.map(\.json))),
      ("waves", .array(waves.map(\.json))),
      ("milestones", .array(milestones.map(\.json))),
      ("asset_remedies", .array(assetRemedies.map(\.json))),
      ("network_only_sites", EngineJSON.strings(networkOnlySites)),
      ("yearly_costs", .array(yearlyCosts.map(\.json))),
      ("npv", economicsWithheld == nil ? EngineJSON.money(npv) : .null),
    ]
    members.append(("economics_withheld", economicsWithheld?.json ?? .null))
    members.append(("payback_year", paybackYear.map(JSON.int) ?? .null))
    members.append(
      ("payback_period", payback.map { .string("\($0.start.description)..\($0.end.description)") } ?? .null))
    members.append(("funding", funding.json))
    members.append(("warnings", .array(warnings.map(\.json))))
    members.append(("relaxations", .array(relaxations.map(\.json))))
    members.append(("unscheduled", .array(unscheduled.map(\.json))))
    members.append(("defaults_used", .array(defaultsUsed.map(\.json))))
    members.append(("cost_notes", .array(costNotes.map(\.json))))
    members.append(("rules_files", .array(rulesFiles.map(\.json))))
    members.append(("summary", summary.json))
    return .object(members)
  }

  private var optionsJSON: JSON {
    .object([
      ("start", .string(options.start.description)),
      ("wave_months", .int(options.waveMonths)),
      ("years", .int(options.years)),
      ("budget_per_year", EngineJSON.optionalMoney(options.budgetPerYear)),
      ("max_per_wave", (options.maxPerWave ?? capacity.applicationsPerWave).map(JSON.int) ?? .null),
      ("replan_from", options.replanFrom.map { .string($0.description) } ?? .null),
      ("as_of", options.asOf.map { .string($0.description) } ?? .null),
      ("discount_rate", .double(discountRate)),
      ("discount_rate_source", discountRateSource.json),
      ("funding_admitted", .bool(options.fundingAdmitted)),
    ])
  }
}
