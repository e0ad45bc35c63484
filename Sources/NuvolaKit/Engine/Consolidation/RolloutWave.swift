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

  public init(number: Int, columns: Int) {
    self.number = number
    comuni = []
    funding = Array(repeating: .zero, count: columns)
    unknownAmounts = Array(repeating: 0, count: columns)
  }

  public var isPilot: Bool { number == 0 }
  public var total: Money { funding.reduce(.zero, +) }
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
    ])
  }
}
