import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// The population Nuvola uses for a comune and where it comes from: the inventory, a population
/// file given by the user, the ISTAT population at 1/1/2022 (the calls' basis), the ISTAT 2011 census
/// of the register, or unknown (then amounts that depend on it are unknown too, never zero).
public struct PopulationFigure: Sendable, Equatable {
  /// Where the figure comes from; the raw values appear in CSV and JSON output.
  public enum Source: String, Sendable, CaseIterable {
    case inventory
    case populationFile = "population_file"
    case istat2022 = "istat_2022"
    case istat2011 = "istat_2011"
    case unknown
  }

  public var value: Int?
  public var source: Source
  /// Where the figure comes from, in words, for reports.
  public var text: BilingualText

  public init(value: Int?, source: Source, text: BilingualText) {
    self.value = value
    self.source = source
    self.text = text
  }

  /// The inventory's figure wins; else the register's 1/1/2022 figure, else its 2011 census figure
  /// ("Fonte: ISTAT"); else unknown.
  public init(comune: Comune, register: Register) {
    if let population = comune.population {
      self = .inventory(population)
    } else {
      self = PopulationFigure.fromRegister(register.entry(code: comune.istatCode), override: nil)
    }
  }

  /// The figure for an inventory, resolved against the register.
  public static func resolve(_ inventory: Inventory, register: Register) -> PopulationFigure {
    PopulationFigure(comune: inventory.comune, register: register)
  }

  /// For register-wide runs: a `--population-file` figure wins over the 1/1/2022 population, which wins
  /// over the 2011 census.
  public static func fromRegister(_ entry: RegisterEntry?, override: Int?) -> PopulationFigure {
    if let override {
      return PopulationFigure(
        value: override, source: .populationFile,
        text: BilingualText(key: "population.population_file_given_by_the"))
    }
    if let current = entry?.population2022 {
      return PopulationFigure(value: current, source: .istat2022, text: istat2022Text)
    }
    if let census = entry?.population2011 {
      return PopulationFigure(
        value: census, source: .istat2011,
        text: BilingualText(key: "population.istat_2011_census_fonte_istat"))
    }
    return .unknown
  }

  static let istat2022Text = BilingualText(
    key: "population.istat_population_at_1_january",
    ["register_population2022_attrib": Register.population2022Attribution])

  static func inventory(_ value: Int) -> PopulationFigure {
    PopulationFigure(
      value: value, source: .inventory,
      text: BilingualText(key: "population.the_comune_s_inventory"))
  }

  public static let unknown = PopulationFigure(
    value: nil, source: .unknown,
    text: BilingualText(key: "population.population_unknown_neither_the_inventory"))

  /// One line in English for listings: `21642 (the comune's inventory)`, `unknown`.
  public var display: String { display(.en) }

  /// One line for listings in `language`: `21.642 (inventario del comune)`, `non nota`.
  public func display(_ language: Language) -> String {
    guard let value else { return BilingualText(key: "population.unknown").text(language) }
    let number = language == .it ? MeasureClass.grouped(value, .it) : String(value)
    return "\(number) (\(language == .it ? text.it : text.en))"
  }

  public var json: JSON {
    .object([
      ("value", value.map(JSON.int) ?? .null), ("source", .string(source.rawValue)), ("text", text.json),
    ])
  }
}
