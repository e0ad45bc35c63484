/// A stored value of a type Nuvola never writes in that column: the file was changed by another
/// program. Reported (as `StoreError.corrupt`) instead of read as unknown or as a guess.
struct UnreadableColumn: Error, CustomStringConvertible {
  var table: String
  var column: String
  var snapshotID: Int64
  var found: DatabaseValue
  var expected: String

  var description: String {
    "column \(table).\(column) of snapshot \(snapshotID) holds \(found), not \(expected)"
  }
}
