/// A sheet to write: its rows of values from A1, and how a spreadsheet should show them (column
/// widths, heading rows, text columns, dropdown lists). `WorkbookWriter` writes it as `.xlsx` or `.ods`.
public struct WritableSheet: Sendable, Equatable {
  public var name: String
  /// Rows from row 1, each from column A; `.empty` cells are left out.
  public var rows: [[CellValue]]
  /// Widths of the first columns, in characters.
  public var columnWidths: [Double]
  /// How many rows at the top are headings, kept in view while scrolling: the first is shown bold,
  /// the others as notes (smaller, italic, wrapped).
  public var headingRows: Int
  /// Columns (1-based) whose cells hold text even when typed as digits (`014061`).
  public var textColumns: Set<Int>
  /// Dropdown lists of allowed values.
  public var lists: [ListValidation]

  public init(
    name: String, rows: [[CellValue]], columnWidths: [Double] = [], headingRows: Int = 0,
    textColumns: Set<Int> = [], lists: [ListValidation] = []
  ) {
    self.name = name
    self.rows = rows
    self.columnWidths = columnWidths
    self.headingRows = headingRows
    self.textColumns = textColumns
    self.lists = lists
  }

  /// The number of columns: the widest row, or the widths given.
  var width: Int { max(columnWidths.count, rows.reduce(0) { max($0, $1.count) }) }
}

/// The cells of one column, from `firstRow` to `lastRow` (1-based), accept only the values in a
/// range of another sheet (one column, `sourceFirstRow` to `sourceLastRow`): a dropdown list.
public struct ListValidation: Sendable, Equatable {
  public var column: Int
  public var firstRow: Int
  public var lastRow: Int
  public var sourceSheet: String
  public var sourceColumn: Int
  public var sourceFirstRow: Int
  public var sourceLastRow: Int

  public init(
    column: Int, firstRow: Int, lastRow: Int, sourceSheet: String, sourceColumn: Int, sourceFirstRow: Int,
    sourceLastRow: Int
  ) {
    self.column = column
    self.firstRow = firstRow
    self.lastRow = lastRow
    self.sourceSheet = sourceSheet
    self.sourceColumn = sourceColumn
    self.sourceFirstRow = sourceFirstRow
    self.sourceLastRow = sourceLastRow
  }
}
