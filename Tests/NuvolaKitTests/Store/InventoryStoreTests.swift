import Foundation
import NuvolaModel
import Testing

@testable import NuvolaStore

/// Saving and loading inventories: round trip, dedupe, history, all-or-nothing batches.
@Suite struct InventoryStoreTests {
  struct Stop: Error, Equatable {}

  let store: InventoryStore

  init() throws {
    store = try InventoryStore.inMemory()
  }

  @discardableResult
  func save(_ inventory: Inventory, source: String = "test.json", in store: InventoryStore? = nil) throws
    -> SaveOutcome
  {
    try (store ?? self.store).importBatch { try $0.save(inventory, source: source, importedAt: nil) }
  }

  /// Every row of every table, for comparing a store's whole content before and after.
  static func dump(_ store: InventoryStore) throws -> [String: [[DatabaseValue]]] {
    var tables: [String] = []
    let names = try store.database.makeStatement("SELECT name FROM sqlite_master WHERE type = 'table'")
    while try names.step() { tables.append(names.text(at: 0)) }
    var dump: [String: [[DatabaseValue]]] = [:]
    for table in tables {
      let rows = try store.database.makeStatement("SELECT * FROM \(SQL.identifier(table)) ORDER BY rowid")
      var values: [[DatabaseValue]] = []
      while try rows.step() { values.append((0..<rows.columnCount).map { rows.value(at: $0) }) }
      dump[table] = values
    }
    return dump
  }

  @Test func fixtureSetsEveryField() throws {
    let inventory = try StoreFixtures.complete()
    func check<Record: InventoryRecord>(_ records: [Record]) {
      for field in Record.fields {
        #expect(records.contains { field.get($0) != .unknown }, "no \(Record.recordType) sets \(field.name)")
      }
    }
    check([inventory.comune])
    check(inventory.sites)
    check(inventory.assets)
    check(inventory.applications)
    check(inventory.links)
  }

  @Test func roundTripGivesAnEqualInventory() throws {
    let inventory = try StoreFixtures.complete()
    let outcome = try save(inventory, source: "Inventories/sondrio.json")
    guard case .created(let info) = outcome else {
      Issue.record("expected a new snapshot, got \(outcome)")
      return
    }
    #expect(info.istatCode == "014061")
    #expect(info.name == "Sondrio")
    #expect(info.inventoryDate == inventory.comune.inventoryDate)
    #expect(info.source == "Inventories/sondrio.json")
    #expect(info.contentHash == PreparedInventory(inventory).contentHash)
    #expect(info.importedAt == nil)

    let loaded = try #require(try store.snapshot(id: info.id))
    #expect(loaded.info == info)
    #expect(loaded.inventory == inventory)
    #expect(try store.currentSnapshot(istatCode: "014061")?.inventory == inventory)
  }

  @Test func preparedInventorySavesLikeTheInventory() async throws {
    let inventory = try StoreFixtures.complete()
    // Prepared on another task, as a parallel importer does, then saved by the store's thread.
    let prepared = await Task.detached { PreparedInventory(inventory) }.value
    #expect(prepared.contentHash == PreparedInventory(inventory).contentHash)
    #expect(prepared.comune == inventory.comune)
    let outcome = try store.importBatch { try $0.save(prepared, source: "p.json") }
    #expect(outcome.info.contentHash == prepared.contentHash)
    #expect(try save(inventory) == .unchanged(outcome.info))
    #expect(try store.snapshot(id: outcome.info.id)?.inventory == inventory)
  }

  @Test func importedAtIsRecordedAsGiven() throws {
    let outcome = try store.importBatch {
      try $0.save(StoreFixtures.small("001001", name: "Uno"), source: "a", importedAt: "2025-04-01T10:00:00Z")
    }
    #expect(outcome.info.importedAt == "2025-04-01T10:00:00Z")
    #expect(try store.snapshots(istatCode: "001001").map(\.importedAt) == ["2025-04-01T10:00:00Z"])
  }

  @Test func sameInventoryTwiceStoresOneSnapshot() throws {
    let inventory = StoreFixtures.small("001001", name: "Uno")
    let first = try save(inventory, source: "first.json")
    let second = try save(inventory, source: "second.json")
    #expect(first.isCreated)
    #expect(second == .unchanged(first.info))
    #expect(try store.snapshots(istatCode: "001001") == [first.info])
    #expect(try store.comuni().map(\.snapshotCount) == [1])
  }

  @Test func sameInventoryTwiceInOneBatchStoresOneSnapshot() throws {
    let inventory = StoreFixtures.small("001001", name: "Uno")
    let outcomes = try store.importBatch { session in
      [try session.save(inventory, source: "a"), try session.save(inventory, source: "b")]
    }
    #expect(outcomes[0].isCreated)
    #expect(outcomes[1] == .unchanged(outcomes[0].info))
    #expect(try store.snapshots(istatCode: "001001").count == 1)
  }

  @Test func changedInventoryBecomesCurrentAndHistoryKeepsBoth() throws {
    let original = StoreFixtures.small("001001", name: "Uno")
    let changed = StoreFixtures.small("001001", name: "Uno", variant: 7)
    let first = try save(original, source: "v1.json").info
    let second = try save(changed, source: "v2.json")
    #expect(second.isCreated)
    #expect(second.info.id > first.id)

    let current = try #require(try store.currentSnapshot(istatCode: "001001"))
    #expect(current.info == second.info)
    #expect(current.inventory == changed)
    #expect(try store.snapshots(istatCode: "001001") == [first, second.info])
    #expect(try store.snapshot(id: first.id)?.inventory == original)

    // Back to the original content: it differs from the current snapshot, so it is stored again.
    let third = try save(original, source: "v1-again.json")
    #expect(third.isCreated)
    #expect(try store.currentSnapshot(istatCode: "001001")?.inventory == original)
    #expect(try store.snapshots(istatCode: "001001").count == 3)
  }

  @Test func comuniListsCurrentSnapshotsWithCounts() throws {
    try store.importBatch { session in
      _ = try session.save(StoreFixtures.small("002002", name: "Due"), source: "2")
      _ = try session.save(StoreFixtures.small("001001", name: "Uno"), source: "1a")
      _ = try session.save(try StoreFixtures.complete(), source: "s")
    }
    let newer = try save(StoreFixtures.small("001001", name: "Uno bis", variant: 1), source: "1b").info

    let comuni = try store.comuni()
    #expect(comuni.map(\.istatCode) == ["001001", "002002", "014061"])
    let uno = comuni[0]
    #expect(uno.name == "Uno bis")
    #expect(uno.current == newer)
    #expect(uno.snapshotCount == 2)
    let unoCounts = [uno.siteCount, uno.assetCount, uno.applicationCount, uno.linkCount]
    #expect(unoCounts == [1, 1, 2, 1])
    let sondrio = comuni[2]
    #expect(sondrio.snapshotCount == 1)
    let sondrioCounts = [sondrio.siteCount, sondrio.assetCount, sondrio.applicationCount, sondrio.linkCount]
    #expect(sondrioCounts == [2, 3, 3, 2])
  }

  @Test func unknownNameIsEmptyInTheInfoAndUnknownInTheInventory() throws {
    let inventory = Inventory(comune: Comune(istatCode: "001001"))
    let info = try save(inventory).info
    #expect(info.name == "")
    #expect(try store.comuni().map(\.name) == [""])
    #expect(try store.snapshot(id: info.id)?.inventory.comune.name == nil)
  }

  @Test func unknownComuneAndSnapshotAreNil() throws {
    try save(StoreFixtures.small("001001", name: "Uno"))
    #expect(try store.currentSnapshot(istatCode: "999999") == nil)
    #expect(try store.snapshot(id: 999) == nil)
    #expect(try store.snapshots(istatCode: "999999").isEmpty)
  }

  @Test func failedBatchLeavesTheStoreAsBefore() throws {
    let folder = try StoreTemporaryFolder()
    let path = folder.path("store.sqlite")
    let comuniBefore: [StoredComune]
    let dumpBefore: [String: [[DatabaseValue]]]
    do {
      let store = try InventoryStore(path: path, mode: .create)
      try save(StoreFixtures.small("001001", name: "Uno"), in: store)
      comuniBefore = try store.comuni()
      dumpBefore = try InventoryStoreTests.dump(store)

      #expect(throws: Stop()) {
        try store.importBatch { session in
          _ = try session.save(StoreFixtures.small("002002", name: "Due"), source: "due.json")
          _ = try session.save(StoreFixtures.small("001001", name: "Uno", variant: 3), source: "uno.json")
          throw Stop()
        }
      }
      #expect(try store.comuni() == comuniBefore)
      #expect(try store.snapshots(istatCode: "001001").count == 1)
      #expect(try store.snapshots(istatCode: "002002").isEmpty)
      #expect(try InventoryStoreTests.dump(store) == dumpBefore)
    }
    // What is on disk, read by a new connection, is the state before the failed batch.
    let reopened = try InventoryStore(path: path, mode: .readOnly)
    #expect(try reopened.comuni() == comuniBefore)
    #expect(try InventoryStoreTests.dump(reopened) == dumpBefore)
  }

  @Test func failedSaveCaughtInsideTheBatchLeavesNoPartRows() throws {
    var broken = StoreFixtures.small("002002", name: "Due")
    broken.sites.append(Site(id: "ced", name: "Duplicate id"))
    let outcomes = try store.importBatch { session in
      let first = try session.save(StoreFixtures.small("001001", name: "Uno"), source: "uno")
      let error = #expect(throws: StoreError.self) { try session.save(broken, source: "due") }
      if case .database(_, let cause)? = error {
        #expect(cause.resultCode == 19)
        #expect(cause.sql?.hasPrefix("INSERT INTO \"sites\"") == true)
      } else {
        Issue.record("expected a database error, got \(String(describing: error))")
      }
      let third = try session.save(StoreFixtures.small("003003", name: "Tre"), source: "tre")
      return [first, third]
    }
    #expect(outcomes.map(\.isCreated) == [true, true])
    #expect(try store.comuni().map(\.istatCode) == ["001001", "003003"])
    for table in ["sites", "assets", "applications", "links", "application_dependencies"] {
      let orphans = try store.database.integer(
        "SELECT count(*) FROM \(table) WHERE snapshot_id NOT IN (SELECT id FROM snapshots)")
      #expect(orphans == 0, "\(table) keeps rows of the failed save")
    }
  }

  @Test func storePersistsAcrossReopening() throws {
    let folder = try StoreTemporaryFolder()
    let path = folder.path("nuvola.sqlite")
    let inventory = try StoreFixtures.complete()
    let info: SnapshotInfo
    do {
      let store = try InventoryStore(path: path, mode: .create)
      info = try save(inventory, in: store).info
    }
    do {
      let store = try InventoryStore(path: path, mode: .readWrite)
      #expect(try save(inventory, in: store) == .unchanged(info))
    }
    let store = try InventoryStore(path: path, mode: .readOnly)
    let current = try #require(try store.currentSnapshot(istatCode: "014061"))
    #expect(current.info == info)
    #expect(current.inventory == inventory)
  }

  @Test func readOnlyStoreRefusesToImport() throws {
    let folder = try StoreTemporaryFolder()
    let path = folder.path("nuvola.sqlite")
    do {
      let store = try InventoryStore(path: path, mode: .create)
      try save(StoreFixtures.small("001001", name: "Uno"), in: store)
    }
    let store = try InventoryStore(path: path, mode: .readOnly)
    #expect(throws: StoreError.openedForReading(path: path)) {
      try store.importBatch { try $0.save(StoreFixtures.small("002002", name: "Due"), source: "x") }
    }
    #expect(try store.comuni().count == 1)
  }

  @Test func sessionCannotBeUsedAfterItsBatch() throws {
    var escaped: ImportSession?
    try store.importBatch { escaped = $0 }
    let session = try #require(escaped)
    #expect(throws: StoreError.sessionEnded) {
      try session.save(StoreFixtures.small("001001", name: "Uno"), source: "late")
    }
    #expect(try store.comuni().isEmpty)
  }

  @Test func valueOfTheWrongTypeIsReportedNotGuessed() throws {
    let info = try save(StoreFixtures.small("001001", name: "Uno")).info
    try store.database.execute("UPDATE sites SET ups_minutes = 'venti'")
    let error = try #require(#expect(throws: StoreError.self) { try store.snapshot(id: info.id) })
    guard case .corrupt(_, let message) = error else {
      Issue.record("expected corrupt, got \(error)")
      return
    }
    #expect(message.contains("sites.ups_minutes"))
    #expect(message.contains("'venti'"))
  }
}
