import Testing

@testable import NuvolaFormats

@Suite("Workbook readers")
struct WorkbookReaderTests {
  private func workbook(_ name: String, limits: WorkbookLimits = WorkbookLimits()) throws -> Workbook {
    try Workbook.read(FormatsFixtures.bytes("workbook/\(name)"), limits: limits)
  }

  private func error(_ name: String, limits: WorkbookLimits = WorkbookLimits()) throws -> FormatError? {
    let bytes = try FormatsFixtures.bytes("workbook/\(name)")
    do {
      _ = try Workbook.read(bytes, limits: limits)
      return nil
    } catch {
      return error
    }
  }

  @Test("An xlsx laid out as openpyxl writes it: shared and inline strings, numbers, dates by style, booleans")
  func xlsx() throws {
    let book = try workbook("openpyxl.xlsx")
    #expect(book.sheets.map(\.name) == ["Server", "Dati 2024"])
    let server = try #require(book.sheet(named: "server"))
    #expect(server.rows.map(\.number) == [1, 2, 5])
    #expect(server.rows[0].cells.map(\.value.text) == ["nome", "ram_gb", "acquisto", "attivo"])
    #expect(server.value(row: 2, column: 1) == .string("web-01 & co"))
    #expect(server.value(row: 2, column: 2) == .number(16))
    #expect(server.value(row: 2, column: 3) == .date(WorkbookDate(year: 2024, month: 5, day: 1)))
    #expect(server.value(row: 2, column: 4) == .bool(true))
    #expect(server.value(row: 5, column: 2) == .number(0.25))
    #expect(server.value(row: 5, column: 27) == .string("nome"))
    #expect(server.value(row: 5, column: 28) == .error("#DIV/0!"))
    #expect(server.value(row: 3, column: 1) == .empty)
    #expect(server.reference(row: 5, column: 27) == "Server!AA5")
    let data = book.sheets[1]
    #expect(data.reference(row: 1, column: 1) == "'Dati 2024'!A1")
    #expect(data.value(row: 1, column: 2) == .number(2))
    #expect(data.value(row: 2, column: 1) == .date(WorkbookDate(year: 2024, month: 5, day: 1, seconds: 37_800)))
  }

  @Test("An ods gives the same sheets and cells, repeats expanded, text:s spaces kept")
  func ods() throws {
    let ods = try workbook("libreoffice.ods")
    var xlsx = try workbook("openpyxl.xlsx")
    // OpenDocument keeps an error's text as a string.
    xlsx.sheets[0].rows[2].cells[2].value = .string("#DIV/0!")
    #expect(ods == xlsx)
  }

  @Test("A number that is not one names the sheet and the cell")
  func badNumber() throws {
    let problem = try #require(try error("bad-number.xlsx"))
    #expect(problem.message == "sheet 'Server', cell B2: a number that is not one (sedici)")
    #expect(problem.part == "xl/worksheets/sheet1.xml")
  }

  @Test("A date that is not ISO 8601 names the sheet and the cell")
  func badDate() throws {
    let problem = try #require(try error("bad-date.ods"))
    #expect(problem.message == "sheet 'Server', cell C2: a date that is not ISO 8601 (01/05/2024)")
  }

  @Test("More cells than the limit is refused, repeats counted one by one")
  func cellLimit() throws {
    let limits = WorkbookLimits(maxCells: 10)
    #expect(try error("openpyxl.xlsx", limits: limits)?.message == "more than 10 cells with a value")
    #expect(try error("libreoffice.ods", limits: limits)?.message == "more than 10 cells with a value")
    #expect(try error("openpyxl.xlsx", limits: WorkbookLimits(maxSheets: 1))?.message == "more than 1 sheets")
  }

  @Test("An archive that is neither format")
  func neither() throws {
    var writer = ZipWriter()
    try writer.add("readme.txt", Array("ciao".utf8))
    #expect(throws: FormatError.self) { try Workbook.read(writer.archive()) }
    var odt = ZipWriter()
    try odt.add("mimetype", Array("application/vnd.oasis.opendocument.text".utf8))
    #expect(throws: FormatError.self) { try Workbook.read(odt.archive()) }
  }

  @Test("Cell references in A1 notation")
  func references() {
    #expect(CellReference("AA12") == CellReference(row: 12, column: 27))
    #expect(CellReference("$xfd$1048576") == CellReference(row: 1_048_576, column: 16_384))
    #expect(CellReference("XFE1") == nil)
    #expect(CellReference("A0") == nil)
    #expect(CellReference("12") == nil)
    #expect(CellReference.letters(703) == "AAA")
  }

  @Test("Serial dates in both systems, Excel's false leap day refused")
  func serials() {
    #expect(WorkbookDate(serial: 45_413, date1904: false) == WorkbookDate(year: 2024, month: 5, day: 1))
    #expect(WorkbookDate(serial: 1, date1904: false) == WorkbookDate(year: 1900, month: 1, day: 1))
    #expect(WorkbookDate(serial: 61, date1904: false) == WorkbookDate(year: 1900, month: 3, day: 1))
    #expect(WorkbookDate(serial: 60, date1904: false) == nil)
    #expect(WorkbookDate(serial: 0, date1904: true) == WorkbookDate(year: 1904, month: 1, day: 1))
    #expect(WorkbookDate(year: 2024, month: 5, day: 1).serial1900 == 45_413)
    #expect(CellValue.number(1.5e-05).text == "0.000015")
  }

  @Test("A number format shows a date only for d, m, y, h, s outside quotes and brackets")
  func dateFormats() {
    #expect(XLSXReader.isDateFormat("dd/mm/yyyy"))
    #expect(XLSXReader.isDateFormat("[$-410]d mmmm yyyy"))
    #expect(!XLSXReader.isDateFormat("[Red]0.00"))
    #expect(!XLSXReader.isDateFormat("#,##0.00 \"days\""))
    #expect(!XLSXReader.isDateFormat("0.00"))
  }

  @Test("Written sheets read back: strings, numbers, booleans, dates, errors, in both formats")
  func writtenSheetsReadBack() throws {
    let rows: [[CellValue]] = [
      [.string("Nome"), .string("Valore")],
      [.string("  spazi  "), .number(1234.5)],
      [.bool(true), .date(WorkbookDate(year: 2026, month: 12, day: 4))],
      [.empty, .string("riga\nseconda")],
    ]
    for format in Workbook.Format.allCases {
      let bytes = try WorkbookWriter.write(
        [WritableSheet(name: "Dati 2026", rows: rows, headingRows: 1, textColumns: [1])], format: format)
      let sheet = try #require(try Workbook.read(bytes).sheet(named: "dati 2026"))
      #expect(sheet.value(row: 2, column: 1) == .string("  spazi  "), "\(format)")
      #expect(sheet.value(row: 2, column: 2) == .number(1234.5))
      #expect(sheet.value(row: 3, column: 1) == .bool(true))
      #expect(sheet.value(row: 3, column: 2) == .date(WorkbookDate(year: 2026, month: 12, day: 4)))
      #expect(sheet.value(row: 4, column: 1) == .empty)
      #expect(sheet.value(row: 4, column: 2) == .string("riga\nseconda"))
      #expect(sheet.reference(row: 4, column: 2) == "'Dati 2026'!B4")
    }
    #expect(throws: FormatError.self) { try WorkbookWriter.write([], format: .xlsx) }
  }
}
