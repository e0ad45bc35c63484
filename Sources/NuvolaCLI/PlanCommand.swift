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
        """,
      options: [
        .flag("--all", "Plan every comune in the store (one summary per comune)"),
        .value(
          "--start", "YYYY-MM", "First month of the first wave (default: month after the as-of day)"),
        .value(
          "--replan-from", "YYYY-MM",
          "The month the plan was actually started: a start before the as-of day is accepted and the "
            + "waves before it are shown as finished or under way"),
        .value("--capacity", "N", "Applications per wave the team can move (default: from planning.json)"),
        .value("--budget-per-year", "EUR", "Most one-off spending per plan year (default: no limit)"),
        .value("--max-per-wave", "N", "Same as --capacity (default: from planning.json)"),
        .value("--years", "N", "Years of the cost comparison (default 5)"),
        .value("--discount-rate", "R", "Discount rate of the NPV, e.g. 0.03 (default: from the rules)"),
        .value("--wave-months", "N", "Months per wave, 1 to 12 (default 6)"),
        .flag(
          "--pnrr-admitted",
          "The comune was already admitted to PNRR 1.2: count the lump sum when moves "
            + "end"),
      ],
      positionals: [
        PositionalSpec(name: "COMUNE", help: "ISTAT code (014061) or name (Sondrio)", required: false)
      ]),
    run: run)

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

  static func run(_ arguments: ParsedArguments, _ context: Context) throws {
    try context.requireFormat([.text, .json], command: "plan")
    var settings = try settings(arguments, asOf: context.asOf, language: context.language)
    settings.awards = try AwardsCommand.book(context: context)
    let all = arguments.has("--all")
    if all && !arguments.positionals.isEmpty {
      throw CLIError.usage("give a COMUNE or --all, not both", command: "plan")
    }
    if !all && arguments.positionals.isEmpty {
      throw CLIError.usage("give a COMUNE (ISTAT code or name) or --all", command: "plan")
    }
    let rules = try context.rules()
    if all {
      try runAll(settings, rules: rules, context: context)
      return
    }
    let entry = try RegisterSelection.resolve(
      arguments.positionals[0], register: Register.shipped, command: "plan")
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

  static func settings(_ arguments: ParsedArguments, asOf: Day, language: Language = .it) throws(CLIError)
    -> Settings
  {
    var settings = Settings(asOf: asOf)
    if let text = arguments.value("--start") {
      guard let start = YearMonth(parsing: text) else {
        throw .usage(
          "--start takes a month YYYY-MM (e.g. 2026-01), not '\(Diagnostic.shorten(text))'", command: "plan")
      }
      settings.start = start
    }
    if let text = arguments.value("--replan-from") {
      guard let month = YearMonth(parsing: text) else {
        throw .usage(
          "--replan-from takes a month YYYY-MM (e.g. 2026-01), not '\(Diagnostic.shorten(text))'",
          command: "plan")
      }
      settings.replanFrom = month
    }
    try checkStart(settings, language: language)
    settings.waveMonths = try arguments.integer("--wave-months", in: 1...12) ?? 6
    settings.years = try arguments.integer("--years", in: 1...30) ?? 5
    settings.maxPerWave = try arguments.integer("--max-per-wave", in: 1...100_000)
    if let capacity = try arguments.integer("--capacity", in: 1...100_000) {
      if let other = settings.maxPerWave, other != capacity {
        throw .usage("--capacity \(capacity) and --max-per-wave \(other) differ: give one", command: "plan")
      }
      settings.maxPerWave = capacity
    }
    if let text = arguments.value("--budget-per-year") {
      guard let budget = Money(parsing: text), budget > .zero else {
        throw .usage(
          "--budget-per-year takes an amount in euro above 0 (e.g. 300000), not '\(Diagnostic.shorten(text))'",
          command: "plan")
      }
      settings.budget = budget
    }
    if let text = arguments.value("--discount-rate") {
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
      settings.discountRate = rate
    }
    settings.fundingAdmitted = arguments.has("--pnrr-admitted")
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
