extension WorkbookWriter {
  static let odsMimetype = "application/vnd.oasis.opendocument.spreadsheet"

  static func ods(_ sheets: [WritableSheet]) throws(FormatError) -> [UInt8] {
    var zip = ZipWriter()
    // The mimetype first and stored, as OpenDocument requires.
    try zip.add("mimetype", Array(odsMimetype.utf8))
    var manifest = XMLWriter()
    manifest.open(
      "manifest:manifest",
      [("xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"), ("manifest:version", "1.2")])
    manifest.element(
      "manifest:file-entry",
      [("manifest:full-path", "/"), ("manifest:version", "1.2"), ("manifest:media-type", odsMimetype)])
    manifest.element(
      "manifest:file-entry", [("manifest:full-path", "content.xml"), ("manifest:media-type", "text/xml")])
    try zip.add("META-INF/manifest.xml", manifest.finish())
    try zip.add("content.xml", content(sheets))
    return zip.archive()
  }

  /// `$Elenchi.$A$2:.$A$5`, an OpenFormula range.
  static func odsRange(_ sheet: String, column: Int, from first: Int, to last: Int) -> String {
    let letters = CellReference.letters(column)
    return "$\(odsSheetName(sheet)).$\(letters)$\(first):.$\(letters)$\(last)"
  }

  /// A sheet name in a formula: quoted (with `'` doubled) unless a plain word.
  static func odsSheetName(_ sheet: String) -> String {
    if sheet.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) { return sheet }
    var quoted = "'"
    for character in sheet { quoted += character == "'" ? "''" : String(character) }
    return quoted + "'"
  }

  static func content(_ sheets: [WritableSheet]) -> [UInt8] {
    var xml = XMLWriter()
    xml.open(
      "office:document-content",
      [
        ("xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
        ("xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"),
        ("xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
        ("xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"),
        ("xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"),
        ("xmlns:number", "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"),
        ("xmlns:of", "urn:oasis:names:tc:opendocument:xmlns:of:1.2"),
        ("office:version", "1.2"),
      ])
    // Column widths used, each a style of its own.
    var widths: [String] = []
    for sheet in sheets {
      for column in 0..<sheet.width {
        let width = odsWidth(sheet, column)
        if !widths.contains(width) { widths.append(width) }
      }
    }
    xml.open("office:automatic-styles")
    for (index, width) in widths.enumerated() {
      xml.open("style:style", [("style:name", "co\(index + 1)"), ("style:family", "table-column")])
      xml.element("style:table-column-properties", [("style:column-width", width)])
      xml.close()
    }
    xml.open("number:date-style", [("style:name", "N1")])
    xml.element("number:day", [("number:style", "long")])
    xml.element("number:text", text: "/")
    xml.element("number:month", [("number:style", "long")])
    xml.element("number:text", text: "/")
    xml.element("number:year", [("number:style", "long")])
    xml.close()
    xml.open("number:text-style", [("style:name", "N2")])
    xml.element("number:text-content")
    xml.close()
    xml.open("style:style", [("style:name", "ceH"), ("style:family", "table-cell")])
    xml.element("style:text-properties", [("fo:font-weight", "bold")])
    xml.close()
    xml.open("style:style", [("style:name", "ceN"), ("style:family", "table-cell")])
    xml.element("style:table-cell-properties", [("fo:wrap-option", "wrap"), ("style:vertical-align", "top")])
    xml.element(
      "style:text-properties",
      [("fo:font-style", "italic"), ("fo:font-size", "9pt"), ("fo:color", "#555555")])
    xml.close()
    xml.element(
      "style:style", [("style:name", "ceD"), ("style:family", "table-cell"), ("style:data-style-name", "N1")])
    xml.element(
      "style:style", [("style:name", "ceT"), ("style:family", "table-cell"), ("style:data-style-name", "N2")])
    xml.close()
    xml.open("office:body")
    xml.open("office:spreadsheet")
    // Validations, named by sheet and list: val<sheet>_<list>.
    if sheets.contains(where: { !$0.lists.isEmpty }) {
      xml.open("table:content-validations")
      for (sheetIndex, sheet) in sheets.enumerated() {
        for (listIndex, list) in sheet.lists.enumerated() {
          let range = odsRange(
            list.sourceSheet, column: list.sourceColumn, from: list.sourceFirstRow, to: list.sourceLastRow)
          xml.open(
            "table:content-validation",
            [
              ("table:name", "val\(sheetIndex + 1)_\(listIndex + 1)"),
              ("table:condition", "of:cell-content-is-in-list([\(range)])"),
              ("table:allow-empty-cell", "true"),
              (
                "table:base-cell-address",
                odsSheetName(sheet.name) + "." + CellReference.letters(list.column) + String(list.firstRow)
              ),
            ])
          xml.element("table:error-message", [("table:display", "true"), ("table:message-type", "stop")])
          xml.close()
        }
      }
      xml.close()
    }
    for (sheetIndex, sheet) in sheets.enumerated() {
      table(sheet, index: sheetIndex, widths: widths, into: &xml)
    }
    return xml.finish()
  }

  static func odsWidth(_ sheet: WritableSheet, _ column: Int) -> String {
    let characters = sheet.columnWidths.indices.contains(column) ? sheet.columnWidths[column] : 12
    // About 0.2 cm a character, as LibreOffice sizes its default font.
    return CellValue.canonical((characters * 0.2 * 100).rounded() / 100) + "cm"
  }

  static func table(_ sheet: WritableSheet, index: Int, widths: [String], into xml: inout XMLWriter) {
    xml.open("table:table", [("table:name", sheet.name)])
    for column in 0..<sheet.width {
      var attributes = [
        ("table:style-name", "co\((widths.firstIndex(of: odsWidth(sheet, column)) ?? 0) + 1)")
      ]
      if sheet.textColumns.contains(column + 1) {
        attributes.append(("table:default-cell-style-name", "ceT"))
      }
      xml.element("table:table-column", attributes)
    }
    // The validation of each column, and the last row any validation reaches.
    var validation: [Int: (name: String, first: Int, last: Int)] = [:]
    for (listIndex, list) in sheet.lists.enumerated() {
      validation[list.column] = ("val\(index + 1)_\(listIndex + 1)", list.firstRow, list.lastRow)
    }
    let lastValidated = sheet.lists.map(\.lastRow).max() ?? 0
    func validationName(_ column: Int, _ row: Int) -> String? {
      guard let found = validation[column], row >= found.first, row <= found.last else { return nil }
      return found.name
    }
    for (rowIndex, row) in sheet.rows.enumerated() {
      let number = rowIndex + 1
      xml.open("table:table-row")
      let rowStyle: String? =
        rowIndex == 0 && sheet.headingRows > 0 ? "ceH" : rowIndex < sheet.headingRows ? "ceN" : nil
      let width = max(row.count, validation.keys.max() ?? 0)
      for offset in 0..<width {
        let value = offset < row.count ? row[offset] : .empty
        var attributes: [(String, String)] = []
        var style = rowStyle
        if case .date = value, style == nil { style = "ceD" }
        if let style { attributes.append(("table:style-name", style)) }
        if let name = validationName(offset + 1, number) {
          attributes.append(("table:content-validation-name", name))
        }
        switch value {
        case .empty:
          xml.element("table:table-cell", attributes)
          continue
        case .string(let text), .error(let text):
          xml.open("table:table-cell", attributes + [("office:value-type", "string")])
          for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            xml.element("text:p", text: String(line))
          }
        case .number(let number):
          let text = CellValue.canonical(number)
          xml.open("table:table-cell", attributes + [("office:value-type", "float"), ("office:value", text)])
          xml.element("text:p", text: text)
        case .bool(let flag):
          xml.open(
            "table:table-cell",
            attributes + [
              ("office:value-type", "boolean"), ("office:boolean-value", flag ? "true" : "false"),
            ])
          xml.element("text:p", text: flag ? "VERO" : "FALSO")
        case .date(let date):
          xml.open(
            "table:table-cell",
            attributes + [("office:value-type", "date"), ("office:date-value", date.description)])
          xml.element("text:p", text: date.description)
        }
        xml.close()
      }
      xml.close()
    }
    // Empty rows down to the last validated one, their cells carrying the dropdown lists.
    if lastValidated > sheet.rows.count {
      let first = sheet.rows.count + 1
      xml.open("table:table-row", [("table:number-rows-repeated", String(lastValidated - first + 1))])
      for column in 1...max(1, validation.keys.max() ?? 1) {
        var attributes: [(String, String)] = []
        if let name = validationName(column, first) {
          attributes.append(("table:content-validation-name", name))
        }
        xml.element("table:table-cell", attributes)
      }
      xml.close()
    }
    xml.close()
  }
}
