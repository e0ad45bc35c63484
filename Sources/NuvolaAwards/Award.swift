import NuvolaSupport

/// One funded candidatura of a comune, as PA digitale 2026 publishes it, resolved to the ISTAT
/// register, with the file it comes from.
public struct Award: Sendable, Equatable {
  /// ISTAT code of the comune in the register (not necessarily the file's `cod_comune`).
  public var istatCode: String
  public var measure: AwardMeasure
  /// The call's title as published (`1.2 Abilitazione al cloud - Comuni - Aprile 2022`).
  public var avviso: String
  /// `numero_finestra_temporale` (the 2023 files write `1.0`).
  public var window: Int
  public var amount: Money
  /// `codice_cup`; empty in the few rows published without one.
  public var cup: String
  /// `decreto_finanziamento`; nil in the 2023 header generation, which lacks it.
  public var decree: String?
  public var state: AwardState
  /// `data_stato_candidatura`; nil in the 2023 header generation.
  public var stateDay: Day?
  /// `data_finanziamento`: the day the award was decreed.
  public var fundingDay: Day
  /// `data_invio_candidatura`, the day part; nil when the file leaves it empty.
  public var applicationDay: Day?
  public var source: AwardSource
  /// Line of the row in the source file (for JSON, the line where its object starts).
  public var line: Int

  public init(
    istatCode: String, measure: AwardMeasure, avviso: String, window: Int, amount: Money, cup: String,
    decree: String?, state: AwardState, stateDay: Day?, fundingDay: Day, applicationDay: Day?,
    source: AwardSource, line: Int
  ) {
    self.istatCode = istatCode
    self.measure = measure
    self.avviso = avviso
    self.window = window
    self.amount = amount
    self.cup = cup
    self.decree = decree
    self.state = state
    self.stateDay = stateDay
    self.fundingDay = fundingDay
    self.applicationDay = applicationDay
    self.source = source
    self.line = line
  }

  public var key: AwardKey { AwardKey(istatCode: istatCode, avviso: avviso, window: window) }

  /// Equal as data, wherever it was read from (file, date, line aside): re-importing the same rows
  /// from a file with another name or date changes nothing.
  public func hasSameContent(as other: Award) -> Bool {
    istatCode == other.istatCode && measure == other.measure && avviso == other.avviso
      && window == other.window && amount == other.amount && cup == other.cup && decree == other.decree
      && state == other.state && stateDay == other.stateDay && fundingDay == other.fundingDay
      && applicationDay == other.applicationDay
  }

  /// The order of awards everywhere: comune, measure, funding day, call, window, CUP, line.
  public static func precedes(_ lhs: Award, _ rhs: Award) -> Bool {
    if lhs.istatCode != rhs.istatCode { return lhs.istatCode < rhs.istatCode }
    if lhs.measure != rhs.measure { return lhs.measure < rhs.measure }
    if lhs.fundingDay != rhs.fundingDay { return lhs.fundingDay < rhs.fundingDay }
    if lhs.avviso != rhs.avviso { return lhs.avviso < rhs.avviso }
    if lhs.window != rhs.window { return lhs.window < rhs.window }
    if lhs.cup != rhs.cup { return lhs.cup < rhs.cup }
    return lhs.line < rhs.line
  }

  public var json: JSON {
    .object([
      ("istat_code", .string(istatCode)),
      ("measure", .string(measure.code)),
      ("avviso", .string(avviso)),
      ("window", .int(window)),
      ("amount", EngineJSON.money(amount)),
      ("cup", .string(cup)),
      ("decree", decree.map(JSON.string) ?? .null),
      ("state", .string(state.rawValue)),
      ("state_day", stateDay.map { .string($0.description) } ?? .null),
      ("funding_day", .string(fundingDay.description)),
      ("application_day", applicationDay.map { .string($0.description) } ?? .null),
      ("source", source.json),
    ])
  }
}
