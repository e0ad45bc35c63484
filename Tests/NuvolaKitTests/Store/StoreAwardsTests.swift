import Foundation
import Testing

@testable import NuvolaAwards
@testable import NuvolaStore
@testable import NuvolaSupport

@Suite struct StoreAwardsTests {
  func file(_ text: String = AwardFixtures.file143, day: Int = 24) throws -> AwardFile {
    try AwardFixtures.read(text, dataDate: Day(year: 2023, month: 10, day: day))
  }

  @Test func importsThenReimportsWithoutChange() throws {
    let store = try InventoryStore.inMemory()
    let first = try store.importAwards([try file()])
    #expect(first[0].added == 5)
    #expect(!first[0].changedNothing)
    #expect(try store.awardBook().awards.count == 5)
    let again = try store.importAwards([try file()])
    #expect(again[0].unchanged == 5)
    #expect(again[0].changedNothing)
    #expect(try store.database.integer("SELECT count(*) FROM award_files") == 1)
    #expect(try store.awardBook().awards.count == 5)
    #expect(try store.awardSources().map(\.fileName) == ["candidature_finanziate_143.csv"])
  }

  @Test func aNewerFileChangesTheStatesItCovers() throws {
    let store = try InventoryStore.inMemory()
    _ = try store.importAwards([try file()])
    let paid = AwardFixtures.file143.replacingOccurrences(of: ",A,2022-08-12,", with: ",E,2024-01-15,")
    let outcome = try store.importAwards([try file(paid, day: 28)])[0]
    #expect(outcome.replacing == 1)
    #expect(outcome.superseded == 1)
    #expect(outcome.unchanged == 4)
    let book = try store.awardBook()
    let appIO = try #require(book.awards(istatCode: "014061").first { $0.measure == .appIO })
    #expect(appIO.state == .paid)
    #expect(appIO.stateDay == Day(year: 2024, month: 1, day: 15))
    #expect(appIO.source.dataDate == Day(year: 2023, month: 10, day: 28))
    #expect(book.awards.count == 5)
    // One comune's book holds that comune's awards only.
    let own = try store.awardBook(istatCodes: ["014061"])
    #expect(Array(own.awards) == Array(book.awards(istatCode: "014061")))
    #expect(try store.awardBook(istatCodes: ["999999"]).isEmpty)
    // An older file imported afterwards does not undo it.
    let older = try store.importAwards([try file(day: 1)])[0]
    // Every row of it is covered by the newer file.
    #expect(older.olderThanStored == 5)
    #expect(try store.awardBook().standing(istatCode: "014061", measure: .appIO)?.state == .paid)
  }

  @Test func filesOfOneImportApplyInDateOrder() throws {
    let store = try InventoryStore.inMemory()
    let paid = AwardFixtures.file143.replacingOccurrences(of: ",A,2022-08-12,", with: ",E,2024-01-15,")
    let outcomes = try store.importAwards([try file(paid, day: 28), try file(day: 1)])
    #expect(outcomes[0].replacing == 1)
    #expect(outcomes[1].added == 5)
    #expect(try store.awardBook().standing(istatCode: "014061", measure: .appIO)?.state == .paid)
  }

  @Test func aVersionOneStoreMigratesAndReadsWhileOld() throws {
    let folder = try StoreTemporaryFolder()
    let path = folder.path("old.sqlite")
    do {
      let database = try Database(path: path, mode: .create)
      try database.execute(StoreSchema.version1 + "\nPRAGMA user_version = 1;")
    }
    // Read-only: the inventories read as before, the awards as none.
    let reader = try InventoryStore(path: path, mode: .readOnly)
    #expect(reader.schemaVersionOnDisk == 1)
    #expect(try reader.comuni().isEmpty)
    #expect(try reader.awardBook().isEmpty)
    #expect(try reader.awardSources().isEmpty)
    // Opened for writing: migrated to version 2, awards can be imported.
    let writer = try InventoryStore(path: path, mode: .readWrite)
    #expect(writer.schemaVersionOnDisk == 2)
    #expect(try writer.database.integer("PRAGMA user_version") == 2)
    #expect(try writer.importAwards([try file()])[0].added == 5)
  }
}
