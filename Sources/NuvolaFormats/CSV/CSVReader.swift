import Foundation
import NuvolaSupport

/// Reads CSV text (RFC 4180) as spreadsheets write it: quoted cells with `""` escapes, separators
/// and line breaks inside quotes, CRLF or LF, UTF-8 with or without a byte-order mark, and `,`, `;`
/// (Italian spreadsheets) or tab as the separator, detected from the header line.
///
/// The reader never stops at the first problem: it reports every structural problem with its line
/// and column (the 1-based index of the cell), marks the rows concerned, and keeps going, so a user
/// sees all that is wrong with a sheet at once.
public struct CSVReader: Sendable {
  /// The separator to use; nil detects it from the header line.
  public var separator: UInt8?
  /// How many problems are kept; the rest are only counted, so a binary file cannot exhaust memory.
  public var problemLimit: Int

  public init(separator: UInt8? = nil, problemLimit: Int = 1000) {
    self.separator = separator
    self.problemLimit = problemLimit
  }

  /// Parses the bytes of a file. `file` names it in problems. Never throws: problems are in the table.
  public func parse(_ bytes: [UInt8], file: String) -> CSVTable {
    bytes.withUnsafeBufferPointer { parse($0, file: file) }
  }

  public func parse(_ data: Data, file: String) -> CSVTable {
    data.withUnsafeBytes { parse($0.assumingMemoryBound(to: UInt8.self), file: file) }
  }

  /// Parses the bytes and throws the structural problems, if any.
  public func read(_ bytes: [UInt8], file: String) throws(InputError) -> CSVTable {
    let table = parse(bytes, file: file)
    if let error = table.error { throw error }
    return table
  }

  public func parse(_ buffer: UnsafeBufferPointer<UInt8>, file: String) -> CSVTable {
    var start = 0
    if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
    let separator = self.separator ?? CSVReader.detectSeparator(buffer, from: start)
    var parser = CSVParser(
      bytes: buffer, start: start, separator: separator, file: file, limit: max(problemLimit, 1))
    if start == 0, buffer.count >= 2,
      (buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)
    {
      parser.report(
        Diagnostic(
          file: file, line: 1, column: 1, message: "the file is encoded as UTF-16, not UTF-8",
          expected: "a CSV file encoded as UTF-8 (in a spreadsheet: save as \"CSV UTF-8\")"))
      return CSVTable(separator: separator, header: nil, rows: [], problems: parser.problems)
    }
    var header = parser.nextRecord(expectedCells: nil)
    // Spreadsheets write empty cells after the last column (`a;b;c;;;`): they are no columns.
    while let cells = header?.cells, cells.count > 1, let last = cells.last, CSVReader.isBlank(last.text) {
      header?.cells.removeLast()
    }
    var rows: [CSVRow] = []
    if let header {
      parser.columnNames = header.texts
      let expected = header.cells.count
      while var row = parser.nextRecord(expectedCells: expected) {
        // ... and the same empty cells after the last value of each row.
        while row.cells.count > expected, let last = row.cells.last, CSVReader.isBlank(last.text) {
          row.cells.removeLast()
        }
        if row.cells.count != expected && !row.isMalformed {
          let found = row.cells.count
          row.isMalformed = true
          parser.report(
            Diagnostic(
              file: file, line: row.line, column: found > expected ? expected + 1 : found,
              message: found == 1
                ? "the row has 1 cell but the header has \(expected)"
                : "the row has \(found) cells but the header has \(expected)",
              expected: "\(expected) cells separated by \(CSVReader.describe(separator))"),
            namingColumn: false)
        }
        rows.append(row)
      }
    }
    return CSVTable(
      separator: separator, header: header, rows: rows, problems: parser.problems,
      omittedProblems: parser.omitted)
  }

  /// The most frequent of `,`, `;` and tab outside quotes on the first record; `,` when none occurs.
  static func detectSeparator(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt8 {
    var commas = 0
    var semicolons = 0
    var tabs = 0
    var inQuotes = false
    var index = start
    scan: while index < bytes.count {
      switch bytes[index] {
      case CSVReader.quote: inQuotes.toggle()
      case CSVReader.lineFeed, CSVReader.carriageReturn: if !inQuotes { break scan }
      case UInt8(ascii: ","): if !inQuotes { commas += 1 }
      case UInt8(ascii: ";"): if !inQuotes { semicolons += 1 }
      case UInt8(ascii: "\t"): if !inQuotes { tabs += 1 }
      default: break
      }
      index += 1
    }
    if semicolons > commas && semicolons >= tabs { return UInt8(ascii: ";") }
    if tabs > commas && tabs > semicolons { return UInt8(ascii: "\t") }
    return UInt8(ascii: ",")
  }

  /// Whether a cell holds nothing but spaces.
  static func isBlank(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
  }

  /// `','`, `';'` or `tab`, for messages.
  static func describe(_ separator: UInt8) -> String {
    separator == UInt8(ascii: "\t") ? "tab" : "'" + String(UnicodeScalar(separator)) + "'"
  }

  static let quote = UInt8(ascii: "\"")
  public static let lineFeed = UInt8(ascii: "\n")
  public static let carriageReturn = UInt8(ascii: "\r")
}

/// The state of one pass over a CSV buffer.
private struct CSVParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let end: Int
  let separator: UInt8
  let file: String
  let limit: Int
  var index: Int
  var line = 1
  var problems: [Diagnostic] = []
  var omitted = 0
  /// Reused buffer for quoted cells with `""` escapes; other cells are decoded in place.
  var scratch: [UInt8] = []

  init(bytes: UnsafeBufferPointer<UInt8>, start: Int, separator: UInt8, file: String, limit: Int) {
    self.bytes = bytes
    self.end = bytes.count
    self.index = start
    self.separator = separator
    self.file = file
    self.limit = limit
  }

  /// The header's cells, once read: problems in data rows name their column (`assets.csv column ram_gb`).
  var columnNames: [String] = []
  private lazy var sheetName = (file as NSString).lastPathComponent

  mutating func report(_ diagnostic: Diagnostic, namingColumn: Bool = true) {
    guard problems.count < limit else {
      omitted += 1
      return
    }
    var diagnostic = diagnostic
    if namingColumn, diagnostic.path == nil, let column = diagnostic.column,
      columnNames.indices.contains(column - 1)
    {
      diagnostic.path = "\(sheetName) column \(columnNames[column - 1])"
    }
    problems.append(diagnostic)
  }

  /// Consumes LF, CRLF or a lone CR at `index`.
  @inline(__always)
  mutating func consumeLineBreak() {
    if bytes[index] == CSVReader.carriageReturn {
      index += 1
      if index < end && bytes[index] == CSVReader.lineFeed { index += 1 }
    } else {
      index += 1
    }
    line += 1
  }

  /// The next record, nil at the end of the input. Blank lines are skipped.
  mutating func nextRecord(expectedCells: Int?) -> CSVRow? {
    while index < end && (bytes[index] == CSVReader.lineFeed || bytes[index] == CSVReader.carriageReturn) {
      consumeLineBreak()
    }
    guard index < end else { return nil }
    var row = CSVRow(line: line, cells: [])
    row.cells.reserveCapacity(expectedCells ?? 16)
    while true {
      let column = row.cells.count + 1
      let cellLine = line
      var cell: CSVCell
      if index < end && bytes[index] == CSVReader.quote {
        guard let quoted = quotedCell(column: column, malformed: &row.isMalformed) else {
          return row
        }
        cell = quoted
      } else {
        let start = index
        while index < end {
          let byte = bytes[index]
          if byte == separator || byte == CSVReader.lineFeed || byte == CSVReader.carriageReturn { break }
          index += 1
        }
        let text = decode(start..<index, line: cellLine, column: column, malformed: &row.isMalformed)
        cell = CSVCell(text: text, line: cellLine, column: column)
      }
      row.cells.append(cell)
      if index >= end { return row }
      if bytes[index] == separator {
        index += 1
        continue
      }
      consumeLineBreak()
      return row
    }
  }

  /// Reads a quoted cell starting at the opening quote. Returns nil, with the cell appended to
  /// nothing, when the file ends inside the quotes (the problem is reported where the quote opened).
  private mutating func quotedCell(column: Int, malformed: inout Bool) -> CSVCell? {
    let openLine = line
    index += 1
    let contentStart = index
    var segmentStart = index
    var escaped = false
    var closed = false
    while index < end {
      let byte = bytes[index]
      if byte == CSVReader.quote {
        if index + 1 < end && bytes[index + 1] == CSVReader.quote {
          if !escaped { scratch.removeAll(keepingCapacity: true) }
          scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart...index]))
          escaped = true
          index += 2
          segmentStart = index
        } else {
          closed = true
          break
        }
      } else if byte == CSVReader.lineFeed || byte == CSVReader.carriageReturn {
        consumeLineBreak()
      } else {
        index += 1
      }
    }
    let contentEnd = index
    var text: String
    if escaped {
      scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<contentEnd]))
      validate(contentStart..<contentEnd, line: openLine, column: column, malformed: &malformed)
      text = String(decoding: scratch, as: UTF8.self)
    } else {
      text = decode(contentStart..<contentEnd, line: openLine, column: column, malformed: &malformed)
    }
    guard closed else {
      malformed = true
      report(
        Diagnostic(
          file: file, line: openLine, column: column, value: String(text.prefix(40)),
          message: "the quote opened here is never closed: the file ends inside this cell",
          expected: "a closing \" at the end of the cell (a \" inside a quoted cell is written \"\")"))
      return nil
    }
    index += 1
    if index < end {
      let next = bytes[index]
      if next != separator && next != CSVReader.lineFeed && next != CSVReader.carriageReturn {
        malformed = true
        let junkStart = index
        while index < end {
          let byte = bytes[index]
          if byte == separator || byte == CSVReader.lineFeed || byte == CSVReader.carriageReturn { break }
          index += 1
        }
        let junk = String(decoding: UnsafeBufferPointer(rebasing: bytes[junkStart..<index]), as: UTF8.self)
        report(
          Diagnostic(
            file: file, line: line, column: column, value: junk,
            message: "text after the closing quote of a quoted cell",
            expected: "\(CSVReader.describe(separator)) or the end of the line after the closing \" "
              + "(a \" inside a quoted cell is written \"\")"))
        text += junk
      }
    }
    return CSVCell(text: text, line: openLine, column: column, wasQuoted: true)
  }

  /// Decodes a byte range as a cell's text, reporting invalid UTF-8.
  @inline(__always)
  private mutating func decode(_ range: Range<Int>, line: Int, column: Int, malformed: inout Bool) -> String {
    if range.isEmpty { return "" }
    validate(range, line: line, column: column, malformed: &malformed)
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  private mutating func validate(_ range: Range<Int>, line: Int, column: Int, malformed: inout Bool) {
    guard let offset = UTF8Validator.firstInvalidOffset(bytes, in: range) else { return }
    malformed = true
    // A quoted cell can span lines: count the line breaks before the bad byte.
    var badLine = line
    var position = range.lowerBound
    while position < offset {
      let byte = bytes[position]
      if byte == CSVReader.lineFeed {
        badLine += 1
      } else if byte == CSVReader.carriageReturn {
        if position + 1 >= offset || bytes[position + 1] != CSVReader.lineFeed { badLine += 1 }
      }
      position += 1
    }
    report(
      Diagnostic(
        file: file, line: badLine, column: column,
        message: "invalid UTF-8: byte \(UTF8Validator.hex(bytes[offset])) at byte offset \(offset)",
        expected: "text encoded as UTF-8 (in a spreadsheet: save as \"CSV UTF-8\")"))
  }
}
