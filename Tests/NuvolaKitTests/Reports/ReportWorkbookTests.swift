import Foundation
import Testing

@testable import NuvolaFormats
@testable import NuvolaReports

/// Reports as workbooks: a summary sheet, then a sheet per table with the CSV datasets' rows, typed.
@Suite struct ReportWorkbookTests {
  @Test(arguments: ReportAudience.allCases)
  func everyTableIsASheetWithItsRows(audience: ReportAudience) throws {
    let document = ReportFixtures.document(audience, .it)
    let file = Reports.workbook(document, format: .xlsx)
    #expect(file.name == audience.rawValue + ".xlsx")
    let workbook = try Workbook.read(file.bytes)
    #expect(workbook.sheets.first?.name == "Rapporto")
    #expect(workbook.sheets.first?.value(row: 1, column: 1) == .string(document.title))
    let datasets = CSVRenderer(document).render()
    #expect(workbook.sheets.count == datasets.count + 1)
    var merged: [String: ReportTable] = [:]
    for table in document.tables {
      if merged[table.id] == nil { merged[table.id] = table } else { merged[table.id]?.rows += table.rows }
    }
    for (sheet, dataset) in zip(workbook.sheets.dropFirst(), datasets) {
      let table = try #require(merged[dataset.id])
      #expect(sheet.name.count <= 31)
      let titles = (1...table.columns.count).map { sheet.value(row: 1, column: $0) }
      #expect(titles == table.columns.map { .string($0.title) })
      let nonEmpty = table.rows.filter { !$0.allSatisfy { $0.text.isEmpty } }.count
      #expect(sheet.rows.count - 1 == nonEmpty, "\(dataset.id)")
    }
  }

  @Test func amountsAreNumbersAndDaysDates() throws {
    let document = ReportFixtures.document(.grantWriter, .en)
    let workbook = try Workbook.read(Reports.workbook(document, format: .ods).bytes)
    let cells = workbook.sheets.dropFirst().flatMap { $0.rows.dropFirst().flatMap(\.cells) }.map(\.value)
    #expect(cells.contains { if case .number = $0 { return true } else { return false } })
    #expect(cells.contains { if case .date = $0 { return true } else { return false } })
    #expect(workbook.sheets.first?.name == "Report")
  }

  @Test func theSameDocumentGivesTheSameBytes() {
    let document = ReportFixtures.document(.itManager, .it)
    #expect(Reports.workbook(document, format: .xlsx) == Reports.workbook(document, format: .xlsx))
  }

  @Test func sheetNamesAreValidAndUnique() {
    var taken: Set<String> = ["rapporto"]
    #expect(ReportWorkbook.sheetName("Rapporto", taken: &taken) == "Rapporto 2")
    #expect(ReportWorkbook.sheetName("Costi: anni [1/2]?", taken: &taken) == "Costi anni 12")
    let long = ReportWorkbook.sheetName(String(repeating: "x", count: 40), taken: &taken)
    #expect(long.count == 31)
    #expect(
      ReportWorkbook.sheetName(String(repeating: "x", count: 40), taken: &taken) == String(
        repeating: "x", count: 29) + " 2")
  }
}
