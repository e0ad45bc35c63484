/// The columns of a foreign sheet recognised by their header: which column holds each value the
/// importer maps. Columns the format defines but Nuvola does not map, and columns nobody defines,
/// go to the report; a mapped column given twice is an error (which one would be right?).
struct ForeignColumns<Column: Hashable> {
  private var positions: [Column: Int] = [:]
  private let sheet: ForeignSheet

  /// `keys` maps header keys (`ForeignSheet.key`) to columns; `classify` recognises the keys a table
  /// cannot list (Konveyor's numbered tag columns); `ignored` are the format's unmapped columns.
  init(
    sheet: ForeignSheet, keys: [String: Column], ignored: Set<String>, merge: inout ForeignMerge,
    classify: (String) -> Column? = { _ in nil }
  ) {
    self.sheet = sheet
    let header = sheet.header
    for (index, cell) in header.cells.enumerated() {
      let name = FieldDecoder.trimmed(cell.text)
      let key = ForeignSheet.key(name)
      let location = ForeignLocation(line: header.line, column: index + 1, path: sheet.path(index))
      if key.isEmpty {
        if let row = sheet.rows.first(where: { sheet.value($0, index) != nil }) {
          merge.report.columns.append(
            UnmappedColumn(
              name: "(column \(index + 1), no name; values from line \(row.line))", column: index + 1,
              reason: .unknown))
        }
        continue
      }
      if let column = keys[key] ?? classify(key) {
        if let earlier = positions[column] {
          merge.fail(
            location, value: name, "the column \(name) appears twice (first in column \(earlier + 1))",
            expected: "each column once")
          merge.problems.structural = true
        } else {
          positions[column] = index
        }
      } else if ignored.contains(key) {
        merge.report.columns.append(UnmappedColumn(name: name, column: index + 1, reason: .ignored))
      } else {
        // Header keys are folded (`provisioned mib`), which is also how a hint reads well enough.
        let suggestion = FieldTable.closest(to: key, among: Array(keys.keys))
        merge.report.columns.append(
          UnmappedColumn(name: name, column: index + 1, reason: .unknown, suggestion: suggestion))
      }
    }
  }

  subscript(column: Column) -> Int? { positions[column] }

  /// Reports a missing column the format cannot be read without.
  mutating func require(_ column: Column, named name: String, merge: inout ForeignMerge) {
    guard positions[column] == nil else { return }
    merge.fail(
      ForeignLocation(line: sheet.header.line, path: "\(sheet.sheetName) column \(name)"),
      value: sheet.header.texts.prefix(8).joined(separator: ", "),
      "the required column \(name) is missing", expected: "a column \(name) in the header line")
    merge.problems.structural = true
  }
}
