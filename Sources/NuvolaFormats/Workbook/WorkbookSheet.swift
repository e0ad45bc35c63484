/// One sheet of a workbook: the rows that hold a value, in order, each with the cells that hold
/// one (empty rows and cells are left out, so trailing empty columns cost nothing).
public struct WorkbookSheet: Sendable, Equatable {
  public var name: String
  public var rows: [WorkbookRow]

  public init(name: String, rows: [WorkbookRow]) {
    self.name = name
    self.rows = rows
  }

  /// The cell at a row and column (both 1-based); `.empty` when it holds nothing.
  public func value(row: Int, column: Int) -> CellValue {
    var low = 0
    var high = rows.count
    while low < high {
      let middle = (low + high) / 2
      if rows[middle].number < row { low = middle + 1 } else { high = middle }
    }
    guard low < rows.count, rows[low].number == row else { return .empty }
    return rows[low].cells.first { $0.column == column }?.value ?? .empty
  }

  /// `Server!D14`: a cell of this sheet as a user finds it (the name quoted when it needs it).
  public func reference(row: Int, column: Int) -> String {
    CellReference.sheetPrefix(name) + CellReference(row: row, column: column).description
  }
}

/// A row of a sheet with its number (1-based) and its cells with a value, by column.
public struct WorkbookRow: Sendable, Equatable {
  public var number: Int
  public var cells: [WorkbookCell]

  public init(number: Int, cells: [WorkbookCell]) {
    self.number = number
    self.cells = cells
  }
}

/// A cell with a value and its column (1-based: A is 1).
public struct WorkbookCell: Sendable, Equatable {
  public var column: Int
  public var value: CellValue

  public init(column: Int, value: CellValue) {
    self.column = column
    self.value = value
  }
}
