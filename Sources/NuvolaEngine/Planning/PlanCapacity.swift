import NuvolaSupport

/// What the comune's team can move: applications per wave and staff hours per month, each from the
/// option the user gave or from planning.json (with its source). A wave holding more is split: the
/// rest waits for the next wave, and its timing says so.
public struct PlanCapacity: Sendable, Equatable {
  /// Most applications one wave moves.
  public var applicationsPerWave: Int?
  /// Staff hours a month the IT office gives to the moves; nil = not limited (rules without the key).
  public var staffHoursPerMonth: Double?
  /// Where each figure comes from (`--capacity`, or planning.json with its source).
  public var source: BilingualText

  public var json: JSON {
    .object([
      ("applications_per_wave", applicationsPerWave.map(JSON.int) ?? .null),
      ("staff_hours_per_month", staffHoursPerMonth.map(JSON.double) ?? .null),
      ("source", source.json),
    ])
  }
}
