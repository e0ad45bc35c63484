import NuvolaSupport

/// A CSV file as read by `CSVReader`: the header, the data rows, and the problems found in the
/// file's structure. Every cell remembers where it was, so later checks can point at it.
public struct CSVTable: Sendable, Equatable {
  /// The separator used by the file (`,`, `;` or tab).
  public var separator: UInt8
  /// The first record; nil when the file holds no record at all.
  public var header: CSVRow?
  /// The records after the header. Rows with structural problems are kept, marked `isMalformed`.
  public var rows: [CSVRow]
  /// Structural problems (quotes, encoding, number of cells), in file order, up to the reader's limit.
  public var problems: [Diagnostic]
  /// Problems found past the limit, counted but not kept.
  public var omittedProblems: Int

  public init(
    separator: UInt8, header: CSVRow?, rows: [CSVRow], problems: [Diagnostic] = [], omittedProblems: Int = 0
  ) {
    self.separator = separator
    self.header = header
    self.rows = rows
    self.problems = problems
    self.omittedProblems = omittedProblems
  }

  /// The problems as an error, nil when the file is well formed.
  public var error: InputError? {
    problems.isEmpty ? nil : InputError(problems, omitted: omittedProblems)
  }
}

/// One record of a CSV file.
public struct CSVRow: Sendable, Equatable {
  /// Line where the record starts (1-based).
  public var line: Int
  public var cells: [CSVCell]
  /// The record has a structural problem (reported in the table's problems); its cells are unreliable.
  public var isMalformed: Bool

  public init(line: Int, cells: [CSVCell], isMalformed: Bool = false) {
    self.line = line
    self.cells = cells
    self.isMalformed = isMalformed
  }

  /// The texts of the cells.
  public var texts: [String] { cells.map(\.text) }
}

/// One cell of a CSV file with its position.
public struct CSVCell: Sendable, Equatable {
  /// The content, quotes removed and `""` read as `"`; untrimmed.
  public var text: String
  /// Line where the cell starts (1-based).
  public var line: Int
  /// Index of the cell in its record (1-based).
  public var column: Int
  public var wasQuoted: Bool

  public init(text: String, line: Int, column: Int, wasQuoted: Bool = false) {
    self.text = text
    self.line = line
    self.column = column
    self.wasQuoted = wasQuoted
  }
}
