import NuvolaSupport

/// Where a comune stands on one measure, from its awards: the sum of the awards not renounced and
/// one state for them all. This is what `funding --register` shows as `K_assegnato` and `K_stato`.
public struct AwardStanding: Sendable, Equatable {
  public var measure: AwardMeasure
  /// Sum of the awards not renounced (assigned or paid).
  public var awarded: Money
  /// `.paid` when every award not renounced is paid, `.assigned` when any is still assigned,
  /// `.renounced` when every award was renounced.
  public var state: AwardState
  public var awards: [Award]

  /// The standing of these awards (all of one measure), nil when there are none.
  public init?(measure: AwardMeasure, awards: [Award]) {
    guard !awards.isEmpty else { return nil }
    let held = awards.filter { $0.state != .renounced }
    self.measure = measure
    self.awards = awards
    awarded = held.reduce(Money.zero) { $0 + $1.amount }
    if held.isEmpty {
      state = .renounced
    } else if held.contains(where: { $0.state == .assigned }) {
      state = .assigned
    } else {
      state = .paid
    }
  }
}
