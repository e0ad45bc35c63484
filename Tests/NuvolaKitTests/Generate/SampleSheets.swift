import Foundation
import NuvolaModel
import NuvolaSupport

/// A deliberately small reader of the sample CSV sheets (comma-separated, RFC 4180 quoting), so that
/// the samples are checked by the tests that ship them, independently of the real CSV reader.
enum SampleSheets {
  /// Rows of cells; quoted cells may hold commas, doubled quotes and line breaks.
  static func rows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var cell = ""
    var quoted = false
    var characters = Array(text)
    if characters.first == "\u{FEFF}" { characters.removeFirst() }
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if quoted {
        if character == "\"" {
          if index + 1 < characters.count, characters[index + 1] == "\"" {
            cell.append("\"")
            index += 1
          } else {
            quoted = false
          }
        } else {
          cell.append(character)
        }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        row.append(cell)
        cell = ""
      } else if character.isNewline {
        row.append(cell)
        rows.append(row)
        row = []
        cell = ""
      } else {
        cell.append(character)
      }
      index += 1
    }
    if !cell.isEmpty || !row.isEmpty {
      row.append(cell)
      rows.append(row)
    }
    return rows
  }

  /// The records of a sheet, built field by field from `blank`; problems name the line and column.
  static func records<Record: InventoryRecord>(_ text: String, as type: Record.Type) -> ([Record], [String]) {
    let table = rows(text)
    guard let header = table.first else { return ([], ["\(type.recordType.sheetName): empty"]) }
    var problems: [String] = []
    if header != Record.fields.map(\.name) {
      problems.append("\(type.recordType.sheetName): header \(header)")
    }
    var records: [Record] = []
    for (number, row) in table.dropFirst().enumerated() {
      var record = Record.blank
      for (column, cell) in row.enumerated() where column < header.count {
        guard let field = Record.fields.first(where: { $0.name == header[column] }) else { continue }
        if let value = value(cell, field: field) {
          field.set(&record, value)
        } else {
          problems.append("\(type.recordType.sheetName) line \(number + 2) \(field.name): \"\(cell)\"")
        }
      }
      records.append(record)
    }
    return (records, problems)
  }

  static func value<Record>(_ cell: String, field: Field<Record>) -> FieldValue? {
    if cell.isEmpty { return .unknown }
    switch field.kind {
    case .identifier, .text, .reference: return .text(cell)
    case .integer: return Int(cell).map(FieldValue.integer)
    case .decimal: return Double(cell.replacingOccurrences(of: ",", with: ".")).map(FieldValue.decimal)
    case .money: return Money(parsing: cell).map(FieldValue.money)
    case .day: return Day(parsing: cell).map(FieldValue.day)
    case .flag:
      switch cell.lowercased() {
      case "si", "yes", "true", "1": return .flag(true)
      case "no", "false", "0": return .flag(false)
      default: return nil
      }
    case .choice: return field.canonicalCode?(cell).map(FieldValue.text)
    case .references: return .list(cell.split(separator: "|").map(String.init))
    }
  }
}
