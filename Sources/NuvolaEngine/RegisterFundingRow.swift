import NuvolaRules
import NuvolaSupport

/// One comune of the register-wide funding table: the population used and the amount per column
/// (nil = unknown, written as an empty cell, never as 0).
public struct RegisterFundingRow: Sendable, Equatable {
  public var entry: RegisterEntry
  public var population: PopulationFigure
  /// Aligned with `RegisterFunding.columns`.
  public var amounts: [Money?]
}
