import Foundation
import NuvolaIngest
import Testing

/// What `InventoryReader` decides from the path alone.
@Suite struct IngestInventoryReaderTests {
  let temporary: IngestTemporaryFolder

  init() throws { temporary = try IngestTemporaryFolder() }

  @Test func folderWithoutComuneSheetIsNotAnInventory() throws {
    let folder = try temporary.folder("empty")
    let problems = IngestFixtures.diagnostics(folder)
    #expect(problems.count == 1)
    #expect(problems.first?.file == folder)
    #expect(problems.first?.message == "not an inventory: the folder has no comune.csv")
    #expect(problems.first?.expected == "a .json file, an .xlsx or .ods workbook, or a folder with comune.csv")
  }

  @Test func folderWithOtherSheetsNamesThem() throws {
    try temporary.write("id\n", to: "other/sites.csv")
    try temporary.write("id\n", to: "other/assets.csv")
    let problems = IngestFixtures.diagnostics(try temporary.folder("other"))
    #expect(
      problems.first?.message
        == "not an inventory: the folder has no comune.csv (it has assets.csv, sites.csv)")
  }

  @Test func otherFilesAreNotInventories() throws {
    let text = try temporary.write("hello", to: "notes.txt")
    #expect(IngestFixtures.diagnostics(text).first?.message == "not an inventory")
    let sheet = try temporary.write("istat_code\n014061\n", to: "x/comune.csv")
    #expect(
      IngestFixtures.diagnostics(sheet).first?.message.contains("give the folder that holds it") == true)
  }

  @Test func missingPath() {
    let path = temporary.path + "/nowhere.json"
    let problems = IngestFixtures.diagnostics(path)
    #expect(problems.first?.file == path)
    #expect(problems.first?.message == "no such file or folder")
    #expect(IngestFixtures.diagnostics("").first?.message == "no such file or folder")
  }

  @Test func upperCaseExtensionIsJSON() throws {
    let file = try IngestFixtures.jsonFile(in: temporary, name: "SONDRIO.JSON")
    #expect(try InventoryReader().read(path: file) == IngestFixtures.expected)
  }

  @Test func whitespaceOnlyFileIsEmpty() throws {
    let file = try temporary.write([0xEF, 0xBB, 0xBF, 0x20, 0x0A], to: "blank.json")
    #expect(IngestFixtures.diagnostics(file).map(\.message) == ["empty file"])
  }

  @Test func unreadableFile() throws {
    let file = try IngestFixtures.jsonFile(in: temporary, name: "locked.json")
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file) }
    // Root reads any file: there the check has nothing to observe.
    guard !FileManager.default.isReadableFile(atPath: file) else { return }
    let problems = IngestFixtures.diagnostics(file)
    #expect(problems.first?.message == "cannot read the file (permission denied)")
  }

  @Test func problemsAreCappedAtFifty() throws {
    let rows = (0..<80).map { "a\($0),vm,,,,dieci" }.joined(separator: "\n")
    let folder = try IngestFixtures.csvFolder(in: temporary) {
      $0["assets.csv"] = "id,kind,site,host,purchase_year,ram_gb\n" + rows + "\n"
      $0["applications.csv"] = ""
    }
    do {
      _ = try InventoryReader().read(path: folder)
      Issue.record("expected problems")
    } catch {
      #expect(error.diagnostics.count == 50)
      #expect(error.omitted == 30)
      #expect(error.description.hasSuffix("... and 30 more problems not shown"))
    }
  }

  @Test func hostileJSONDocumentsFailCleanly() throws {
    let documents = [
      "[]", "null", "{\"comune\": []}", "{\"comune\": {}, \"assets\": {}}",
      "{\"comune\": {\"istat_code\": 14061}}",
      "{\"assets\": [[[[]]]], \"comune\": {\"istat_code\": \"014061\"}}",
      String(repeating: "[", count: 5_000),
      #"{"comune": {"istat_code": "014061"}, "assets": [{"id": "a", "kind": "vm", "host": "a"}]}"#,
    ]
    for (index, document) in documents.enumerated() {
      let file = try temporary.write(document, to: "h\(index).json")
      #expect(!IngestFixtures.diagnostics(file).isEmpty)
    }
  }
}
