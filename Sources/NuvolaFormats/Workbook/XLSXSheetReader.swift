/// Reads one SpreadsheetML worksheet part (`xl/worksheets/sheetN.xml`) into a sheet of typed cells.
struct XLSXSheetReader {
  let name: String
  let part: String
  let shared: [String]
  let dateStyles: Set<Int>
  let date1904: Bool
  let maxCells: Int
  /// Cells with a value read so far in the workbook (this sheet included).
  var cellCount: Int

  private struct PendingCell {
    var reference: CellReference
    var type: String
    var style: Int
    var value: String?
    var inline: String?
  }

  mutating func read(_ bytes: [UInt8]) throws(FormatError) -> WorkbookSheet {
    var reader = XMLReader(bytes)
    var rows: [WorkbookRow] = []
    var cells: [WorkbookCell] = []
    var rowNumber = 0
    var nextColumn = 1
    var cell: PendingCell?
    var text: String?
    var inInline = false
    var inPhonetic = false
    do throws(FormatError) {
      while let event = try reader.next() {
        switch event {
        case .start(let element):
          switch XLSXReader.local(element.name) {
          case "row":
            let previous = rows.last?.number ?? 0
            if let written = element.attribute("r") {
              guard let number = Int(written), number > previous, number <= CellReference.maxRow else {
                throw located("a row number that is not past the one before (\(written))")
              }
              rowNumber = number
            } else {
              rowNumber = max(previous, rowNumber) + 1
            }
            cells = []
            nextColumn = 1
          case "c":
            var reference = CellReference(row: max(rowNumber, 1), column: nextColumn)
            if let written = element.attribute("r") {
              guard let parsed = CellReference(written) else {
                throw located("a cell reference that is not one (\(written))")
              }
              reference = parsed
            }
            guard reference.column <= CellReference.maxColumn else { throw located("a column past XFD") }
            cell = PendingCell(
              reference: reference, type: element.attribute("t") ?? "n",
              style: element.attribute("s").flatMap { Int($0) } ?? 0)
            nextColumn = reference.column + 1
          case "v" where cell != nil: text = ""
          case "is" where cell != nil: inInline = true; cell?.inline = ""
          case "t" where inInline: text = ""
          case "rPh": inPhonetic = true
          default: break
          }
        case .end(let elementName):
          switch XLSXReader.local(elementName) {
          case "v":
            if let value = text { cell?.value = value }
            text = nil
          case "t" where inInline:
            if let value = text, let previous = cell?.inline { cell?.inline = previous + value } else if let value = text { cell?.inline = value }
            text = nil
          case "is": inInline = false
          case "rPh": inPhonetic = false
          case "c":
            if let pending = cell {
              let value = try self.value(of: pending)
              if value != .empty {
                cellCount += 1
                guard cellCount <= maxCells else {
                  throw FormatError("more than \(maxCells) cells with a value", part: part)
                }
                guard rowNumber > 0, pending.reference.row == rowNumber else {
                  throw located("cell \(pending.reference) is not in its row (\(rowNumber))")
                }
                cells.append(WorkbookCell(column: pending.reference.column, value: value))
              }
            }
            cell = nil
          case "row":
            if !cells.isEmpty { rows.append(WorkbookRow(number: rowNumber, cells: XLSXSheetReader.unique(cells))) }
            cells = []
          default: break
          }
        case .text(let characters):
          if let current = text, !inPhonetic { text = current.isEmpty ? characters : current + characters }
        }
      }
    } catch { throw error.inPart(part) }
    if !cells.isEmpty { rows.append(WorkbookRow(number: rowNumber, cells: XLSXSheetReader.unique(cells))) }
    return WorkbookSheet(name: name, rows: rows)
  }

  /// Cells by column, a column written twice kept once (the last).
  static func unique(_ cells: [WorkbookCell]) -> [WorkbookCell] {
    // Nearly always already in order, each column once.
    if zip(cells, cells.dropFirst()).allSatisfy({ $0.column < $1.column }) { return cells }
    var byColumn: [Int: WorkbookCell] = [:]
    for cell in cells { byColumn[cell.column] = cell }
    return byColumn.values.sorted { $0.column < $1.column }
  }

  private func value(of cell: PendingCell) throws(FormatError) -> CellValue {
    // Only a problem needs the cell's place in words.
    var where_: String { "sheet '\(name)', cell \(cell.reference)" }
    switch cell.type {
    case "inlineStr":
      return (cell.inline ?? cell.value).map { $0.isEmpty ? .empty : .string($0) } ?? .empty
    case "s":
      guard let raw = cell.value else { return .empty }
      guard let index = Int(raw.trimmingSpaces), index >= 0, index < shared.count else {
        throw FormatError("\(where_): a shared string index that is not one (\(raw))", part: part)
      }
      return shared[index].isEmpty ? .empty : .string(shared[index])
    case "str":
      guard let raw = cell.value, !raw.isEmpty else { return .empty }
      return .string(raw)
    case "b":
      guard let raw = cell.value else { return .empty }
      switch raw.trimmingSpaces {
      case "1", "true": return .bool(true)
      case "0", "false": return .bool(false)
      default: throw FormatError("\(where_): a boolean that is not 0 or 1 (\(raw))", part: part)
      }
    case "e":
      return cell.value.map { .error($0) } ?? .empty
    case "d":
      guard let raw = cell.value else { return .empty }
      guard let date = WorkbookDate(iso: raw.trimmingSpaces) else {
        throw FormatError("\(where_): a date that is not ISO 8601 (\(raw))", part: part)
      }
      return .date(date)
    case "n":
      guard let raw = cell.value?.trimmingSpaces, !raw.isEmpty else { return .empty }
      guard let number = Double(raw), number.isFinite else {
        throw FormatError("\(where_): a number that is not one (\(raw))", part: part)
      }
      if dateStyles.contains(cell.style), let date = WorkbookDate(serial: number, date1904: date1904) {
        return .date(date)
      }
      return .number(number)
    default:
      throw FormatError("\(where_): a cell type this reader does not know (\(cell.type))", part: part)
    }
  }

  private func located(_ message: String) -> FormatError {
    FormatError("sheet '\(name)': \(message)", part: part)
  }
}

extension String {
  /// Without leading and trailing spaces, tabs and line ends (no Foundation needed).
  var trimmingSpaces: String {
    // Nearly always nothing to trim: seen on the bytes, without walking the characters.
    let space: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    guard let firstByte = utf8.first, let lastByte = utf8.last else { return self }
    if !space(firstByte) && !space(lastByte) { return self }
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
      return ""
    }
    return String(self[first...last])
  }
}
