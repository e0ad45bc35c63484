import Foundation
import NuvolaAwards
import NuvolaFormats
import NuvolaRules
import NuvolaSupport

/// Reads the files PA digitale 2026 publishes of funded candidature (`candidature_finanziate_*.csv`,
/// `candidature_comuni_finanziate.csv`, and their `.json` twins: an array of objects with the same
/// field names, or an object holding that array). Columns are read by name, extra ones ignored;
/// only comuni rows (`tipologia_ente` Comune or Comuni) are kept and resolved to the register.
///
/// Bad input (a truncated file, a missing column, an amount that is not a number, an unknown state
/// letter or call, a bad date) is an `InputError` listing every problem with file, line, column,
/// value and what was expected. Rows that resolve to no comune are returned as `unresolved`.
///
/// The data date is `dataDate` when given; else the most recent `data_stato_candidatura` or
/// `data_finanziamento` of the file's comuni rows, labelled as such.
public struct AwardFileReader: Sendable {
  public var register: Register
  public var dataDate: Day?

  public init(register: Register = .shipped, dataDate: Day? = nil) {
    self.register = register
    self.dataDate = dataDate
  }

  /// Reads a file's bytes; `file` names it in problems and (its last component) in the source.
  public func read(_ data: Data, file: String) throws(InputError) -> AwardFile {
    let firstByte = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
    let rows: [AwardRow]
    let rowsRead: Int
    if firstByte == UInt8(ascii: "[") || firstByte == UInt8(ascii: "{") {
      (rows, rowsRead) = try AwardFileReader.jsonRows(data, file: file)
    } else {
      (rows, rowsRead) = try AwardFileReader.csvRows(data, file: file)
    }
    var decoder = AwardRowDecoder(
      file: file, resolver: AwardResolver(register: register))
    for row in rows { decoder.decode(row) }
    try decoder.problems.check()
    return decoder.file(rowsRead: rowsRead, dataDate: dataDate)
  }

  // MARK: CSV

  static func csvRows(_ data: Data, file: String) throws(InputError) -> ([AwardRow], Int) {
    let table = CSVReader().parse(data, file: file)
    if let error = table.error { throw error }
    guard let header = table.header else {
      throw InputError(
        Diagnostic(
          file: file, line: 1, message: "the file is empty",
          expected: "a header with the columns \(AwardColumn.requiredNames)"))
    }
    var positions = [Int?](repeating: nil, count: AwardColumn.allCases.count)
    for (index, cell) in header.cells.enumerated() {
      let name = FieldDecoder.trimmed(cell.text).lowercased()
      if let column = AwardColumn.byName[name], positions[column.rawValue] == nil {
        positions[column.rawValue] = index
      }
    }
    var problems = DiagnosticList()
    for column in AwardColumn.allCases where column.isRequired && positions[column.rawValue] == nil {
      problems.append(
        Diagnostic(
          file: file, line: header.line, path: "header", value: column.name,
          message: "missing column \(column.name)",
          expected: "a header with the columns \(AwardColumn.requiredNames)"))
    }
    try problems.check()
    let columns = positions.map { $0.map { $0 + 1 } }
    let rows = table.rows.map { row in
      AwardRow(
        line: row.line, cells: positions.map { $0.map { row.cells[$0].text } }, columns: columns, path: nil)
    }
    return (rows, table.rows.count)
  }

  // MARK: JSON

  static func jsonRows(_ data: Data, file: String) throws(InputError) -> ([AwardRow], Int) {
    let root = try JSONParser().parse(data, file: file)
    var array: [JSONNode]
    var arrayPath = "$"
    switch root.value {
    case .array(let items):
      array = items
    case .object(let members):
      let arrays = members.filter {
        if case .array = $0.value.value { return true }
        return false
      }
      guard arrays.count == 1, case .array(let items) = arrays[0].value.value else {
        throw InputError(
          Diagnostic(
            file: file, line: root.line, column: root.column, path: "$", value: root.displayText,
            message: "an object without exactly one array of candidature",
            expected: "an array of objects with the fields \(AwardColumn.requiredNames)"))
      }
      array = items
      arrayPath = JSONPath.root.appending(arrays[0].key).description
    default:
      throw InputError(
        Diagnostic(
          file: file, line: root.line, column: root.column, path: "$", value: root.displayText,
          message: "not an array of candidature",
          expected: "an array of objects with the fields \(AwardColumn.requiredNames)"))
    }
    var problems = DiagnosticList()
    var rows: [AwardRow] = []
    rows.reserveCapacity(array.count)
    let noColumns = [Int?](repeating: nil, count: AwardColumn.allCases.count)
    for (index, item) in array.enumerated() {
      let path = "\(arrayPath)[\(index)]"
      guard case .object(let members) = item.value else {
        problems.append(
          Diagnostic(
            file: file, line: item.line, column: item.column, path: path, value: item.displayText,
            message: "\(item.kindDescription), not a candidatura", expected: "an object"))
        continue
      }
      var cells = [String?](repeating: nil, count: AwardColumn.allCases.count)
      for member in members {
        guard let column = AwardColumn.byName[member.key.lowercased()] else { continue }
        switch member.value.value {
        case .string(let text): cells[column.rawValue] = text
        case .number(let literal): cells[column.rawValue] = literal
        case .null: cells[column.rawValue] = ""
        default:
          problems.append(
            Diagnostic(
              file: file, line: member.value.line, column: member.value.column,
              path: "\(path).\(member.key)", value: member.value.displayText,
              message: "\(member.value.kindDescription) in \(member.key)",
              expected: "a string, a number or null"))
        }
      }
      // Rows of other kinds of ente are left out before their fields are asked for, as in CSV.
      let kind = FieldDecoder.trimmed(cells[AwardColumn.tipologiaEnte.rawValue] ?? "").lowercased()
      if cells[AwardColumn.tipologiaEnte.rawValue] != nil, kind != "comune", kind != "comuni" { continue }
      for column in AwardColumn.allCases where column.isRequired && cells[column.rawValue] == nil {
        problems.append(
          Diagnostic(
            file: file, line: item.line, column: item.column, path: path, value: column.name,
            message: "missing field \(column.name)",
            expected: "objects with the fields \(AwardColumn.requiredNames)"))
      }
      rows.append(AwardRow(line: item.line, cells: cells, columns: noColumns, path: path))
    }
    try problems.check()
    return (rows, array.count)
  }
}
