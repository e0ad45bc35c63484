/// Reads the SpreadsheetML parts of an `.xlsx` archive: the workbook's sheet list and relationships,
/// the shared strings, the styles (to tell dates from numbers) and each sheet's cells.
struct XLSXReader {
  let archive: ZipArchive
  let limits: WorkbookLimits

  func read() throws(FormatError) -> Workbook {
    let workbookPart = "xl/workbook.xml"
    guard let workbookBytes = try archive.contents(named: workbookPart) else {
      throw FormatError("neither a SpreadsheetML workbook (xl/workbook.xml) nor an OpenDocument spreadsheet")
    }
    var sheetList: [(name: String, id: String)] = []
    var date1904 = false
    try XLSXReader.each(workbookBytes, part: workbookPart) { (element: XMLElement) throws(FormatError) in
      switch XLSXReader.local(element.name) {
      case "sheet":
        guard let name = element.attribute("name"), let id = XLSXReader.relationshipID(element) else {
          throw FormatError("a sheet without a name or relationship id", part: workbookPart)
        }
        sheetList.append((name, id))
      case "workbookPr":
        let flag = element.attribute("date1904")
        date1904 = flag == "1" || flag == "true"
      default: break
      }
    }
    guard sheetList.count <= limits.maxSheets else {
      throw FormatError("more than \(limits.maxSheets) sheets", part: workbookPart)
    }
    let targets = try relationships()
    let shared = try sharedStrings()
    let dateStyles = try dateStyleIndexes()
    var cellCount = 0
    var sheets: [WorkbookSheet] = []
    for (name, id) in sheetList {
      guard let target = targets[id] else {
        throw FormatError("sheet '\(name)' names a relationship (\(id)) the workbook does not have", part: workbookPart)
      }
      let part = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
      guard let bytes = try archive.contents(named: part) else {
        throw FormatError("sheet '\(name)' is missing (\(part))")
      }
      var reader = XLSXSheetReader(
        name: name, part: part, shared: shared, dateStyles: dateStyles, date1904: date1904,
        maxCells: limits.maxCells, cellCount: cellCount)
      sheets.append(try reader.read(bytes))
      cellCount = reader.cellCount
    }
    return Workbook(sheets: sheets)
  }

  /// Relationship id to target, from xl/_rels/workbook.xml.rels.
  private func relationships() throws(FormatError) -> [String: String] {
    let part = "xl/_rels/workbook.xml.rels"
    guard let bytes = try archive.contents(named: part) else { return [:] }
    var targets: [String: String] = [:]
    try XLSXReader.each(bytes, part: part) { (element: XMLElement) throws(FormatError) in
      if XLSXReader.local(element.name) == "Relationship", let id = element.attribute("Id"),
        let target = element.attribute("Target")
      {
        targets[id] = target
      }
    }
    return targets
  }

  private func sharedStrings() throws(FormatError) -> [String] {
    let part = "xl/sharedStrings.xml"
    guard let bytes = try archive.contents(named: part) else { return [] }
    var reader = XMLReader(bytes)
    var strings: [String] = []
    var current = ""
    var inText = false
    var inPhonetic = false
    do throws(FormatError) {
      while let event = try reader.next() {
        switch event {
        case .start(let element):
          switch XLSXReader.local(element.name) {
          case "si": current = ""
          case "t": inText = true
          case "rPh": inPhonetic = true
          default: break
          }
        case .end(let name):
          switch XLSXReader.local(name) {
          case "si": strings.append(current)
          case "t": inText = false
          case "rPh": inPhonetic = false
          default: break
          }
        case .text(let text):
          if inText && !inPhonetic { current += text }
        }
      }
    } catch { throw error.inPart(part) }
    return strings
  }

  /// The indexes in cellXfs whose number format shows a date.
  private func dateStyleIndexes() throws(FormatError) -> Set<Int> {
    let part = "xl/styles.xml"
    guard let bytes = try archive.contents(named: part) else { return [] }
    var customDates: Set<Int> = []
    var inCellXfs = false
    var index = 0
    var dates: Set<Int> = []
    var reader = XMLReader(bytes)
    do throws(FormatError) {
      while let event = try reader.next() {
        switch event {
        case .start(let element):
          switch XLSXReader.local(element.name) {
          case "numFmt":
            if let id = element.attribute("numFmtId").flatMap({ Int($0) }),
              let code = element.attribute("formatCode"), XLSXReader.isDateFormat(code)
            {
              customDates.insert(id)
            }
          case "cellXfs": inCellXfs = true
          case "xf" where inCellXfs:
            let id = element.attribute("numFmtId").flatMap { Int($0) } ?? 0
            if (14...22).contains(id) || (45...47).contains(id) || customDates.contains(id) { dates.insert(index) }
            index += 1
          default: break
          }
        case .end(let name):
          if XLSXReader.local(name) == "cellXfs" { inCellXfs = false }
        case .text: break
        }
      }
    } catch { throw error.inPart(part) }
    return dates
  }

  /// A format code shows a date when it has d, m, y (or h, s) outside quotes and brackets.
  static func isDateFormat(_ code: String) -> Bool {
    var quoted = false
    var bracket = false
    var escaped = false
    for character in code.lowercased() {
      if escaped { escaped = false; continue }
      switch character {
      case "\\": escaped = true
      case "\"": quoted.toggle()
      case "[" where !quoted: bracket = true
      case "]" where !quoted: bracket = false
      case "d", "m", "y", "h", "s": if !quoted && !bracket { return true }
      default: break
      }
    }
    return false
  }

  static func local(_ name: String) -> Substring {
    guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return Substring(name) }
    return name[name.utf8.index(after: colon)...]
  }

  static func relationshipID(_ element: XMLElement) -> String? {
    for attribute in element.attributes where local(attribute.name) == "id" && attribute.name.contains(":") {
      return attribute.value
    }
    return nil
  }

  /// Calls `body` for every start tag of a part.
  static func each(_ bytes: [UInt8], part: String, _ body: (XMLElement) throws(FormatError) -> Void)
    throws(FormatError)
  {
    var reader = XMLReader(bytes)
    do throws(FormatError) {
      while let event = try reader.next() {
        if case .start(let element) = event { try body(element) }
      }
    } catch { throw error.part == nil ? error.inPart(part) : error }
  }
}
