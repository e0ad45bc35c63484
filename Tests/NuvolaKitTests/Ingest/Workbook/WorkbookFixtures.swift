import Foundation
import NuvolaFormats
import NuvolaModel
import Testing

@testable import NuvolaIngest

/// Workbooks for the tests, made by the template writer from inventories, changed cell by cell.
enum WorkbookFixtures {
  /// The sample inventories of `Inventories/` by file name, read the ordinary way.
  static func samples() throws -> [(name: String, inventory: Inventory)] {
    try RepositoryFiles.list("Inventories").map {
      ($0, try InventoryReader().read(path: RepositoryFiles.url("Inventories/" + $0).path))
    }
  }

  /// The sheets of the small Sondrio inventory, filled in.
  static var sheets: [WritableSheet] { InventoryTemplate.sheets(filledWith: IngestFixtures.expected) }

  /// The workbook of `sheets` after `change`, written to `name` in the folder; returns its path.
  static func file(
    in temporary: IngestTemporaryFolder, name: String = "inventario.xlsx",
    change: (inout [WritableSheet]) -> Void = { _ in }
  ) throws -> String {
    var sheets = self.sheets
    change(&sheets)
    let format: Workbook.Format = name.hasSuffix(".ods") ? .ods : .xlsx
    return try temporary.write(try WorkbookWriter.write(sheets, format: format), to: name)
  }
}

extension [WritableSheet] {
  /// Sets the cell at a 1-based row and column of the sheet named `name`.
  mutating func set(_ name: String, row: Int, column: Int, _ value: CellValue) {
    guard let index = firstIndex(where: { $0.name == name }) else {
      Issue.record("no sheet \(name)")
      return
    }
    while self[index].rows.count < row { self[index].rows.append([]) }
    while self[index].rows[row - 1].count < column { self[index].rows[row - 1].append(.empty) }
    self[index].rows[row - 1][column - 1] = value
  }

  /// The 1-based column of a field in a record sheet (its header is the field's Italian header).
  func column(_ name: String, field: String, type: RecordType) -> Int {
    (FieldTable.of(type).position(of: field) ?? 0) + 1
  }
}
