import Foundation
import NuvolaAwards
import NuvolaEngine
import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// `nuvola plan COMUNE | --all`: the staged migration plan of a comune (strategy per application
/// with its reasons, waves, CED closures, costs over the years), or one summary line per comune of
/// the store for national runs.
enum PlanCommand {
  static let command = Command(
    spec: CommandSpec(
      name: "plan",
      abstract: "Plan the migration of a comune: strategies, waves, CED closures, costs",
      discussion: """
        Waves follow Sondrio's order (planning.json) and honour dependencies, contract ends, link
        upgrades, the yearly budget (one-off work per plan year, 12 months from --start), the
        capacity per wave and the PNRR deadlines. A plan year starts at --start: start in January to
        match the municipal budget year. --start defaults to the month after the as-of day
        (--as-of, default today); an earlier start is refused unless --replan-from names the month
        the plan actually started (waves before the as-of day are then shown as finished or under
        way). Waves are numbered 1..n and cut to the team capacity (planning.json, or --capacity);
        each says why it is where it is.
        With --all, one line per comune: a JSON object (--format json) or a table row.
        """),
    options: Options.self, run: run)

  /// The plan's options as typed, each value converted (and refused) as it is parsed.
  struct Options: CommandOptions {
    var all = false
    var start: YearMonth?
    var replanFrom: YearMonth?
    var capacity: Int?
    var budgetPerYear: Money?
    var maxPerWave: Int?
    var years: Int?
    var discountRate: Double?
    var waveMonths: Int?
    var pnrrAdmitted = false
    var comune: String?

    static var options: [OptionDeclaration<Self>] {
      [
        .flag("--all", \.all, "Plan every comune in the store (one summary per comune)"),
        .option(
          "--start", \.start, "YYYY-MM", "First month of the first wave (default: month after the as-of day)",
          convert: OptionConversion.month("--start")),
        .option(
          "--replan-from", \.replanFrom, "YYYY-MM",
          "The month the plan was actually started: a start before the as-of day is accepted and the "
            + "waves before it are shown as finished or under way",
          convert: OptionConversion.month("--replan-from")),
        .option(
          "--capacity", \.capacity, "N", "Applications per wave the team can move (default: from planning.json)",
          convert: OptionConversion.integer("--capacity", in: 1...100_000)),
        .option(
          "--budget-per-year", \.budgetPerYear, "EUR", "Most one-off spending per plan year (default: no limit)",
          convert: budget),
        .option(
          "--max-per-wave", \.maxPerWave, "N", "Same as --capacity (default: from planning.json)",
          convert: OptionConversion.integer("--max-per-wave", in: 1...100_000)),
        .option(
          "--years", \.years, "N", "Years of the cost comparison (default 5)",
          convert: OptionConversion.integer("--years", in: 1...30)),
        .option(
          "--discount-rate", \.discountRate, "R", "Discount rate of the NPV, e.g. 0.03 (default: from the rules)",
          convert: rate),
        .option(
          "--wave-months", \.waveMonths, "N", "Months per wave, 1 to 12 (default 6)",
          convert: OptionConversion.integer("--wave-months", in: 1...12)),
        .flag(
          "--pnrr-admitted", \.pnrrAdmitted,
          "The comune was already admitted to PNRR 1.2: count the lump sum when moves "
            + "end"),
      ]
    }
    static var arguments: [ArgumentDeclaration<Self>] {
      [.optional("COMUNE", \.comune, "ISTAT code (014061) or name (Sondrio)")]
    }

    /// `--budget-per-year`: an amount in euro above 0.
    static func budget(_ text: String) throws(CLIError) -> Money {
      guard let budget = Money(parsing: text), budget > .zero else {
        throw .usage(
          "--budget-per-year takes an amount in euro above 0 (e.g. 300000), not '\(Diagnostic.shorten(text))'",
          command: "plan")
      }
      return budget
    }

    /// `--discount-rate`: a rate from 0 to 1, or a percentage (3%).
    static func rate(_ text: String) throws(CLIError) -> Double {
      let percent = text.hasSuffix("%")
      guard let number = Double(percent ? String(text.dropLast()) : text), number.isFinite else {
        throw .usage(
          "--discount-rate takes a rate such as 0.03 or 3%, not '\(Diagnostic.shorten(text))'",
          command: "plan")
      }
      let rate = percent ? number / 100 : number
      guard (0...1).contains(rate) else {
        throw .usage(
          "--discount-rate takes a rate from 0 to 1 (0.03 = 3%), not '\(Diagnostic.shorten(text))'",
          command: "plan")
      }
      return rate
    }
  }

  /// The options the user gave; the start defaults to the month after the as-of day.
  struct Settings {
    var asOf: Day
    var start: YearMonth?
    /// The month the plan was actually started (`--replan-from`): a start in the past is accepted.
    var replanFrom: YearMonth?
    var waveMonths = 6
    var years = 5
    var budget: Money?
    var maxPerWave: Int?
    var discountRate: Double?
    var fundingAdmitted = false
    var awards: AwardBook? = nil

    /// The plan options for one inventory.
    func options(for inventory: Inventory) -> PlanOptions {
      var options = PlanOptions(
        start: replanFrom ?? start ?? PlanOptions.start(after: asOf), waveMonths: waveMonths, years: years,
        budgetPerYear: budget, maxPerWave: maxPerWave,
        discountRate: discountRate,
        population: PopulationFigure.resolve(inventory, register: Register.shipped),
        fundingAdmitted: fundingAdmitted)
      options.asOf = asOf
      options.replanFrom = replanFrom
      options.awards = awards.map { Array($0.awards(istatCode: inventory.comune.istatCode)) }
      return options
    }
  }

  static func run(_ options: Options, _ context: Context) throws {
    try context.requireFormat([.text, .json], command: "plan")
    var settings = try settings(options, asOf: context.asOf, language: context.language)
    settings.awards = try AwardsCommand.book(context: context)
    let all = options.all
    if all && options.comune != nil {
      throw CLIError.usage("give a COMUNE or --all, not both", command: "plan")
    }
    guard all || options.comune != nil else {
      throw CLIError.usage("give a COMUNE (ISTAT code or name) or --all", command: "plan")
    }
    let rules = try context.rules()
    guard let comune = options.comune else {
      try runAll(settings, rules: rules, context: context)
      return
    }
    let entry = try RegisterSelection.resolve(comune, register: Register.shipped, command: "plan")
    let store = try context.openStoreForReading()
    guard let snapshot = try store.currentSnapshot(istatCode: entry.istatCode) else {
      throw CLIError.failure(
        "\(entry.istatCode) \(entry.name) is not in the store \(context.databasePath): import its "
          + "inventory first"
      )
    }
    let result = plan(snapshot.inventory, rules: rules, options: settings.options(for: snapshot.inventory))
    if context.format == .json {
      context.print(result.json.serialized(sortKeys: true))
    } else {
      context.print(PlanCommand.text(result, language: context.language))
    }
  }

  static func settings(_ options: Options, asOf: Day, language: Language = .it) throws(CLIError) -> Settings {
    var settings = Settings(asOf: asOf)
    settings.start = options.start
    settings.replanFrom = options.replanFrom
    try checkStart(settings, language: language)
    settings.waveMonths = options.waveMonths ?? 6
    settings.years = options.years ?? 5
    settings.maxPerWave = options.maxPerWave
    if let capacity = options.capacity {
      if let other = settings.maxPerWave, other != capacity {
        throw .usage("--capacity \(capacity) and --max-per-wave \(other) differ: give one", command: "plan")
      }
      settings.maxPerWave = capacity
    }
    settings.budget = options.budgetPerYear
    settings.discountRate = options.discountRate
    settings.fundingAdmitted = options.pnrrAdmitted
    return settings
  }

  /// A plan starts at the first month after the as-of day; an earlier start only when `--replan-from`
  /// names it (the month the plan was actually started), and a replan cannot start in the future.
  static func checkStart(_ settings: Settings, language: Language) throws(CLIError) {
    let earliest = PlanOptions.start(after: settings.asOf)
    let day = language == .it ? settings.asOf.italian : settings.asOf.description
    func month(_ value: YearMonth) -> String { language == .it ? value.italian : value.description }
    if let replan = settings.replanFrom {
      if let start = settings.start, start != replan {
        throw .usage(
          PlanMessages.replanMismatch(start: month(start), replan: month(replan)).text(language),
          command: "plan")
      }
      if replan >= earliest {
        throw .usage(
          PlanMessages.replanNotPast(replan: month(replan), day: day, earliest: month(earliest)).text(
            language),
          command: "plan")
      }
      return
    }
    if let start = settings.start, start < earliest {
      throw .usage(
        PlanMessages.startInPast(start: month(start), day: day, earliest: month(earliest)).text(language),
        command: "plan")
    }
  }

  // MARK: Every comune

  /// Streams the store: comuni planned on every core in bounded batches, written in the store's
  /// order (one line per comune).
  static func runAll(_ settings: Settings, rules: RuleBook, context: Context) throws {
    var table = TextTable(
      header: [
        "ISTAT", "Comune", "Apps", "Move", "Waves", "Last wave", "CED closed", "One-off EUR", "NPV EUR",
        "Payback", "Critical",
      ],
      rightAligned: [2, 3, 4, 6, 7, 8, 10])
    var count = 0
    let format = context.format
    try ComuneScope.all(context: context, label: "plan") { snapshot -> (PlanSummary, String) in
      (
        plan(snapshot.inventory, rules: rules, options: settings.options(for: snapshot.inventory)).summary,
        snapshot.info.name
      )
    } show: { (summary, name) in
      count += 1
      if format == .json {
        context.print(summary.json.serialized(pretty: false, sortKeys: true))
      } else {
        table.append([
          summary.istatCode, summary.name ?? name, String(summary.applications),
          String(summary.moving + summary.retiring), String(summary.waves),
          summary.lastWaveEnd?.description ?? "-", String(summary.cedClosures), euros(summary.oneOffTotal),
          summary.npv.map(euros) ?? "-", summary.paybackYear.map { "year \($0)" } ?? "-",
          String(summary.criticalWarnings),
        ])
      }
    }
    if context.format == .text {
      context.print(count == 0 ? "The store \(context.databasePath) holds no comuni yet." : table.render())
    }
  }

  static func euros(_ value: Money) -> String { String(Int64((value.euros).rounded())) }
}
