import Dispatch
import Foundation
import NuvolaModel
import Synchronization
import Testing

@testable import NuvolaStore

/// Loading snapshots by id on several connections at once: the ids of one moment, loaded while an
/// import commits, give that moment's inventories; a missing id is a store error.
@Suite struct SnapshotReadersTests {
  let folder: StoreTemporaryFolder
  let path: String
  let store: InventoryStore

  init() throws {
    folder = try StoreTemporaryFolder()
    path = folder.path("store.sqlite")
    store = try InventoryStore(path: path, mode: .create)
  }

  func save(_ inventories: Inventory...) throws { try save(inventories) }

  func save(_ inventories: [Inventory]) throws {
    try store.importBatch { session in
      for inventory in inventories { _ = try session.save(inventory, source: "test.json", importedAt: nil) }
    }
  }

  @Test func currentSnapshotIDsAreTheLatestOfEachComuneByISTATCode() throws {
    try save(StoreFixtures.small("002002", name: "Due"), StoreFixtures.small("001001", name: "Uno"))
    try save(StoreFixtures.small("001001", name: "Uno", variant: 2))
    // Ids in import order: Due 1, Uno 2, Uno (second import) 3.
    #expect(try store.currentSnapshotIDs() == [3, 1])
    #expect(try store.currentSnapshotIDs(among: ["002002", "999999"]) == [1])
    #expect(try store.currentSnapshotIDs(among: []) == [])
  }

  @Test func loadsOnEveryThreadTheSameInventoriesAsTheStore() throws {
    let inventories = (1...40).map {
      StoreFixtures.small(String(format: "%06d", $0), name: "C\($0)", variant: $0 % 3)
    }
    try save(inventories)
    let ids = try store.currentSnapshotIDs()
    let readers = SnapshotReaders(path: path)
    let loaded = Mutex<[Int: Inventory]>([:])
    DispatchQueue.concurrentPerform(iterations: ids.count) { index in
      let inventory = try? readers.snapshot(id: ids[index]).inventory
      loaded.withLock { $0[index] = inventory }
    }
    let byIndex = loaded.withLock { $0 }
    #expect((0..<ids.count).map { byIndex[$0] ?? nil } == inventories)
    // At most one connection per thread that loaded at once, and at least one.
    #expect((1...max(2, ProcessInfo.processInfo.activeProcessorCount)).contains(readers.connectionCount))
  }

  @Test func idsReadBeforeAnImportStillLoadTheOldSnapshot() throws {
    let before = StoreFixtures.small("001001", name: "Uno")
    try save(before)
    let ids = try store.currentSnapshotIDs()
    try save(StoreFixtures.small("001001", name: "Uno", variant: 2))
    let readers = SnapshotReaders(path: path)
    #expect(try readers.snapshot(id: ids[0]).inventory == before)
    #expect(try store.currentSnapshotIDs() != ids)
  }

  @Test func aMissingIDIsAStoreErrorNamingTheFile() throws {
    try save(StoreFixtures.small("001001", name: "Uno"))
    let readers = SnapshotReaders(path: path)
    #expect(
      throws: StoreError.corrupt(path: path, message: "snapshot 99 is listed as current but cannot be read")
    ) {
      try readers.snapshot(id: 99)
    }
  }

  @Test func aMissingFileIsAStoreErrorAndOpensNothing() throws {
    let readers = SnapshotReaders(path: folder.path("absent.sqlite"))
    #expect(throws: StoreError.missing(path: folder.path("absent.sqlite"))) { try readers.snapshot(id: 1) }
    #expect(readers.connectionCount == 0)
    #expect(!FileManager.default.fileExists(atPath: folder.path("absent.sqlite")))
  }
}
