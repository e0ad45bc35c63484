import Foundation
import NuvolaAwards
import NuvolaFormats
import NuvolaRules
import NuvolaSupport

/// The register-wide funding table (`nuvola funding --register`): for every comune of the ISTAT
/// register, the population used and the amount of each measure: `1.2` (the amount at the class
/// minimum: fixed part plus the minimum services in mode A), `1.3.1`, `1.4.1_website` (the website
/// package) and `1.4.1_per_service`, `1.4.3_pagopa_per_service`, `1.4.3_appio_per_service`,
/// `1.4.4_spid_cie`, `1.4.4_anpr`, `1.4.5`; per-service columns hold the amount for one service.
///
/// Built once from the rules, then applied to each register entry: a class lookup per column, so the
/// whole register takes milliseconds.
public struct RegisterFunding: Sendable {
  /// A column of amounts and where its numbers come from.
  public struct Column: Sendable, Equatable {
    public var name: String
    public var measureCode: String
    public var component: MeasureComponent
    /// True for the column of the amount at the class minimum (`Measure.minimumColumn`).
    public var isClassMinimum: Bool
    /// True when any class amount of the column is an estimate ("stima") or unconfirmed.
    public var hasEstimates: Bool
    public var sources: [RuleSource]
    let measure: Measure

    /// A measure of one class (SPID/CIE: a flat amount) does not need the population: any will do.
    var flatPopulation: Int? { measure.classes.count == 1 ? 0 : nil }
  }

  /// Columns in the documented order, then any column added by a user's rules file.
  public static let standardColumns = [
    "1.2", "1.3.1", "1.4.1_website", "1.4.1_per_service", "1.4.3_pagopa_per_service",
    "1.4.3_appio_per_service",
    "1.4.4_spid_cie", "1.4.4_anpr", "1.4.5",
  ]
  public static let fixedHeader = [
    "istat_code", "name", "province", "region", "population", "population_source",
  ]

  public let columns: [Column]
  /// The published awards: each measure then gains `K_assegnato` (sum of the awards not renounced)
  /// and `K_stato` (`E` all paid, `A` any still assigned, `R` only renounced, empty if none).
  public let awards: AwardBook?

  /// What the class-minimum column holds, as its label says.
  static func classMinimumComponent(_ column: String) -> MeasureComponent {
    MeasureComponent(
      key: "class_minimum", kind: .lumpSum, column: column,
      label: BilingualText(key: "funding.amount_at_the_class_minimum"),
      mandatory: true)
  }

  public init(rules: RuleBook, awards: AwardBook? = nil) {
    self.awards = awards
    var columns: [Column] = []
    for measure in rules.measures {
      if let name = measure.minimumColumn {
        let estimates = measure.classes.contains { $0.amounts.values.contains(where: \.isEstimate) }
        columns.append(
          Column(
            name: name, measureCode: measure.code, component: RegisterFunding.classMinimumComponent(name),
            isClassMinimum: true, hasEstimates: estimates, sources: measure.provenance.sources,
            measure: measure))
      }
      for component in measure.components {
        guard let name = component.column else { continue }
        let estimates = measure.classes.contains { $0.amounts[component.key]?.isEstimate ?? false }
        columns.append(
          Column(
            name: name, measureCode: measure.code, component: component, isClassMinimum: false,
            hasEstimates: estimates, sources: measure.provenance.sources, measure: measure))
      }
    }
    func rank(_ name: String) -> Int { RegisterFunding.standardColumns.firstIndex(of: name) ?? Int.max }
    self.columns = columns.sorted {
      rank($0.name) != rank($1.name)
        ? rank($0.name) < rank($1.name) : $0.name.compare($1.name, options: .numeric) == .orderedAscending
    }
  }

  /// The row of one comune; `populationOverride` comes from a `--population-file`.
  public func row(for entry: RegisterEntry, populationOverride: Int? = nil) -> RegisterFundingRow {
    let population = PopulationFigure.fromRegister(entry, override: populationOverride)
    var amounts: [Money?] = []
    amounts.reserveCapacity(columns.count)
    for column in columns {
      guard let value = population.value ?? column.flatPopulation else {
        amounts.append(nil)
        continue
      }
      let populationClass = column.measure.populationClass(for: value)
      amounts.append(
        column.isClassMinimum
          ? column.measure.minimumAmount(in: populationClass)
          : populationClass.amounts[column.component.key]?.value)
    }
    return RegisterFundingRow(entry: entry, population: population, amounts: amounts)
  }

  /// Rows for the entries (already filtered by region or province), in the order given.
  /// `overrides` maps 6-digit ISTAT codes to populations.
  public func rows(for entries: [RegisterEntry], overrides: [String: Int] = [:]) -> [RegisterFundingRow] {
    entries.map { row(for: $0, populationOverride: overrides[$0.istatCode]) }
  }

  // MARK: CSV

  public var header: [String] {
    RegisterFunding.fixedHeader + columns.map(\.name)
      + (awards == nil
        ? []
        : AwardMeasure.allCases.flatMap { [$0.registerColumn + "_assegnato", $0.registerColumn + "_stato"] })
  }

  /// Per measure, the sum of the awards not renounced and their one state, when awards were given.
  func awardCells(_ row: RegisterFundingRow) -> [(key: String, awarded: Money?, state: String)] {
    guard let awards else { return [] }
    // One look-up per comune, then its few awards split by measure.
    let own = awards.awards(istatCode: row.entry.istatCode)
    return AwardMeasure.allCases.map { measure in
      let standing =
        own.isEmpty ? nil : AwardStanding(measure: measure, awards: own.filter { $0.measure == measure })
      return (measure.registerColumn, standing?.awarded, standing?.state.rawValue ?? "")
    }
  }

  /// The cells of a row: ISTAT code first; unknown population and amounts are empty cells.
  public func cells(_ row: RegisterFundingRow) -> [String] {
    var cells = [
      row.entry.istatCode, row.entry.name, row.entry.province, row.entry.region,
      row.population.value.map(String.init) ?? "", row.population.source.rawValue,
    ]
    for amount in row.amounts { cells.append(amount?.description ?? "") }
    for award in awardCells(row) { cells += [award.awarded?.description ?? "", award.state] }
    return cells
  }

  /// The whole table as CSV in `dialect` (formulas neutralised, amounts in the dialect's decimal
  /// form), header first: titles in `language` for spreadsheets, the keys for scripts.
  public func csv(
    _ rows: [RegisterFundingRow], dialect: CSVDialect = .excelItalian, language: Language = .it
  ) -> String {
    var writer = CSVWriter(dialect: dialect)
    var text = writer.row(dialect.header(header, language: language))
    text.reserveCapacity(rows.count * 96)
    // Amounts are the cells after the population source: whole-cent descriptions with a point.
    let firstAmount = RegisterFunding.fixedHeader.count
    for row in rows {
      var cells = cells(row)
      if writer.decimalSeparator != "." {
        for index in firstAmount..<cells.count where cells[index].contains(".") {
          cells[index] = writer.number(cells[index])
        }
      }
      text += writer.row(cells)
    }
    return text
  }

  // MARK: JSON

  public func json(_ row: RegisterFundingRow) -> JSON {
    var amounts: [(String, JSON)] = []
    for (column, amount) in zip(columns, row.amounts) {
      amounts.append((column.name, EngineJSON.optionalMoney(amount)))
    }
    return .object([
      ("istat_code", .string(row.entry.istatCode)),
      ("name", .string(row.entry.name)),
      ("province", .string(row.entry.province)),
      ("region", .string(row.entry.region)),
      ("population", row.population.json),
      ("amounts", .object(amounts)),
      ("details", details(row)),
      (
        "awards",
        awards == nil
          ? .null
          : .object(
            awardCells(row).map { award in
              (
                award.key,
                JSON.object([
                  ("assegnato", EngineJSON.optionalMoney(award.awarded)),
                  ("stato", award.state.isEmpty ? .null : .string(award.state)),
                ])
              )
            })
      ),
    ])
  }

  /// For the class-minimum and per-service columns: the class, its service range and, for the class
  /// minimum (1.2), the rules' parts (fixed part, amount per service in mode A and in mode B).
  func details(_ row: RegisterFundingRow) -> JSON {
    var details: [(String, JSON)] = []
    for column in columns where column.isClassMinimum || column.component.kind == .perService {
      guard let value = row.population.value ?? column.flatPopulation else {
        details.append((column.name, .null))
        continue
      }
      let populationClass = column.measure.populationClass(for: value)
      var members: [(String, JSON)] = [
        ("class", BilingualText(it: populationClass.label(.it), en: populationClass.label(.en)).json),
        ("services", populationClass.services?.json ?? .null),
      ]
      if column.isClassMinimum {
        members.append(
          (
            "parts",
            .object(
              column.measure.components.map {
                ($0.key, EngineJSON.optionalMoney(populationClass.amounts[$0.key]?.value))
              })
          ))
        // Parts the sources do not confirm (the fixed part above 250,000 inhabitants), with why.
        let estimates = column.measure.components.compactMap { component -> (String, JSON)? in
          guard let amount = populationClass.amounts[component.key], amount.isEstimate else { return nil }
          return (component.key, amount.note.map(JSON.string) ?? .null)
        }
        members.append(("estimates", .object(estimates)))
      }
      details.append((column.name, .object(members)))
    }
    return .object(details)
  }

  /// What each column means: its measure, whether it holds estimates, and its sources.
  public var columnsJSON: JSON {
    .array(
      columns.map {
        .object([
          ("column", .string($0.name)), ("measure", .string($0.measureCode)),
          ("label", $0.component.label.json),
          ("kind", .string($0.isClassMinimum ? "class_minimum" : $0.component.kind.rawValue)),
          ("estimates", .bool($0.hasEstimates)),
          ("sources", .array($0.sources.map(\.json))),
        ])
      })
  }

  // MARK: Population file

  /// Reads a `--population-file`: CSV `istat_code,population` (header optional, `,` or `;`), codes of
  /// 4 to 6 digits read with leading zeros. Every bad line is reported with its line and column.
  public static func parsePopulationFile(_ data: Data, file: String) throws(InputError) -> [String: Int] {
    let table = CSVReader().parse(data, file: file)
    if let error = table.error { throw error }
    var rows = table.rows
    if let header = table.header { rows.insert(header, at: 0) }
    var result: [String: Int] = [:]
    var errors = DiagnosticList()
    for (index, row) in rows.enumerated() {
      let texts = row.texts.map { $0.trimmingCharacters(in: .whitespaces) }
      if texts.allSatisfy(\.isEmpty) { continue }
      // A first line that is not data is a header.
      if index == 0, let first = texts.first, !first.isEmpty, !first.allSatisfy(\.isNumber) { continue }
      guard texts.count >= 2 else {
        errors.append(
          Diagnostic(
            file: file, line: row.line, value: texts.joined(separator: ","),
            message: "\(texts.count) columns",
            expected: "istat_code,population"))
        continue
      }
      let code = texts[0]
      guard (4...6).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
        errors.append(
          Diagnostic(
            file: file, line: row.line, column: 1, path: "istat_code", value: code,
            message: "not an ISTAT code",
            expected: "6 digits (leading zeros may be omitted)"))
        continue
      }
      let padded = String(repeating: "0", count: 6 - code.count) + code
      guard let population = Int(texts[1]), (0...10_000_000).contains(population) else {
        errors.append(
          Diagnostic(
            file: file, line: row.line, column: 2, path: "population", value: texts[1],
            message: "not a population", expected: "a whole number from 0 to 10000000, no separators"))
        continue
      }
      if result[padded] != nil {
        errors.append(
          Diagnostic(
            file: file, line: row.line, column: 1, path: "istat_code", value: code,
            message: "code given twice",
            expected: "each comune once"))
        continue
      }
      result[padded] = population
    }
    try errors.check()
    return result
  }
}
