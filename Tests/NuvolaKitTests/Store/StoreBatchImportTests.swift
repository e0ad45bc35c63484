import Foundation
import NuvolaGenerate
import NuvolaIngest
import NuvolaModel
import NuvolaRules
import NuvolaSupport
import Testing

@testable import NuvolaStore

/// `InventoryStore.importFiles`, the pipelined batch import: it must give exactly what reading and
/// saving the paths one by one gives (outcomes, stored rows, problems in path order), all or
/// nothing, whatever the number of worker threads and files in flight.
@Suite struct StoreBatchImportTests {
  let folder: StoreTemporaryFolder
  let reader = InventoryReader(register: .shipped)

  init() throws {
    folder = try StoreTemporaryFolder()
  }

  /// Synthetic inventories of the first comuni of the register, written as JSON documents (and
  /// one as a folder of CSV sheets), in path order.
  func validPaths(count: Int) throws -> [String] {
    let generator = InventoryGenerator(seed: 7)
    var paths: [String] = []
    for (index, entry) in Register.shipped.entries.prefix(count).enumerated() {
      let inventory = generator.inventory(for: entry)
      if index == 2 {
        let sheets = folder.path("\(index)-\(entry.istatCode)")
        try FileManager.default.createDirectory(atPath: sheets, withIntermediateDirectories: true)
        for sheet in inventory.csvSheets() {
          try Data(sheet.text.utf8).write(to: URL(fileURLWithPath: sheets + "/" + sheet.name))
        }
        paths.append(sheets)
      } else {
        let path = folder.path("\(index)-\(entry.istatCode).json")
        try Data(inventory.json.serialized(pretty: true).utf8).write(to: URL(fileURLWithPath: path))
        paths.append(path)
      }
    }
    return paths
  }

  /// Files with problems of every stage: syntax, unknown keys and wrong values, validation.
  func invalidPaths() throws -> [String] {
    let documents = [
      "bad-syntax.json": #"{"format": "nuvola-inventory", "version": 1, "comune": {"istat_code": "014061",}"#,
      "bad-values.json": """
      {"format": "nuvola-inventory", "version": 1,
       "comune": {"istat_code": "014061", "population": "many", "colour": 1},
       "assets": [{"id": "a", "kind": "server", "ram_gb": -1}, {"id": "a", "kind": "nas"}]}
      """,
      "bad-register.json":
        #"{"format": "nuvola-inventory", "version": 1, "comune": {"istat_code": "999999"}}"#,
    ]
    return try documents.keys.sorted().map { name in
      let path = folder.path(name)
      try Data(documents[name]!.utf8).write(to: URL(fileURLWithPath: path))
      return path
    }
  }

  /// What the one-by-one path gives: outcomes, or the problems of every file in path order.
  func serialImport(_ paths: [String], into store: InventoryStore) throws -> [ImportedFile] {
    try store.importBatch { session in
      var problems = DiagnosticList()
      var imported: [ImportedFile] = []
      for path in paths {
        let inventory: Inventory
        do throws(InputError) {
          inventory = try reader.read(path: path)
        } catch {
          problems.append(contentsOf: error)
          continue
        }
        guard problems.isEmpty else { continue }
        let outcome = try session.save(inventory, source: path, importedAt: nil)
        imported.append(
          ImportedFile(
            path: path, outcome: outcome, recordCount: inventory.recordCount,
            givesPopulation: inventory.comune.population != nil))
      }
      try problems.check()
      return imported
    }
  }

  func inputError(_ body: () throws -> Void) -> InputError? {
    do {
      try body()
      Issue.record("expected an InputError")
      return nil
    } catch let error as InputError {
      return error
    } catch {
      Issue.record("unexpected error \(error)")
      return nil
    }
  }

  @Test(arguments: [(1, 1), (2, 64), (3, 2), (8, 5)])
  func sameOutcomesAndRowsAsOneByOne(workers: Int, window: Int) throws {
    let paths = try validPaths(count: 12)
    let serialStore = try InventoryStore.inMemory()
    let expected = try serialImport(paths, into: serialStore)
    let store = try InventoryStore.inMemory()
    var progressed = 0
    let imported = try store.importFiles(
      paths, reader: reader, workers: workers, window: window, progress: { progressed += 1 })
    #expect(imported == expected)
    #expect(imported.map(\.path) == paths)
    #expect(imported.allSatisfy { $0.outcome.isCreated })
    #expect(progressed == paths.count)
    #expect(try InventoryStoreTests.dump(store) == InventoryStoreTests.dump(serialStore))
    // Importing the same files again adds nothing.
    let again = try store.importFiles(paths, reader: reader, workers: workers, window: window)
    #expect(again.map(\.outcome) == imported.map { .unchanged($0.outcome.info) })
  }

  @Test(arguments: [1, 2, 4])
  func sameProblemsInPathOrderAndNothingWritten(workers: Int) throws {
    let valid = try validPaths(count: 5)
    let invalid = try invalidPaths()
    // Invalid files among valid ones: every problem of every file, in path order.
    let paths = [valid[0], invalid[0], valid[1], invalid[1], valid[2], invalid[2], valid[3]]
    let serialStore = try InventoryStore.inMemory()
    let store = try InventoryStore.inMemory()
    try store.importFiles([valid[4]], reader: reader)
    let before = try InventoryStoreTests.dump(store)
    let expected = inputError { _ = try serialImport(paths, into: serialStore) }
    let actual = inputError { _ = try store.importFiles(paths, reader: reader, workers: workers, window: 3) }
    #expect(actual != nil)
    #expect(actual == expected)
    #expect(Set(actual?.diagnostics.map(\.file) ?? []) == Set(invalid))
    #expect(try InventoryStoreTests.dump(store) == before)
  }

  @Test func problemsPastTheLimitAreCountedAsOneByOne() throws {
    // Sixty files each with one problem: the list stops at its limit and counts the rest.
    var paths: [String] = []
    for index in 0..<60 {
      let path = folder.path(String(format: "broken-%02d.json", index))
      try Data("{\"format\": \"other\"".utf8).write(to: URL(fileURLWithPath: path))
      paths.append(path)
    }
    let expected = inputError { _ = try serialImport(paths, into: try InventoryStore.inMemory()) }
    let actual = inputError { _ = try InventoryStore.inMemory().importFiles(paths, reader: reader) }
    #expect(actual == expected)
    #expect(actual?.diagnostics.count == DiagnosticList.defaultLimit)
    #expect(actual?.omitted == 60 - DiagnosticList.defaultLimit)
  }

  @Test func missingFilesAreReportedLikeTheReaderDoes() throws {
    let paths = [folder.path("nowhere.json"), folder.path("nothing.csv"), ""]
    let expected = inputError { _ = try serialImport(paths, into: try InventoryStore.inMemory()) }
    let actual = inputError { _ = try InventoryStore.inMemory().importFiles(paths, reader: reader) }
    #expect(actual == expected)
    #expect(actual?.diagnostics.count == 3)
  }

  @Test func foreignKeysHoldAndSettingsComeBack() throws {
    let store = try InventoryStore(path: folder.path("store.sqlite"), mode: .create)
    let cacheSize = try store.database.integer("PRAGMA cache_size")
    try store.importFiles(try validPaths(count: 6), reader: reader)
    // The batch does not check foreign keys row by row; every key must hold all the same.
    let violations = try store.database.makeStatement("PRAGMA foreign_key_check")
    #expect(try violations.step() == false)
    #expect(try store.database.integer("PRAGMA foreign_keys") == 1)
    #expect(try store.database.integer("PRAGMA cache_size") == cacheSize)
    #expect(try store.database.integer("PRAGMA page_size") == 16_384)
    #expect(try store.comuni().count == 6)
  }

  @Test func readOnlyStoreRefusesAsImportBatchDoes() throws {
    let path = folder.path("store.sqlite")
    _ = try InventoryStore(path: path, mode: .create)
    let store = try InventoryStore(path: path, mode: .readOnly)
    #expect(throws: StoreError.openedForReading(path: path)) {
      try store.importFiles(try validPaths(count: 2), reader: reader)
    }
  }

  @Test func noPathsImportNothing() throws {
    let store = try InventoryStore.inMemory()
    #expect(try store.importFiles([], reader: reader).isEmpty)
    #expect(try store.comuni().isEmpty)
  }
}
