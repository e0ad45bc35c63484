/// Writes CSV (RFC 4180): cells quoted when they hold the separator, a quote, a line break or
/// surrounding spaces, quotes doubled inside.
///
/// For reports opened in a spreadsheet, `neutraliseFormulas` puts a `'` before cells that a
/// spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR): text from an
/// inventory must never execute. A plain number (`-59477`, `-1234,5`) is not a formula and stays a
/// number. Inventory sheets are written without it, so they read back exactly.
///
/// Output for people goes through a `CSVDialect` (`init(dialect:)`): separator, decimal mark,
/// byte-order mark and line ending; `number(_:)` writes a number in the dialect's form.
public struct CSVWriter: Sendable {
  public enum LineEnding: String, Sendable {
    case lf = "\n"
    case crlf = "\r\n"
  }

  public var separator: Character
  public var neutraliseFormulas: Bool
  /// Start the text with a UTF-8 byte-order mark, which makes Excel read accents right.
  public var byteOrderMark: Bool
  public var lineEnding: LineEnding
  /// The decimal mark `number(_:)` writes.
  public var decimalSeparator: Character = "."
  /// Whether the next row is the first: the byte-order mark goes before it.
  private var atStart = true

  public init(
    separator: Character = ",", neutraliseFormulas: Bool = false, byteOrderMark: Bool = false,
    lineEnding: LineEnding = .crlf
  ) {
    self.separator = separator
    self.neutraliseFormulas = neutraliseFormulas
    self.byteOrderMark = byteOrderMark
    self.lineEnding = lineEnding
  }

  /// A writer for reports and listings in `dialect`, formulas neutralised.
  public init(dialect: CSVDialect) {
    self.init(
      separator: dialect.separator, neutraliseFormulas: true, byteOrderMark: dialect.byteOrderMark,
      lineEnding: dialect.lineEnding)
    decimalSeparator = dialect.decimalSeparator
  }

  /// A number written with a decimal point (`-1234.5`) with this writer's decimal mark (`-1234,5`).
  public func number(_ canonical: String) -> String {
    guard decimalSeparator != "." else { return canonical }
    return String(canonical.map { $0 == "." ? decimalSeparator : $0 })
  }

  /// One record and its line ending; the first row written also carries the byte-order mark when asked.
  public mutating func row(_ cells: [String]) -> String {
    var line = ""
    if atStart && byteOrderMark { line += "\u{FEFF}" }
    atStart = false
    if cells == [""] {
      // One empty cell written bare is an empty line, which readers skip: the record would be lost.
      line += "\"\""
    } else {
      for (index, cell) in cells.enumerated() {
        if index > 0 { line.append(separator) }
        line += self.cell(cell)
      }
    }
    line += lineEnding.rawValue
    return line
  }

  /// A whole document: header then rows.
  public func document(header: [String], rows: [[String]]) -> String {
    var writer = self
    writer.atStart = true
    var text = writer.row(header)
    for row in rows { text += writer.row(row) }
    return text
  }

  /// One cell, neutralised and quoted as needed.
  public func cell(_ text: String) -> String {
    var value = text
    if neutraliseFormulas, let first = value.unicodeScalars.first,
      first == "=" || first == "+" || first == "-" || first == "@" || first == "\t" || first == "\r",
      !CSVWriter.isPlainNumber(value)
    {
      value = "'" + value
    }
    guard needsQuotes(value) else { return value }
    var quoted = "\""
    // Scalars, not characters: a quote followed by a combining mark is still a quote to a CSV reader.
    for scalar in value.unicodeScalars {
      if scalar == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(scalar) }
    }
    quoted += "\""
    return quoted
  }

  /// `-59477`, `-1234,5`, `-0.25`: a minus, digits and at most one decimal mark, which a spreadsheet
  /// reads as a number and never runs.
  static func isPlainNumber(_ value: String) -> Bool {
    var digits = 0
    var marks = 0
    for (position, byte) in value.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "-") where position == 0: continue
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
      case UInt8(ascii: "."), UInt8(ascii: ","):
        guard digits > 0 else { return false }
        marks += 1
      default: return false
      }
    }
    return digits > 0 && marks <= 1 && value.utf8.last.map { $0 >= 48 && $0 <= 57 } == true
  }

  private func needsQuotes(_ value: String) -> Bool {
    guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else { return false }
    if first == " " || last == " " || first == "\t" || last == "\t" || first == "\u{FEFF}" { return true }
    let separatorScalars = separator.unicodeScalars
    for scalar in value.unicodeScalars {
      if scalar == "\"" || scalar == "\n" || scalar == "\r" { return true }
      if separatorScalars.count == 1 && separatorScalars.first == scalar { return true }
    }
    return false
  }
}
