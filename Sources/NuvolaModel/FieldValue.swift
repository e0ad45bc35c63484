import NuvolaSupport

/// A field's value, independent of the encoding it came from (JSON, CSV cell, SQLite column).
public enum FieldValue: Sendable, Equatable {
  /// The fact is not known. Never replaced by a guess.
  case unknown
  case text(String)
  case integer(Int)
  case decimal(Double)
  case money(Money)
  case day(Day)
  case flag(Bool)
  case list([String])
}
