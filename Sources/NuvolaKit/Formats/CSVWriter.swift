/// Writes CSV (RFC 4180): cells quoted when they hold the separator, a quote, a line break or
/// surrounding spaces, quotes doubled inside.
///
/// For reports opened in a spreadsheet, `neutraliseFormulas` puts a `'` before cells that a
/// spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR): text from an
/// inventory must never execute. Inventory sheets are written without it, so they read back exactly.
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
      first == "=" || first == "+" || first == "-" || first == "@" || first == "\t" || first == "\r"
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
