import NuvolaSupport

/// One data row of a funded-candidature file, CSV or JSON alike: the cells Nuvola reads, by
/// `AwardColumn`, each with where a problem in it is reported.
struct AwardRow: Sendable {
  /// Line of the row (CSV) or of its object (JSON).
  var line: Int
  /// Aligned with `AwardColumn.allCases`; nil when the file has no such column (or key).
  var cells: [String?]
  /// 1-based CSV column of each cell, nil for JSON.
  var columns: [Int?]
  /// The JSON path of the row's object (`$[12]`), nil for CSV.
  var path: String?

  subscript(column: AwardColumn) -> String? { cells[column.rawValue] }

  /// A diagnostic about a cell of this row.
  func problem(
    _ column: AwardColumn, file: String, sheet: String, message: String, expected: String
  ) -> Diagnostic {
    Diagnostic(
      file: file, line: line, column: columns[column.rawValue] ?? nil,
      path: path.map { "\($0).\(column.name)" } ?? "\(sheet) column \(column.name)",
      value: self[column] ?? "", message: message, expected: expected)
  }
}
