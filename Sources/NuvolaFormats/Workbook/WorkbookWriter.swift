/// Writes sheets as a workbook: SpreadsheetML (`.xlsx`) or OpenDocument (`.ods`), in a ZIP of
/// stored entries. The same sheets give the same bytes. Strings are written inline (no shared
/// strings table), dates as dates shown GG/MM/AAAA, headings styled and (xlsx) frozen.
public enum WorkbookWriter {
  /// The workbook file.
  public static func write(_ sheets: [WritableSheet], format: Workbook.Format) throws(FormatError) -> [UInt8]
  {
    guard !sheets.isEmpty else { throw FormatError("a workbook needs at least one sheet") }
    switch format {
    case .xlsx: return try xlsx(sheets)
    case .ods: return try ods(sheets)
    }
  }

  static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

  /// Cell formats of styles.xml, by index.
  enum Style: Int {
    case plain = 0, heading, note, text, date
  }

  static func xlsx(_ sheets: [WritableSheet]) throws(FormatError) -> [UInt8] {
    var zip = ZipWriter()
    try zip.add("[Content_Types].xml", contentTypes(count: sheets.count))
    var rels = XMLWriter()
    rels.open("Relationships", [("xmlns", packageRelationships)])
    rels.element(
      "Relationship",
      [
        ("Id", "rId1"), ("Type", relationshipNamespace + "/officeDocument"), ("Target", "xl/workbook.xml"),
      ])
    try zip.add("_rels/.rels", rels.finish())
    var workbook = XMLWriter()
    workbook.open("workbook", [("xmlns", mainNamespace), ("xmlns:r", relationshipNamespace)])
    workbook.open("sheets")
    for (index, sheet) in sheets.enumerated() {
      workbook.element(
        "sheet", [("name", sheet.name), ("sheetId", String(index + 1)), ("r:id", "rId\(index + 1)")])
    }
    try zip.add("xl/workbook.xml", workbook.finish())
    var workbookRels = XMLWriter()
    workbookRels.open("Relationships", [("xmlns", packageRelationships)])
    for index in sheets.indices {
      workbookRels.element(
        "Relationship",
        [
          ("Id", "rId\(index + 1)"), ("Type", relationshipNamespace + "/worksheet"),
          ("Target", "worksheets/sheet\(index + 1).xml"),
        ])
    }
    workbookRels.element(
      "Relationship",
      [
        ("Id", "rId\(sheets.count + 1)"), ("Type", relationshipNamespace + "/styles"),
        ("Target", "styles.xml"),
      ])
    try zip.add("xl/_rels/workbook.xml.rels", workbookRels.finish())
    try zip.add("xl/styles.xml", styles())
    for (index, sheet) in sheets.enumerated() {
      try zip.add("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet))
    }
    return zip.archive()
  }

  static func contentTypes(count: Int) -> [UInt8] {
    let prefix = "application/vnd.openxmlformats-officedocument.spreadsheetml."
    var xml = XMLWriter()
    xml.open("Types", [("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")])
    xml.element(
      "Default",
      [("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml")])
    xml.element("Default", [("Extension", "xml"), ("ContentType", "application/xml")])
    xml.element("Override", [("PartName", "/xl/workbook.xml"), ("ContentType", prefix + "sheet.main+xml")])
    xml.element("Override", [("PartName", "/xl/styles.xml"), ("ContentType", prefix + "styles+xml")])
    for index in 0..<count {
      xml.element(
        "Override",
        [("PartName", "/xl/worksheets/sheet\(index + 1).xml"), ("ContentType", prefix + "worksheet+xml")])
    }
    return xml.finish()
  }

  static func styles() -> [UInt8] {
    var xml = XMLWriter()
    xml.open("styleSheet", [("xmlns", mainNamespace)])
    xml.open("numFmts", [("count", "1")])
    xml.element("numFmt", [("numFmtId", "164"), ("formatCode", "dd/mm/yyyy")])
    xml.close()
    xml.open("fonts", [("count", "3")])
    for (bold, italic) in [(false, false), (true, false), (false, true)] {
      xml.open("font")
      if bold { xml.element("b") }
      if italic { xml.element("i") }
      xml.element("sz", [("val", italic ? "9" : "11")])
      if italic { xml.element("color", [("rgb", "FF555555")]) }
      xml.element("name", [("val", "Calibri")])
      xml.close()
    }
    xml.close()
    xml.open("fills", [("count", "2")])
    for pattern in ["none", "gray125"] {
      xml.open("fill")
      xml.element("patternFill", [("patternType", pattern)])
      xml.close()
    }
    xml.close()
    xml.open("borders", [("count", "1")])
    xml.open("border")
    for side in ["left", "right", "top", "bottom", "diagonal"] { xml.element(side) }
    xml.close()
    xml.close()
    xml.open("cellStyleXfs", [("count", "1")])
    xml.element("xf", [("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0")])
    xml.close()
    xml.open("cellXfs", [("count", "5")])
    let formats: [(format: String, font: String)] = [
      ("0", "0"), ("0", "1"), ("0", "2"), ("49", "0"), ("164", "0"),
    ]
    for (index, format) in formats.enumerated() {
      let attributes = [
        ("numFmtId", format.format), ("fontId", format.font), ("fillId", "0"), ("borderId", "0"),
        ("xfId", "0"),
      ]
      if index == Style.note.rawValue {
        xml.open("xf", attributes + [("applyFont", "1"), ("applyAlignment", "1")])
        xml.element("alignment", [("wrapText", "1"), ("vertical", "top")])
        xml.close()
      } else {
        xml.element("xf", attributes + (index == 0 ? [] : [("applyFont", "1"), ("applyNumberFormat", "1")]))
      }
    }
    xml.close()
    xml.open("cellStyles", [("count", "1")])
    xml.element("cellStyle", [("name", "Normal"), ("xfId", "0"), ("builtinId", "0")])
    return xml.finish()
  }

  static func worksheet(_ sheet: WritableSheet) -> [UInt8] {
    var xml = XMLWriter()
    xml.open("worksheet", [("xmlns", mainNamespace), ("xmlns:r", relationshipNamespace)])
    if sheet.headingRows > 0 {
      let top = "A\(sheet.headingRows + 1)"
      xml.open("sheetViews")
      xml.open("sheetView", [("workbookViewId", "0")])
      xml.element(
        "pane",
        [
          ("ySplit", String(sheet.headingRows)), ("topLeftCell", top), ("activePane", "bottomLeft"),
          ("state", "frozen"),
        ])
      xml.close()
      xml.close()
    }
    let width = sheet.width
    if width > 0 {
      xml.open("cols")
      for column in 1...width {
        var attributes = [("min", String(column)), ("max", String(column))]
        let characters = sheet.columnWidths.indices.contains(column - 1) ? sheet.columnWidths[column - 1] : 12
        attributes.append(("width", CellValue.canonical(characters)))
        attributes.append(("customWidth", "1"))
        if sheet.textColumns.contains(column) { attributes.append(("style", String(Style.text.rawValue))) }
        xml.element("col", attributes)
      }
      xml.close()
    }
    xml.open("sheetData")
    for (index, row) in sheet.rows.enumerated() {
      let number = index + 1
      xml.open("row", [("r", String(number))])
      let rowStyle: Style =
        index == 0 && sheet.headingRows > 0 ? .heading : index < sheet.headingRows ? .note : .plain
      for (offset, value) in row.enumerated() {
        let reference = CellReference(row: number, column: offset + 1).description
        var attributes = [("r", reference)]
        var style = rowStyle
        if case .date = value, style == .plain { style = .date }
        if style == .plain, sheet.textColumns.contains(offset + 1) { style = .text }
        if style != .plain { attributes.append(("s", String(style.rawValue))) }
        switch value {
        case .empty:
          continue
        case .error(let text):
          xml.open("c", attributes + [("t", "e")])
          xml.element("v", text: text)
          xml.close()
        case .string(let text):
          xml.open("c", attributes + [("t", "inlineStr")])
          xml.open("is")
          let spaced = text.first.map { $0.isWhitespace } == true || text.last.map { $0.isWhitespace } == true
          xml.element("t", spaced ? [("xml:space", "preserve")] : [], text: text)
          xml.close()
          xml.close()
        case .number(let number):
          xml.open("c", attributes)
          xml.element("v", text: CellValue.canonical(number))
          xml.close()
        case .bool(let flag):
          xml.open("c", attributes + [("t", "b")])
          xml.element("v", text: flag ? "1" : "0")
          xml.close()
        case .date(let date):
          xml.open("c", attributes)
          xml.element("v", text: CellValue.canonical(date.serial1900))
          xml.close()
        }
      }
      xml.close()
    }
    xml.close()
    if !sheet.lists.isEmpty {
      xml.open("dataValidations", [("count", String(sheet.lists.count))])
      for list in sheet.lists {
        let letters = CellReference.letters(list.column)
        let source = CellReference.letters(list.sourceColumn)
        xml.open(
          "dataValidation",
          [
            ("type", "list"), ("allowBlank", "1"), ("showErrorMessage", "1"),
            ("sqref", "\(letters)\(list.firstRow):\(letters)\(list.lastRow)"),
          ])
        xml.element(
          "formula1",
          text: CellReference.sheetPrefix(list.sourceSheet)
            + "$\(source)$\(list.sourceFirstRow):$\(source)$\(list.sourceLastRow)")
        xml.close()
      }
      xml.close()
    }
    return xml.finish()
  }
}
