import Foundation
import NuvolaEngine
import NuvolaFormats
import NuvolaReports
import NuvolaRules
import NuvolaSupport

/// `nuvola funding COMUNE`: the PNRR money a comune can claim, measure by measure, with sources;
/// `nuvola funding --register`: the same amounts for every comune of the ISTAT register.
enum FundingCommand {
  static let command = Command(
    spec: CommandSpec(
      name: "funding",
      abstract: "PNRR funding per measure: eligibility, amounts with sources, services, checklist",
      discussion: """
        Amounts of 1.2, 1.4.1 and app IO are fitted from the awards of the open data (not the official
        tables; --rules DIR loads others); 1.2 is the class's fixed part plus an amount per service by
        mode. Population: the inventory's, else ISTAT at 1/1/2022 (the calls' basis), else the 2011
        census. With --register, one row per comune of the register (ISTAT code first), the population
        used and the amount per measure: 1.2 at the class minimum, *_per_service columns for one
        service; --population-file F (CSV istat_code,population) overrides the ISTAT figures.
        """,
      usageLines: ["--register [--region R] [--province P] [--population-file F] [--format csv|json|text]"]),
    options: Options.self, run: run)

  struct Options: CommandOptions {
    var all = false
    var register = false
    var region: String?
    var province: String?
    var populationFile: String?
    var comune: String?

    static var options: [OptionDeclaration<Self>] {
      [
        ComuneScope.allOption(\.all),
        .flag("--register", \.register, "Every comune of the ISTAT register, from its population alone"),
        .option("--region", \.region, "R", "With --register: only the comuni of a region"),
        .option(
          "--province", \.province, "P", "With --register: only the comuni of a province (name or abbreviation)"),
        .option(
          "--population-file", \.populationFile, "F",
          "With --register: CSV istat_code,population overriding ISTAT's"),
      ]
    }
    static var arguments: [ArgumentDeclaration<Self>] { [ComuneScope.argument(\.comune)] }

    /// The options that only go with `--register`, by name, when given.
    var registerOnly: [String] {
      [("--region", region), ("--province", province), ("--population-file", populationFile)]
        .filter { $0.1 != nil }.map(\.0)
    }
  }

  static func run(_ options: Options, _ context: Context) throws {
    let rules = try context.rules()
    if options.register {
      try register(options, context: context, rules: rules)
      return
    }
    if let option = options.registerOnly.first {
      throw CLIError.usage("\(option) goes with --register", command: "funding")
    }
    try context.requireFormat([.text, .json], command: "funding")
    let asOf = context.asOf
    let all = options.all
    let books = try AwardsCommand.books(context: context, all: all)
    let format = context.format
    let language = context.language
    try ComuneScope.forEach(all: all, comune: options.comune, context: context, command: "funding") {
      snapshot in
      let awards = try books(snapshot.inventory.comune.istatCode)
      let population = PopulationFigure(comune: snapshot.inventory.comune, register: Register.shipped)
      let assessment = funding(
        for: snapshot.inventory, population: population, rules: rules, asOf: asOf, awards: awards)
      if format == .json {
        return assessment.json.serialized(pretty: !all, sortKeys: true)
      } else if all {
        let total = assessment.measures.compactMap { $0.headline?.amount }.reduce(Money.zero, +)
        let money = ReportFormatter(language).money(total)
        let count = assessment.measures.count
        return "\(snapshot.info.istatCode) \(snapshot.info.name): "
          + (language == .it ? "fino a \(money) su \(count) misure" : "up to \(money) over \(count) measures")
      } else {
        return text(assessment, language: language)
      }
    }
  }

  static func register(_ options: Options, context: Context, rules: RuleBook) throws {
    if options.all || options.comune != nil {
      throw CLIError.usage("--register covers the register: give no COMUNE nor --all", command: "funding")
    }
    let registerData = Register.shipped
    var entries = registerData.entries
    if let region = options.region {
      entries = try RegisterSelection.entries(
        .init(region: region), register: registerData, command: "funding")
    }
    if let province = options.province {
      let inProvince = Set(
        try RegisterSelection.entries(.init(province: province), register: registerData, command: "funding")
          .map(\.istatCode))
      entries = entries.filter { inProvince.contains($0.istatCode) }
    }
    var overrides: [String: Int] = [:]
    if let file = options.populationFile {
      let url = context.resolve(file)
      guard let data = FileManager.default.contents(atPath: url.path) else {
        throw CLIError.failure("cannot read the population file \(file)")
      }
      overrides = try RegisterFunding.parsePopulationFile(data, file: file)
    }
    let table = RegisterFunding(rules: rules, awards: try AwardsCommand.book(context: context))
    let rows = table.rows(for: entries, overrides: overrides)
    switch context.format {
    case .csv:
      context.console.out(table.csv(rows, dialect: context.csvDialect, language: context.language))
    case .json:
      let json = JSON.object([
        ("columns", table.columnsJSON),
        ("comuni", .array(rows.map(table.json))),
        ("attribution", .string(Register.attribution + "; " + Register.population2022Attribution)),
      ])
      context.print(json.serialized(sortKeys: true))
    case .text:
      let header = CSVDialect.excelItalian.header(table.header, language: context.language)
      var text = TextTable(header: header, rightAligned: Set(4..<header.count).subtracting([5]))
      for row in rows { text.append(table.cells(row)) }
      context.print(text.render())
      context.print(
        TextCatalogue.messages.text(
          "funding.register_footer", context.language,
          [
            "count": ReportFormatter(context.language).integer(rows.count),
            "population": Register.population2022Attribution, "register": Register.attribution,
          ]))
    }
  }

  static func text(_ assessment: FundingAssessment, language: Language) -> String {
    let it = language == .it
    let format = ReportFormatter(language)
    let asOf = assessment.asOf.map { it ? $0.italian : $0.description } ?? ""
    var lines = [
      (it ? "Finanziamenti PNRR per " : "PNRR funding for ")
        + "\(assessment.istatCode) \(assessment.name ?? ""), " + (it ? "situazione al " : "as of ") + asOf,
      (it ? "Popolazione usata: " : "Population used: ")
        + (assessment.population.value.map(format.integer) ?? (it ? "non nota" : "unknown"))
        + " (\(assessment.population.text.text(language)))",
      "",
    ]
    var table = TextTable(
      header: it
        ? ["Misura", "Avviso", "Requisiti", "Importo", "Stato", "Titolo"]
        : ["Measure", "Call", "Eligibility", "Amount", "Status", "Title"],
      rightAligned: [3])
    for measure in assessment.measures {
      let headline = measure.headline
      table.append([
        measure.code, measure.callStatus?.short.text(language) ?? "",
        measure.eligibility.label.text(language),
        headline?.amount.map(format.money) ?? (it ? "non noto" : "unknown"),
        headline?.status.label.text(language) ?? "", measure.title.text(language),
      ])
    }
    lines.append(table.render())
    lines.append("")
    for measure in assessment.measures {
      lines.append("\(measure.code) \(measure.title.text(language))")
      if let position = measure.position {
        lines.append("  " + (it ? "Posizione: " : "Position: ") + position.sentence.text(language))
        for award in position.awards {
          lines.append(
            "    " + award.avviso + (it ? " (finestra " : " (window ") + "\(award.window)): " + format.money(award.amount) + ", CUP "
              + award.cup + ", " + award.state.label.text(language)
              + (award.stateDay.map { " " + (it ? "il " + $0.italian : "on " + $0.description) } ?? "")
              + " [" + award.source.label.text(language) + "]")
        }
        if let parts = position.decomposition {
          lines.append(
            "    " + (it ? "Servizi pagati dal contributo: " : "Services the award paid for: ")
              + "\(parts.modeA) A + \(parts.modeB) B (" + (it ? "parte fissa " : "fixed part ") + format.money(parts.fixed) + ")")
        }
        if !position.atRisk.isEmpty {
          lines.append(
            "    " + (it ? "Rischio asseverazione, ancora da migrare secondo l'inventario: " : "Asseverazione risk, still to migrate per the inventory: ")
              + position.atRisk.joined(separator: ", "))
        }
      }
      if let status = measure.callStatus { lines.append("  " + status.sentence.text(language)) }
      for reason in measure.reasons { lines.append("  - " + reason.text(language)) }
      for component in measure.components where component != measure.headline {
        lines.append(
          "  " + component.component.label.text(language) + ": "
            + (component.count.flatMap { count in
              component.unitAmount.map { "\(count) x " + format.money($0) + " = " }
            } ?? "")
            + (component.amount.map(format.money) ?? (it ? "non noto" : "unknown"))
            + " (\(component.status.label.text(language)))")
      }
      for deadline in measure.deadlines {
        lines.append("  " + deadlineLine(deadline, asOf: assessment.asOf, language: language))
      }
      for source in measure.provenance.sources {
        lines.append("  " + (it ? "Fonte: " : "Source: ") + source.citation)
      }
    }
    if !assessment.cloudServices.isEmpty {
      lines.append("")
      lines.append(
        it ? "Servizi per la misura 1.2 (migrazione al cloud)" : "Services for measure 1.2 (cloud migration)")
      var services = TextTable(
        header: it
          ? ["Applicazione", "Esito", "Modalità", "Destinazione"]
          : ["Application", "Status", "Mode", "Destination"])
      for service in assessment.cloudServices {
        services.append([
          "\(service.applicationId) \(service.name)", service.status.label.text(language),
          service.proposed?.mode.rawValue ?? "-", service.proposed?.destination.rawValue ?? "-",
        ])
      }
      lines.append(services.render())
    }
    lines.append("")
    lines.append(it ? "Fine del PNRR:" : "End of the PNRR:")
    for milestone in assessment.calendar.milestones {
      lines.append("  " + deadlineLine(milestone, asOf: assessment.asOf, language: language))
    }
    lines.append(it ? "Dopo l'assegnazione:" : "After the award:")
    for fact in assessment.calendar.afterAward { lines.append("  - " + factLine(fact, language: language)) }
    lines.append(it ? "Fondi noti dopo il PNRR:" : "Funding known after the PNRR:")
    for fact in assessment.calendar.fundingAfter { lines.append("  - " + factLine(fact, language: language)) }
    lines.append("")
    lines.append(it ? "Checklist del dossier:" : "Dossier checklist:")
    for item in assessment.dossier { lines.append("  [ ] " + item.text.text(language)) }
    return lines.joined(separator: "\n")
  }

  /// "Scadenza 31/12/2026: ..." while ahead of the as-of day, "Scaduta il 30/06/2026: ..." once past.
  static func deadlineLine(_ deadline: RuleDeadline, asOf: Day?, language: Language) -> String {
    let it = language == .it
    let day = it ? deadline.day.italian : deadline.day.description
    let passed = asOf.map { deadline.day < $0 } ?? false
    let lead = passed ? (it ? "Scaduta il " : "Passed on ") : (it ? "Scadenza " : "Deadline ")
    return lead + day + ": " + deadline.text.text(language) + " [" + deadline.source.citation + "]"
  }

  /// A calendar fact with its source, or "fonte non nota" when none is known.
  static func factLine(_ fact: PNRRFact, language: Language) -> String {
    fact.text.text(language) + " [" + fact.citation(language) + "]"
  }
}
