import NuvolaAwards
import NuvolaEngine
import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// Everything a report shows, computed before rendering: the inventory, the day it is judged on, the
/// population used, and the engine's results. Builders only arrange these values into a document;
/// they compute nothing the engine should.
public struct ReportInputs: Sendable {
  public var inventory: Inventory
  /// The comune in the ISTAT register (province, region), when found.
  public var registerEntry: RegisterEntry?
  /// The day findings, deadlines and calls are judged on: the inventory date, or the caller's.
  public var asOf: Day
  public var population: PopulationFigure
  public var rules: RuleBook
  public var summary: InventorySummary
  /// Nil when the report does not show the audit.
  public var findings: [Finding]?
  public var classification: CEDClassification?
  public var funding: FundingAssessment?
  /// The staged migration plan; nil when the report does not show it.
  public var plan: Plan?

  public init(
    inventory: Inventory, registerEntry: RegisterEntry?, asOf: Day, population: PopulationFigure,
    rules: RuleBook, findings: [Finding]?, classification: CEDClassification?, funding: FundingAssessment?,
    plan: Plan? = nil
  ) {
    self.inventory = inventory
    self.registerEntry = registerEntry
    self.asOf = asOf
    self.population = population
    self.rules = rules
    self.summary = InventorySummary(inventory)
    self.findings = findings
    self.classification = classification
    self.funding = funding
    self.plan = plan
  }

  /// Runs the engine for what `audience`'s report shows, and nothing more (a national run of the
  /// IT audit does not pay for the funding assessment). Pure: `asOf` is given, never the clock.
  /// The plan starts the month after `asOf` unless `planOptions` says otherwise.
  public static func compute(
    for audience: ReportAudience, inventory: Inventory, rules: RuleBook, register: Register, asOf: Day,
    planOptions: PlanOptions? = nil, awards: AwardBook? = .shipped
  ) -> ReportInputs {
    compute(
      for: [audience], inventory: inventory, rules: rules, register: register, asOf: asOf,
      planOptions: planOptions, awards: awards)
  }

  /// The inputs of several readers' reports at once: the engine runs once for all of them.
  public static func compute(
    for audiences: [ReportAudience], inventory: Inventory, rules: RuleBook, register: Register, asOf: Day,
    planOptions: PlanOptions? = nil, awards: AwardBook? = .shipped
  ) -> ReportInputs {
    let population = PopulationFigure.resolve(inventory, register: register)
    let needsAudit = audiences.contains { $0 != .grantWriter }
    let needsFunding = audiences.contains { $0 != .itManager }
    let needsPlan = audiences.contains { $0 != .grantWriter }
    var options =
      planOptions
      ?? PlanOptions(
        start: PlanOptions.start(after: asOf),
        population: population)
    if options.asOf == nil {
      options.asOf = asOf
      options.awards = awards.map { Array($0.awards(istatCode: inventory.comune.istatCode)) }
    }
    // Classified once: the audit and the plan use the same classification.
    let classification = classifyCEDs(inventory, rules: rules)
    return ReportInputs(
      inventory: inventory, registerEntry: register.entry(code: inventory.comune.istatCode), asOf: asOf,
      population: population, rules: rules,
      findings: needsAudit
        ? NuvolaEngine.audit(inventory, rules: rules, asOf: asOf, classification: classification) : nil,
      classification: classification,
      funding: needsFunding
        ? NuvolaEngine.funding(
          for: inventory, population: population, rules: rules, asOf: asOf, awards: awards) : nil,
      plan: needsPlan
        ? NuvolaEngine.plan(inventory, rules: rules, options: options, classification: classification) : nil)
  }

  /// What `audience`'s report shows of inputs computed for several readers: exactly what computing
  /// for that reader alone gives, so a report never depends on which others were written with it.
  public func only(for audience: ReportAudience) -> ReportInputs {
    var inputs = self
    if audience == .grantWriter {
      inputs.findings = nil
      inputs.plan = nil
    }
    if audience == .itManager { inputs.funding = nil }
    return inputs
  }

  /// The comune's name: the register's, else the inventory's, else its code. An inventory's name
  /// differs from the register's in accents and case at most, and reports print the official one.
  public var comuneName: String {
    if let entry = registerEntry { return entry.name }
    if let name = inventory.comune.name, !name.isEmpty { return name }
    return inventory.comune.istatCode
  }
}
