import NuvolaFormats
import NuvolaModel
import NuvolaSupport

/// The inventory as a workbook an IT manager fills in (`nuvola template`): a readme sheet, then one
/// sheet per record type in the order of an audit, each with the Italian column headers, a row
/// explaining every column with an example (marked, skipped on import), dropdown lists for every
/// code and yes/no column, and a sheet of the allowed values. Given an inventory, its records fill
/// the sheets: reading the workbook back gives the same inventory.
public enum InventoryTemplate {
  /// Rows under the headings that carry the dropdown lists, past the records.
  static let validatedRows = 500

  /// The workbook file.
  public static func workbook(
    format: Workbook.Format, filledWith inventory: Inventory? = nil, language: Language = .it
  ) throws(FormatError) -> [UInt8] {
    try WorkbookWriter.write(sheets(filledWith: inventory, language: language), format: format)
  }

  /// The sheets, readme first and allowed values last.
  public static func sheets(filledWith inventory: Inventory? = nil, language: Language = .it)
    -> [WritableSheet]
  {
    let labels = InventoryLabels.shipped
    var lists: [(title: String, values: [String])] = []
    var sheets = [readme(labels, language: language)]
    for sheet in labels.sheets {
      guard let type = RecordType(rawValue: sheet.type) else { continue }
      let rows: [[FieldValue]]
      switch type {
      case .comune: rows = inventory.map { [values($0.comune)] } ?? []
      case .site: rows = (inventory?.sites ?? []).map(values)
      case .asset: rows = (inventory?.assets ?? []).map(values)
      case .application: rows = (inventory?.applications ?? []).map(values)
      case .link: rows = (inventory?.links ?? []).map(values)
      }
      sheets.append(
        recordSheet(
          type, title: sheet.title, records: rows, labels: labels, language: language, lists: &lists))
    }
    sheets.append(listsSheet(lists, name: labels.listsSheet))
    return sheets
  }

  static func values<R: InventoryRecord>(_ record: R) -> [FieldValue] { R.fields.map { $0.get(record) } }

  static func readme(_ labels: InventoryLabels, language: Language) -> WritableSheet {
    var rows: [[CellValue]] = labels.readme(language).map { [$0.isEmpty ? .empty : .string($0)] }
    rows.append([])
    for sheet in labels.sheets {
      rows.append([.string(sheet.title), .string(sheet.help.text(language))])
    }
    return WritableSheet(name: labels.readmeSheet, rows: rows, columnWidths: [30, 120], headingRows: 1)
  }

  static func recordSheet(
    _ type: RecordType, title: String, records: [[FieldValue]], labels: InventoryLabels, language: Language,
    lists: inout [(title: String, values: [String])]
  ) -> WritableSheet {
    let columns = labels.columns(type)
    let kinds = FieldTable.of(type).kinds
    let example = language == .it ? "Es.:" : "E.g.:"
    let marker = labels.explanationMarker
    var header: [CellValue] = []
    var explanation: [CellValue] = []
    var widths: [Double] = []
    var textColumns: Set<Int> = []
    var validations: [ListValidation] = []
    let lastRow = 2 + records.count + validatedRows
    for (index, column) in columns.enumerated() {
      header.append(.string(column.header))
      var help = "\(marker) \(column.help.text(language))"
      if !column.example.isEmpty { help += ". \(example) \(column.example)" }
      explanation.append(.string(help + " [\(column.name)]"))
      widths.append(min(40, max(14, Double(column.header.count) + 2)))
      let kind = kinds[index]
      var allowed: [String]?
      switch kind {
      case .identifier, .text, .reference, .references: textColumns.insert(index + 1)
      case .choice(let codes):
        textColumns.insert(index + 1)
        allowed = codes
      case .flag: allowed = language == .it ? ["sì", "no"] : ["yes", "no"]
      default: break
      }
      if let allowed {
        lists.append(("\(title): \(column.header)", allowed))
        validations.append(
          ListValidation(
            column: index + 1, firstRow: 3, lastRow: lastRow, sourceSheet: labels.listsSheet,
            sourceColumn: lists.count, sourceFirstRow: 2, sourceLastRow: 1 + allowed.count))
      }
    }
    var rows = [header, explanation]
    for record in records {
      rows.append(zip(record, kinds).map { cell($0, kind: $1) })
    }
    return WritableSheet(
      name: title, rows: rows, columnWidths: widths, headingRows: 2, textColumns: textColumns,
      lists: validations)
  }

  /// A field's value as a typed cell: numbers as numbers, days as dates, the rest as the text the
  /// CSV sheets hold (flags `sì`/`no`, lists joined with `|`).
  static func cell(_ value: FieldValue, kind: FieldKind) -> CellValue {
    switch value {
    case .unknown: return .empty
    case .integer(let number): return .number(Double(number))
    case .decimal(let number): return .number(number)
    case .money(let money): return .number(money.euros)
    case .day(let day): return .date(WorkbookDate(year: day.year, month: day.month, day: day.day))
    case .flag(let flag): return .string(flag ? "sì" : "no")
    case .text, .list: return .string(value.cellText)
    }
  }

  static func listsSheet(_ lists: [(title: String, values: [String])], name: String) -> WritableSheet {
    let height = lists.reduce(0) { max($0, $1.values.count) }
    var rows: [[CellValue]] = [lists.map { .string($0.title) }]
    for index in 0..<height {
      rows.append(lists.map { index < $0.values.count ? .string($0.values[index]) : .empty })
    }
    return WritableSheet(
      name: name, rows: rows, columnWidths: Array(repeating: 24, count: lists.count), headingRows: 1)
  }
}
