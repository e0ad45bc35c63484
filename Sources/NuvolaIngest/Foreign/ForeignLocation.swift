/// Where a value of a foreign file was: line and column of a CSV cell, or line, column and JSON path
/// of a JSON value. Problems found after merging (by `InventoryValidator`) are put back there.
struct ForeignLocation: Sendable, Equatable {
  var line: Int?
  var column: Int?
  /// `vinfo.csv column Memory` or `$.content.hardware.memory`.
  var path: String?
  /// The value as the file wrote it, when the location is a value's: a problem with what it was
  /// converted into (MiB into GB) shows what the user can find in the file.
  var text: String?

  init(line: Int?, column: Int? = nil, path: String? = nil, text: String? = nil) {
    self.line = line
    self.column = column
    self.path = path
    self.text = text
  }
}
