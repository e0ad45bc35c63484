import NuvolaSupport

/// One wave of the rollout (wave 0 holds the pilots): its comuni and the PNRR money they can claim,
/// column by column of the register-wide funding table.
public struct RolloutWave: Sendable, Equatable {
  public var number: Int
  /// ISTAT codes, in the order they were planned.
  public var comuni: [String]
  public var population = 0
  public var withInventory = 0
  /// Known amounts per funding column (aligned with `RolloutPlan.columns`).
  public var funding: [Money]
  /// Comuni whose amount is unknown, per column.
  public var unknownAmounts: [Int]
  /// The months the phase runs, from the month after the as-of day; nil when undated.
  public var start: YearMonth? = nil
  public var end: YearMonth? = nil
  /// Money that can fund the phase: awards its comuni hold, still to complete, payable if the phase
  /// ends by the end of the PNRR.
  public var fundedByAwards: Money = .zero
  /// Awards held that the phase ends too late to complete before the end of the PNRR.
  public var awardsAtRisk: Money = .zero
  /// Amounts of measures whose call is open on the as-of day.
  public var fundedByOpenCalls: Money = .zero

  public init(number: Int, columns: Int) {
    self.number = number
    comuni = []
    funding = Array(repeating: .zero, count: columns)
    unknownAmounts = Array(repeating: 0, count: columns)
  }

  public var isPilot: Bool { number == 0 }
  /// The amounts of the PNRR rules for the phase's comuni: the value of the work, not a promise.
  public var total: Money { funding.reduce(.zero, +) }
  public var funded: Money { fundedByAwards + fundedByOpenCalls }
  /// The work no known source funds (never below zero).
  public var unfunded: Money { max(.zero, total - funded) }
  /// Comuni without an inventory: their amounts follow from the population class alone.
  public var registerOnly: Int { comuni.count - withInventory }

  public func json(columns: [RegisterFunding.Column]) -> JSON {
    var amounts: [(String, JSON)] = []
    for (index, column) in columns.enumerated() {
      amounts.append(
        (
          column.name,
          .object([("amount", EngineJSON.money(funding[index])), ("unknown", .int(unknownAmounts[index]))])
        ))
    }
    return .object([
      ("wave", .int(number)), ("pilots", .bool(isPilot)), ("comuni", EngineJSON.strings(comuni)),
      ("comuni_count", .int(comuni.count)), ("population", .int(population)),
      ("with_inventory", .int(withInventory)), ("register_only", .int(registerOnly)),
      ("pnrr", .object(amounts)), ("pnrr_total", EngineJSON.money(total)),
      ("start", start.map { .string($0.description) } ?? .null),
      ("end", end.map { .string($0.description) } ?? .null),
      ("funded_by_awards", EngineJSON.money(fundedByAwards)),
      ("awards_at_risk", EngineJSON.money(awardsAtRisk)),
      ("funded_by_open_calls", EngineJSON.money(fundedByOpenCalls)), ("funded", EngineJSON.money(funded)),
      ("unfunded", EngineJSON.money(unfunded)),
    ])
  }
}
