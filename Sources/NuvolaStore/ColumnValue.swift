/// One value as it is bound to an insert: NULL, an integer, a real, or text held in the prepared
/// inventory's byte arena (`InventoryRows.text`), so that binding needs no `String` and SQLite
/// need not copy it.
enum ColumnValue: Sendable, Equatable {
  case null
  case integer(Int64)
  case real(Double)
  /// `count` bytes of the arena from `offset`.
  case text(offset: Int, count: Int)
}
