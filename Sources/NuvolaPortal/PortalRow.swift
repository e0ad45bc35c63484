import NuvolaAwards
import NuvolaEngine
import NuvolaReports
import NuvolaRules
import NuvolaSupport

/// One comune of the portal: its register facts, what the engine says of its inventory (CED class,
/// findings by severity, plan cost and first wave) and its PNRR awards. A comune without an
/// inventory has register facts and awards only. Values, not text: the page writes them in its
/// language.
public struct PortalRow: Sendable, Equatable {
  public var istatCode: String
  public var name: String
  public var province: String
  public var provinceAbbreviation: String
  public var region: String
  /// The population the awards' classes use (ISTAT 1/1/2022, else the inventory's, else 2011).
  public var population: Int?
  /// The comune's class in the 1.2 measure (`<= 5.000`), nil when the population is unknown.
  public var populationClass: BilingualText?
  /// Where `report --all` writes the comune's reports (`014061-sondrio`); nil without an inventory.
  public var reportFolder: String?
  /// Gruppo B when any site is; class A when every site is; nil without sites or inventory.
  public var cedClass: CEDClass?
  /// Findings by severity, most urgent first (`FindingSeverity.allCases`); nil without inventory.
  public var findings: [Int]?
  /// One-off cost of the plan; nil without inventory.
  public var planCost: Money?
  public var firstWave: YearMonth?
  public var awarded: Money
  public var paid: Money
  public var pending: Money
  public var renounced: Money

  public init(
    istatCode: String, name: String, province: String, provinceAbbreviation: String, region: String,
    population: Int?, populationClass: BilingualText?, reportFolder: String?, cedClass: CEDClass?,
    findings: [Int]?, planCost: Money?, firstWave: YearMonth?, awarded: Money, paid: Money,
    pending: Money, renounced: Money
  ) {
    self.istatCode = istatCode
    self.name = name
    self.province = province
    self.provinceAbbreviation = provinceAbbreviation
    self.region = region
    self.population = population
    self.populationClass = populationClass
    self.reportFolder = reportFolder
    self.cedClass = cedClass
    self.findings = findings
    self.planCost = planCost
    self.firstWave = firstWave
    self.awarded = awarded
    self.paid = paid
    self.pending = pending
    self.renounced = renounced
  }

  public var hasInventory: Bool { reportFolder != nil }

  /// The row of a comune: from the engine's results when it has an inventory (`inputs`, computed
  /// for the IT manager: audit, classification and plan), from the register alone otherwise.
  public init(
    entry: RegisterEntry?, istatCode: String, inputs: ReportInputs?, reportFolder: String?,
    awards: some Sequence<Award>, rules: RuleBook
  ) {
    let population =
      inputs?.population.value ?? entry.flatMap { $0.population2022 ?? $0.population2011 }
    let populationClass = population.flatMap { value in
      rules.cloudMeasure.map { measure in
        let populationClass = measure.populationClass(for: value)
        return BilingualText(it: populationClass.label(.it), en: populationClass.label(.en))
      }
    }
    var totals = AwardSummary(measure: AwardMeasure.allCases[0])
    for award in awards { totals.add(award) }
    var cedClass: CEDClass?
    if let sites = inputs?.classification?.sites, !sites.isEmpty {
      cedClass = sites.contains { $0.cedClass == .gruppoB } ? .gruppoB : .a
    }
    let findings = inputs?.findings.map { findings in
      FindingSeverity.allCases.map { severity in findings.count { $0.severity == severity } }
    }
    let summary = inputs?.plan?.summary
    self.init(
      istatCode: istatCode,
      name: inputs?.comuneName ?? entry?.name ?? istatCode,
      province: entry?.province ?? "", provinceAbbreviation: entry?.provinceAbbreviation ?? "",
      region: entry?.region ?? "", population: population, populationClass: populationClass,
      reportFolder: inputs == nil ? nil : reportFolder, cedClass: cedClass, findings: findings,
      planCost: summary?.oneOffTotal, firstWave: summary?.firstWaveStart, awarded: totals.awarded.amount,
      paid: totals.paid.amount, pending: totals.pending.amount, renounced: totals.renounced.amount)
  }
}
