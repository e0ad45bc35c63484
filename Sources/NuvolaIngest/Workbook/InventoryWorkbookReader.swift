import NuvolaFormats
import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// Reads one comune's inventory from a workbook (`.xlsx` written by Excel, `.ods` by LibreOffice):
/// one sheet per record type, named like the CSV sheets (`comune`, `sites`...) or by their Italian
/// titles and aliases (`Comune`, `Siti`, `Apparati`/`Server`, `Applicazioni`/`Applicativi`,
/// `Collegamenti`/`Connettività`), in any case. Each sheet is read as its CSV file would be, with
/// the same fields, headers (Italian ones too) and checks; the template's explanation row is skipped.
///
/// Problems name the workbook and the cell as a spreadsheet shows it: `inventario.xlsx: at
/// Apparati!D14 (ram_gb): not a whole number (found "otto"); expected ...`. A file that is not a
/// readable workbook (damaged archive, ZIP bomb, malformed XML) is one problem, nothing read.
public struct InventoryWorkbookReader: Sendable {
  public var register: Register

  public init(register: Register = .shipped) {
    self.register = register
  }

  /// File names read as workbooks, by extension in any case.
  public static func isWorkbook(_ name: String) -> Bool {
    let lowered = name.lowercased()
    return lowered.hasSuffix(".xlsx") || lowered.hasSuffix(".xlsm") || lowered.hasSuffix(".ods")
  }

  static let expectation = "an .xlsx (Excel) or .ods (LibreOffice) workbook as a spreadsheet program saves it"

  /// Reads the workbook in `bytes`, the content of `file`.
  public func read(_ bytes: [UInt8], file: String) throws(InputError) -> Inventory {
    try read(try InventoryWorkbookReader.workbook(bytes, file: file), file: file)
  }

  /// The workbook in `bytes`, or the problem that makes it unreadable.
  static func workbook(_ bytes: [UInt8], file: String) throws(InputError) -> Workbook {
    do {
      return try Workbook.read(bytes)
    } catch {
      var message = "not a readable workbook: \(error.message)"
      if error.line == nil, let offset = error.offset { message += " (byte \(offset))" }
      throw InputError(
        Diagnostic(
          file: file, line: error.line, column: error.column, path: error.part, message: message,
          expected: expectation))
    }
  }

  /// Reads a workbook already parsed.
  func read(_ workbook: Workbook, file: String) throws(InputError) -> Inventory {
    let labels = InventoryLabels.shipped
    var problems: [Diagnostic] = []
    var sources: [RecordType: InventorySheetSource] = [:]
    var sheetOfFile: [String: WorkbookSheet] = [:]
    for (index, sheet) in workbook.sheets.enumerated() {
      if labels.isIgnored(sheet: sheet.name) { continue }
      guard let type = labels.recordType(sheet: sheet.name) else {
        // A sheet with nothing in it (LibreOffice's Foglio2) holds no records that could be lost.
        if sheet.rows.isEmpty { continue }
        let titles = labels.sheets.map(\.title) + RecordType.allCases.map(\.plural)
        let hint = FieldTable.closest(to: sheet.name, among: titles).map { " (did you mean \($0)?)" } ?? ""
        problems.append(
          Diagnostic(
            file: file, path: "sheet \(sheet.name)", value: sheet.name,
            message: "a sheet that is no sheet of the inventory\(hint)",
            expected: "sheets named " + labels.sheetList() + ", in any case, or \(labels.readmeSheet)"))
        continue
      }
      if let first = sources[type] {
        problems.append(
          Diagnostic(
            file: file, path: "sheet \(sheet.name)", value: sheet.name,
            message: "a second sheet of \(type.plural) (the first is \(Diagnostic.quoted(first.label)))",
            expected: "one sheet for each kind of record"))
        continue
      }
      // A name of its own per sheet, so that its problems can be told apart and located afterwards.
      let key = file + "\u{1}" + String(index)
      sheetOfFile[key] = sheet
      sources[type] = InventorySheetSource(
        table: CSVTable(sheet: sheet, file: key), file: key, label: sheet.name)
    }
    let comuneTitle = labels.sheet(.comune)?.title ?? "Comune"
    let missing = Diagnostic(
      file: file, message: "no sheet \(comuneTitle) in the workbook",
      expected: "a sheet \(comuneTitle) (or comune) with a header and one data row")
    let inventory: Inventory
    do throws(InputError) {
      inventory = try InventoryCSVReader(register: register).read(
        sources: sources, folder: file, missingComune: missing)
    } catch {
      var list = DiagnosticList()
      for problem in problems { list.append(problem) }
      for diagnostic in error.diagnostics {
        list.append(InventoryWorkbookReader.located(diagnostic, file: file, sheets: sheetOfFile))
      }
      throw InputError(list.diagnostics, omitted: list.omitted + error.omitted)
    }
    if !problems.isEmpty { throw InputError(problems) }
    return inventory
  }

  /// A problem found in a sheet read as CSV, put where a spreadsheet user finds it: the workbook
  /// file, and `Apparati!D14 (ram_gb)` for a cell, `sheet Apparati, row 14` for a row.
  static func located(_ diagnostic: Diagnostic, file: String, sheets: [String: WorkbookSheet]) -> Diagnostic {
    guard let sheet = sheets[diagnostic.file] else { return diagnostic }
    var path: String
    if let line = diagnostic.line, let column = diagnostic.column {
      path = sheet.reference(row: line, column: column)
    } else if let line = diagnostic.line {
      path = "sheet \(sheet.name), row \(line)"
    } else {
      path = "sheet \(sheet.name)"
    }
    if let original = diagnostic.path, let range = original.range(of: " column ", options: .backwards) {
      path += " (\(original[range.upperBound...]))"
    }
    let message = diagnostic.message.replacingOccurrences(of: "(line ", with: "(row ")
      .replacingOccurrences(of: "at line ", with: "at row ")
    return Diagnostic(
      file: file, path: path, value: diagnostic.value, message: message, expected: diagnostic.expected)
  }
}
