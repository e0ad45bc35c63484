/// A value as SQLite stores it in one column of one row. Blobs are left out: the store never
/// writes any, and a reader meeting one reports the column as holding the wrong type.
enum DatabaseValue: Sendable, Equatable {
  case null
  case integer(Int64)
  case real(Double)
  case text(String)
}

extension DatabaseValue: CustomStringConvertible {
  /// The value as an SQL literal would read, for messages.
  var description: String {
    switch self {
    case .null: return "NULL"
    case .integer(let value): return String(value)
    case .real(let value): return String(value)
    case .text(let value): return "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
    }
  }
}
