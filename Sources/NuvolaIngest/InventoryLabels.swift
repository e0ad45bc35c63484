import Foundation
import NuvolaModel
import NuvolaSupport

/// The Italian face of the inventory schema (`Resources/inventory/inventory-labels.json`): the sheet
/// of each record type with its title and the other names accepted for it (`Siti`, `Applicativi`,
/// `Connettività`...), and for every field its Italian column header, the other headers accepted
/// on import, an explanation and an example, as the template workbook shows them.
///
/// Names are compared folded (`InventoryLabels.key`): lowercase, accents and punctuation removed,
/// so `Connettività`, `connettivita` and `CONNETTIVITA'` are one sheet, `RAM (GB)` and `ram_gb` one column.
public struct InventoryLabels: Sendable {
  /// One record type's sheet.
  public struct Sheet: Sendable, Decodable {
    public var type: String
    public var title: String
    public var aliases: [String]
    public var help: Text
  }

  /// One field's column.
  public struct Column: Sendable, Decodable {
    public var name: String
    public var header: String
    public var aliases: [String]
    public var example: String
    public var help: Text
  }

  public struct Text: Sendable, Decodable {
    public var it: String
    public var en: String

    public func text(_ language: Language) -> String { language == .it ? it : en }
  }

  struct File: Decodable {
    var explanation_marker: String
    var readme_sheet: String
    var lists_sheet: String
    var ignored_sheets: [String]
    var readme: [String: [String]]
    var sheets: [Sheet]
    var fields: [String: [Column]]
  }

  /// Starts every non-empty cell of the explanation row under a header; such a row is skipped.
  public let explanationMarker: String
  /// The template's sheet of instructions, and the one holding the dropdown lists.
  public let readmeSheet: String
  public let listsSheet: String
  /// The lines of the readme sheet, by language code.
  private let readme: [String: [String]]
  /// Sheets in the order a real audit fills them (the template's order).
  public let sheets: [Sheet]
  private let columnsByType: [RecordType: [Column]]
  private let typeBySheetKey: [String: RecordType]
  private let ignoredSheetKeys: Set<String>
  private let positionByHeaderKey: [RecordType: [String: Int]]

  init(json data: Data) throws {
    let file = try JSONDecoder().decode(File.self, from: data)
    explanationMarker = file.explanation_marker
    readmeSheet = file.readme_sheet
    listsSheet = file.lists_sheet
    sheets = file.sheets
    readme = file.readme
    var columnsByType: [RecordType: [Column]] = [:]
    var typeBySheetKey: [String: RecordType] = [:]
    var positions: [RecordType: [String: Int]] = [:]
    for sheet in file.sheets {
      guard let type = RecordType(rawValue: sheet.type) else {
        throw LabelsError("unknown type \(sheet.type)")
      }
      for name in [sheet.title, type.plural, type.rawValue] + sheet.aliases {
        if let other = typeBySheetKey[InventoryLabels.key(name)], other != type {
          throw LabelsError("sheet name \(name) given to \(other) and \(type)")
        }
        typeBySheetKey[InventoryLabels.key(name)] = type
      }
      let names = InventoryLabels.fieldNames(type)
      let columns = file.fields[type.rawValue] ?? []
      guard columns.map(\.name) == names else {
        throw LabelsError("the fields of \(type) are not the schema's")
      }
      columnsByType[type] = columns
      var index: [String: Int] = [:]
      for (position, column) in columns.enumerated() {
        for header in [column.name, column.header] + column.aliases {
          let key = InventoryLabels.key(header)
          if let other = index[key], other != position {
            throw LabelsError("header \(header) given to \(names[other]) and \(column.name)")
          }
          index[key] = position
        }
      }
      positions[type] = index
    }
    guard columnsByType.count == RecordType.allCases.count else {
      throw LabelsError("a record type has no sheet")
    }
    self.columnsByType = columnsByType
    self.typeBySheetKey = typeBySheetKey
    positionByHeaderKey = positions
    ignoredSheetKeys = Set(
      (file.ignored_sheets + [file.readme_sheet, file.lists_sheet]).map(InventoryLabels.key))
  }

  struct LabelsError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }

  /// The labels shipped with Nuvola, read once.
  public static let shipped: InventoryLabels = {
    guard
      let url = Bundle.module.url(
        forResource: "inventory-labels", withExtension: "json", subdirectory: "inventory")
        ?? Bundle.module.url(forResource: "inventory/inventory-labels", withExtension: "json"),
      let data = try? Data(contentsOf: url)
    else {
      fatalError("Nuvola's inventory labels resource is missing; reinstall Nuvola")
    }
    do {
      return try InventoryLabels(json: data)
    } catch {
      fatalError("Nuvola's inventory labels resource is damaged (\(error)); reinstall Nuvola")
    }
  }()

  /// The lines of the template's readme sheet.
  public func readme(_ language: Language) -> [String] { readme[language.rawValue] ?? readme["it"] ?? [] }

  /// The columns of a record type, in schema order.
  public func columns(_ type: RecordType) -> [Column] { columnsByType[type] ?? [] }

  /// The sheet of a record type.
  public func sheet(_ type: RecordType) -> Sheet? { sheets.first { $0.type == type.rawValue } }

  /// The record type a sheet (or CSV file without its extension) of this name holds, nil for none.
  public func recordType(sheet name: String) -> RecordType? { typeBySheetKey[InventoryLabels.key(name)] }

  /// Whether a sheet of this name holds no records by design (instructions, lists of values).
  public func isIgnored(sheet name: String) -> Bool { ignoredSheetKeys.contains(InventoryLabels.key(name)) }

  /// The field position (in the record type's field table) a column header names, nil for none.
  public func position(_ type: RecordType, header: String) -> Int? {
    positionByHeaderKey[type]?[InventoryLabels.key(header)]
  }

  /// The names a sheet of this type is known by, for messages: `Siti (sites)`.
  func sheetList() -> String {
    sheets.map { "\($0.title) (\(RecordType(rawValue: $0.type)?.plural ?? $0.type))" }.joined(separator: ", ")
  }

  /// A name folded for matching: lowercase, accents removed, only letters, digits and single spaces.
  public static func key(_ text: String) -> String { ForeignSheet.key(text) }

  static func fieldNames(_ type: RecordType) -> [String] { FieldTable.of(type).names }
}
