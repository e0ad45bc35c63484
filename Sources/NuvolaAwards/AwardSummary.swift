import NuvolaSupport

/// Totals of one measure over a set of comuni: how many comuni hold awards, and the count and
/// amount of awards in each state.
public struct AwardSummary: Sendable, Equatable {
  public struct Tally: Sendable, Equatable {
    public var count = 0
    public var amount = Money.zero

    mutating func add(_ award: Award) {
      count += 1
      amount = amount + award.amount
    }

    public var json: JSON { .object([("count", .int(count)), ("amount", EngineJSON.money(amount))]) }
  }

  public var measure: AwardMeasure
  /// Comuni with any award of the measure (renounced ones included).
  public var comuni = 0
  /// Awards not renounced: assigned or paid.
  public var awarded = Tally()
  public var paid = Tally()
  /// Still assigned: to complete and asseverate.
  public var pending = Tally()
  public var renounced = Tally()

  public init(measure: AwardMeasure) { self.measure = measure }

  public mutating func add(_ award: Award) {
    switch award.state {
    case .assigned:
      pending.add(award)
      awarded.add(award)
    case .paid:
      paid.add(award)
      awarded.add(award)
    case .renounced:
      renounced.add(award)
    }
  }

  public var json: JSON {
    .object([
      ("measure", .string(measure.code)),
      ("comuni", .int(comuni)),
      ("awarded", awarded.json),
      ("paid", paid.json),
      ("pending", pending.json),
      ("renounced", renounced.json),
    ])
  }
}
