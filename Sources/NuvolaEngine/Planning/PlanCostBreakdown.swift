import NuvolaSupport

/// One year's costs of one scenario (everything stays on premise, or the plan), by category. The
/// PNRR funding received is shown as a positive amount and subtracted from the total.
public struct PlanCostBreakdown: Sendable, Equatable {
  public var hardware: Money = .zero
  public var energy: Money = .zero
  public var maintenance: Money = .zero
  public var licences: Money = .zero
  public var cloudFees: Money = .zero
  public var connectivity: Money = .zero
  public var staff: Money = .zero
  /// One-off migration work and link upgrades.
  public var migration: Money = .zero
  public var funding: Money = .zero

  public init() {}

  /// Everything paid minus the funding received.
  /// What is spent, funding left out: never negative (every line is a cost).
  public var spending: Money {
    hardware + energy + maintenance + licences + cloudFees + connectivity + staff + migration
  }

  /// Spending less the funding received: the figure savings and NPV compare.
  public var total: Money {
    hardware + energy + maintenance + licences + cloudFees + connectivity + staff + migration - funding
  }

  /// Category keys in output order, with their amounts.
  public var categories: [(key: String, amount: Money)] {
    [
      ("hardware", hardware), ("energy", energy), ("maintenance", maintenance), ("licences", licences),
      ("cloud_fees", cloudFees), ("connectivity", connectivity), ("staff", staff), ("migration", migration),
      ("funding", funding),
    ]
  }

  public var json: JSON {
    .object(categories.map { ($0.key, EngineJSON.money($0.amount)) } + [("total", EngineJSON.money(total))])
  }
}
