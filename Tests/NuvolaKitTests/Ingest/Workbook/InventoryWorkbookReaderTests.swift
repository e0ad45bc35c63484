import Foundation
import Testing

@testable import NuvolaFormats
@testable import NuvolaIngest
@testable import NuvolaModel
@testable import NuvolaStore

/// Inventories read from .xlsx and .ods workbooks: the same records as from the CSV sheets or the
/// JSON document, and every problem located at its sheet and cell.
@Suite struct InventoryWorkbookReaderTests {
  let temporary: IngestTemporaryFolder

  init() throws { temporary = try IngestTemporaryFolder() }

  @Test(arguments: Workbook.Format.allCases)
  func everySampleRoundTrips(format: Workbook.Format) throws {
    let samples = try WorkbookFixtures.samples()
    #expect(samples.count >= 6)
    for (name, inventory) in samples {
      let bytes = try InventoryTemplate.workbook(format: format, filledWith: inventory)
      let path = try temporary.write(bytes, to: "\(name).\(format.rawValue)")
      let read = try InventoryReader().read(path: path)
      #expect(read == inventory, "\(name) as .\(format.rawValue)")
    }
  }

  @Test func theCSVSampleAndItsWorkbookGiveTheSameStoreRecords() throws {
    let folder = RepositoryFiles.url("Inventories/012007-azzio").path
    let fromCSV = try InventoryReader().read(path: folder)
    let path = try temporary.write(
      try InventoryTemplate.workbook(format: .ods, filledWith: fromCSV), to: "012007-azzio.ods")
    let store = try InventoryStore(path: temporary.path + "/store.db", mode: .create)
    let first = try store.importBatch { try $0.save(fromCSV, source: folder, importedAt: nil) }
    let fromWorkbook = try InventoryReader().read(path: path)
    let second = try store.importBatch { try $0.save(fromWorkbook, source: path, importedAt: nil) }
    #expect(first.isCreated)
    #expect(!second.isCreated, "the workbook's records are those of the CSV folder")
  }

  @Test func writingIsDeterministic() throws {
    for format in Workbook.Format.allCases {
      let one = try InventoryTemplate.workbook(format: format, filledWith: IngestFixtures.rich)
      let two = try InventoryTemplate.workbook(format: format, filledWith: IngestFixtures.rich)
      #expect(one == two)
    }
  }

  @Test func italianAliasesAndCaseNameTheSheets() throws {
    let path = try WorkbookFixtures.file(in: temporary) { sheets in
      sheets[1].name = "COMUNE"
      sheets[2].name = "sedi"
      sheets[4].name = "Server"
      sheets[5].name = "Applicativi"
      sheets[3].name = "Connettività"
    }
    #expect(try InventoryReader().read(path: path) == IngestFixtures.expected)
  }

  @Test func englishHeadersAndNoExplanationRowAlsoWork() throws {
    let path = try WorkbookFixtures.file(in: temporary, name: "english.ods") { sheets in
      for index in 1...5 {
        let type = RecordType.allCases[[0, 1, 4, 2, 3][index - 1]]
        sheets[index].rows[0] = FieldTable.of(type).names.map { .string($0) }
        sheets[index].rows.remove(at: 1)
      }
    }
    #expect(try InventoryReader().read(path: path) == IngestFixtures.expected)
  }

  @Test func aBadCellIsNamedBySheetAndCell() throws {
    let path = try WorkbookFixtures.file(in: temporary) { sheets in
      let column = sheets.column("Apparati", field: "ram_gb", type: .asset)
      sheets.set("Apparati", row: 3, column: column, .string("otto"))
    }
    let problems = IngestFixtures.diagnostics(path)
    #expect(problems.count == 1)
    #expect(problems.first?.file == path)
    #expect(problems.first?.path == "Apparati!L3 (ram_gb)")
    #expect(problems.first?.value == "otto")
    #expect(problems.first?.expected == "a whole number from 0 to 65536")
    #expect(problems.first?.line == nil)
  }

  @Test func validationProblemsAreNamedByCellToo() throws {
    let path = try WorkbookFixtures.file(in: temporary) { sheets in
      let column = sheets.column("Apparati", field: "site", type: .asset)
      sheets.set("Apparati", row: 3, column: column, .string("nowhere"))
    }
    let problems = IngestFixtures.diagnostics(path)
    #expect(problems.map(\.path) == ["Apparati!D3 (site)"])
    #expect(problems.first?.value == "nowhere")
  }

  @Test func aSpreadsheetErrorIsAProblemAtItsCell() throws {
    let path = try WorkbookFixtures.file(in: temporary) { sheets in
      sheets.set("Applicazioni", row: 3, column: 2, .error("#DIV/0!"))
    }
    let problems = IngestFixtures.diagnostics(path)
    #expect(problems.contains { $0.path == "Applicazioni!B3" && $0.value == "#DIV/0!" })
  }

  @Test func anUnknownSheetIsAnErrorNamingIt() throws {
    let path = try WorkbookFixtures.file(in: temporary) { sheets in
      sheets.append(WritableSheet(name: "Aparati", rows: [[.string("x")]]))
      sheets.append(WritableSheet(name: "Foglio3", rows: []))
    }
    let problems = IngestFixtures.diagnostics(path)
    #expect(problems.count == 1)
    #expect(problems.first?.path == "sheet Aparati")
    #expect(problems.first?.message == "a sheet that is no sheet of the inventory (did you mean Apparati?)")
  }

  @Test func twoSheetsOfOneKindAreAnError() throws {
    let path = try WorkbookFixtures.file(in: temporary) { sheets in
      var copy = sheets[4]
      copy.name = "Server"
      sheets.append(copy)
    }
    let problems = IngestFixtures.diagnostics(path)
    #expect(problems.map(\.message) == ["a second sheet of assets (the first is \"Apparati\")"])
  }

  @Test func aWorkbookWithoutAComuneSheetSaysSo() throws {
    let path = try WorkbookFixtures.file(in: temporary) { sheets in sheets.remove(at: 1) }
    let problems = IngestFixtures.diagnostics(path)
    #expect(problems.map(\.message) == ["no sheet Comune in the workbook"])
  }

  @Test func aComuneSheetWithTwoRowsIsLocatedByRow() throws {
    let path = try WorkbookFixtures.file(in: temporary) { sheets in
      sheets[1].rows.append(sheets[1].rows[2])
    }
    let problems = IngestFixtures.diagnostics(path)
    #expect(problems.map(\.path) == ["sheet Comune, row 4"])
    #expect(problems.first?.message == "Comune has more than one data row")
  }

  @Test(arguments: ["inventario.xlsx", "inventario.ods"])
  func aCorruptedFileIsOneProblemAndNothingIsRead(name: String) throws {
    var bytes = try InventoryTemplate.workbook(
      format: name.hasSuffix(".ods") ? .ods : .xlsx, filledWith: IngestFixtures.expected)
    bytes.removeLast(30)
    let path = try temporary.write(bytes, to: name)
    let problems = IngestFixtures.diagnostics(path)
    #expect(problems.count == 1)
    #expect(problems.first?.message.hasPrefix("not a readable workbook: ") == true)
    #expect(problems.first?.expected == InventoryWorkbookReader.expectation)
    let text = try temporary.write("not a zip at all", to: "text-" + name)
    #expect(IngestFixtures.diagnostics(text).first?.message.hasPrefix("not a readable workbook: ") == true)
  }

  @Test func aZipBombIsRefusedWithoutExpandingIt() throws {
    let url = try #require(
      Bundle.module.url(forResource: "bomb", withExtension: "xlsx", subdirectory: "Fixtures/workbook"))
    let problems = IngestFixtures.diagnostics(url.path)
    #expect(problems.count == 1)
    #expect(
      problems.first?.message.hasPrefix(
        "not a readable workbook: the entry zeros.xml expands more than 500 times (a ZIP bomb?)") == true)
  }

  @Test func theEmptyTemplateNeedsTheComuneRow() throws {
    let path = try temporary.write(try InventoryTemplate.workbook(format: .xlsx), to: "template.xlsx")
    let problems = IngestFixtures.diagnostics(path)
    #expect(problems.map(\.message) == ["Comune has no data row"])
  }
}

/// Workbooks written by LibreOffice (shared strings, its own styles and validations) from the
/// template filled with the Sondrio sample: they import as the sample.
@Suite struct InventoryWorkbookFixtureTests {
  @Test(arguments: ["sondrio-libreoffice.ods", "sondrio-libreoffice.xlsx"])
  func aWorkbookSavedByLibreOfficeImportsAsTheSample(name: String) throws {
    let file = (name as NSString).deletingPathExtension
    let url = try #require(
      Bundle.module.url(
        forResource: file, withExtension: (name as NSString).pathExtension, subdirectory: "Fixtures/workbook")
    )
    let sample = try InventoryReader().read(path: RepositoryFiles.url("Inventories/014061-sondrio.json").path)
    #expect(try InventoryReader().read(path: url.path) == sample)
  }
}
