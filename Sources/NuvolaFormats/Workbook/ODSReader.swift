/// Reads an OpenDocument spreadsheet's `content.xml`: each `table:table` a sheet, its
/// `table:table-row`s and `table:table-cell`s (repeats expanded, within the cell limit), typed by
/// `office:value-type`, text from `text:p` with `text:s` spaces, `text:tab` and `text:line-break`.
struct ODSReader {
  let archive: ZipArchive
  let limits: WorkbookLimits

  private struct PendingCell {
    var type: String?
    var value: String?
    var repeated: Int
    var paragraphs: [String] = []
  }

  func read() throws(FormatError) -> Workbook {
    let part = "content.xml"
    guard let bytes = try archive.contents(named: part) else {
      throw FormatError("an OpenDocument file without content.xml")
    }
    var reader = XMLReader(bytes)
    var sheets: [WorkbookSheet] = []
    var sheetName: String?
    var rows: [WorkbookRow] = []
    var rowCells: [WorkbookCell] = []
    var rowNumber = 0
    var rowRepeat = 1
    var column = 1
    var cell: PendingCell?
    var paragraph: String?
    var cellCount = 0
    var tableDepth = 0
    var covered = false
    do throws(FormatError) {
      while let event = try reader.next() {
        switch event {
        case .start(let element):
          switch element.name {
          case "table:table":
            tableDepth += 1
            guard tableDepth == 1 else { throw FormatError("a table inside a table", part: part) }
            sheetName = element.attribute("table:name") ?? "Sheet\(sheets.count + 1)"
            guard sheets.count < limits.maxSheets else {
              throw FormatError("more than \(limits.maxSheets) sheets", part: part)
            }
            rows = []
            rowNumber = 0
          case "table:table-row" where sheetName != nil:
            rowRepeat = try ODSReader.count(element.attribute("table:number-rows-repeated"), part: part)
            rowCells = []
            column = 1
          case "table:table-cell" where sheetName != nil, "table:covered-table-cell" where sheetName != nil:
            covered = element.name == "table:covered-table-cell"
            cell = PendingCell(
              type: element.attribute("office:value-type"),
              value: ODSReader.value(of: element),
              repeated: try ODSReader.count(element.attribute("table:number-columns-repeated"), part: part))
          case "text:p" where cell != nil, "text:h" where cell != nil:
            paragraph = ""
          case "text:s" where paragraph != nil:
            let spaces = try ODSReader.count(element.attribute("text:c"), part: part)
            guard spaces <= 1000 else { throw FormatError("more than 1000 spaces in text:s", part: part) }
            paragraph! += String(repeating: " ", count: spaces)
          case "text:tab" where paragraph != nil: paragraph! += "\t"
          case "text:line-break" where paragraph != nil: paragraph! += "\n"
          default: break
          }
        case .end(let name):
          switch name {
          case "text:p", "text:h":
            if let text = paragraph { cell?.paragraphs.append(text) }
            paragraph = nil
          case "table:table-cell", "table:covered-table-cell":
            guard let pending = cell else { break }
            let value: CellValue
            do throws(FormatError) {
              value = covered ? .empty : try ODSReader.value(of: pending, part: part)
            } catch {
              let reference = CellReference(row: rowNumber + 1, column: column)
              throw FormatError("sheet '\(sheetName ?? "")', cell \(reference): \(error.message)", part: part)
            }
            if value != .empty {
              guard column + pending.repeated - 1 <= CellReference.maxColumn else {
                throw FormatError("sheet '\(sheetName ?? "")': a row wider than \(CellReference.maxColumn) columns", part: part)
              }
              cellCount += pending.repeated * rowRepeat
              guard cellCount <= limits.maxCells else {
                throw FormatError("more than \(limits.maxCells) cells with a value", part: part)
              }
              for offset in 0..<pending.repeated { rowCells.append(WorkbookCell(column: column + offset, value: value)) }
            }
            column += pending.repeated
            cell = nil
          case "table:table-row":
            guard sheetName != nil else { break }
            if !rowCells.isEmpty {
              guard rowNumber + rowRepeat <= CellReference.maxRow else {
                throw FormatError("sheet '\(sheetName ?? "")': more than \(CellReference.maxRow) rows", part: part)
              }
              for offset in 1...rowRepeat { rows.append(WorkbookRow(number: rowNumber + offset, cells: rowCells)) }
            }
            rowNumber += rowRepeat
            rowCells = []
            rowRepeat = 1
          case "table:table":
            tableDepth -= 1
            if let name = sheetName { sheets.append(WorkbookSheet(name: name, rows: rows)) }
            sheetName = nil
          default: break
          }
        case .text(let text):
          if paragraph != nil { paragraph! += text }
        }
      }
    } catch { throw error.inPart(part) }
    return Workbook(sheets: sheets)
  }

  /// A repeat count: absent is 1, otherwise a positive whole number.
  static func count(_ text: String?, part: String) throws(FormatError) -> Int {
    guard let text else { return 1 }
    guard let number = Int(text), number >= 1, number <= CellReference.maxRow else {
      throw FormatError("a repeat count that is not a whole number from 1 to \(CellReference.maxRow) (\(text))", part: part)
    }
    return number
  }

  private static func value(of element: XMLElement) -> String? {
    switch element.attribute("office:value-type") {
    case "date": return element.attribute("office:date-value")
    case "boolean": return element.attribute("office:boolean-value")
    case "string": return element.attribute("office:string-value")
    default: return element.attribute("office:value")
    }
  }

  private static func value(of cell: PendingCell, part: String) throws(FormatError) -> CellValue {
    let text = cell.paragraphs.joined(separator: "\n")
    switch cell.type {
    case nil:
      return text.isEmpty ? .empty : .string(text)
    case "string":
      let string = cell.value ?? text
      return string.isEmpty ? .empty : .string(string)
    case "float", "percentage", "currency":
      guard let raw = cell.value, let number = Double(raw.trimmingSpaces), number.isFinite else {
        throw FormatError("a number that is not one (\(cell.value ?? ""))", part: part)
      }
      return .number(number)
    case "boolean":
      switch cell.value?.lowercased() {
      case "true": return .bool(true)
      case "false": return .bool(false)
      default: throw FormatError("a boolean that is not true or false (\(cell.value ?? ""))", part: part)
      }
    case "date":
      guard let raw = cell.value, let date = WorkbookDate(iso: raw) else {
        throw FormatError("a date that is not ISO 8601 (\(cell.value ?? ""))", part: part)
      }
      return .date(date)
    case "time":
      return text.isEmpty ? .string(cell.value ?? "") : .string(text)
    default:
      throw FormatError("a value type this reader does not know (\(cell.type ?? ""))", part: part)
    }
  }
}
