import Foundation
import Testing

@testable import NuvolaStore

/// Opening files that are not (or not yet, or no longer) stores this Nuvola can use: each gives a
/// `StoreError` naming the file and leaves the file as it was.
@Suite struct StoreOpeningTests {
  let folder: StoreTemporaryFolder

  init() throws {
    folder = try StoreTemporaryFolder()
  }

  func contents(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
  }

  @Test(arguments: [InventoryStore.Mode.create, .readWrite, .readOnly])
  func garbageFileIsNotADatabaseAndStaysUnchanged(mode: InventoryStore.Mode) throws {
    let path = folder.path("garbage.sqlite")
    let garbage = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
    try garbage.write(to: URL(fileURLWithPath: path))
    #expect(throws: StoreError.notADatabase(path: path)) { try InventoryStore(path: path, mode: mode) }
    #expect(try contents(path) == garbage)
    #expect(try folder.contents() == ["garbage.sqlite"])
    #expect(StoreError.notADatabase(path: path).description.hasPrefix("\(path) is not a SQLite database"))
  }

  @Test func sqliteFileOfAnotherProgramIsRefused() throws {
    let path = folder.path("other.sqlite")
    do {
      let other = try Database(path: path, mode: .create)
      try other.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    }
    let before = try contents(path)
    #expect(throws: StoreError.notAStore(path: path)) { try InventoryStore(path: path, mode: .create) }
    #expect(try contents(path) == before)
  }

  @Test(arguments: [InventoryStore.Mode.create, .readWrite, .readOnly])
  func newerSchemaIsRefusedAndTheFileUntouched(mode: InventoryStore.Mode) throws {
    let path = folder.path("newer.sqlite")
    do { _ = try InventoryStore(path: path, mode: .create) }
    do {
      let database = try Database(path: path, mode: .readWrite)
      try database.execute("PRAGMA user_version = 99")
    }
    let before = try contents(path)
    let expected = StoreError.newerSchema(path: path, found: 99, supported: StoreSchema.version)
    #expect(throws: expected) { try InventoryStore(path: path, mode: mode) }
    #expect(try contents(path) == before)
    #expect(expected.description.contains("newer Nuvola"))
    #expect(expected.description.contains("version 99"))
  }

  @Test(arguments: [InventoryStore.Mode.readOnly, .readWrite])
  func missingFileIsReportedAndNotCreated(mode: InventoryStore.Mode) throws {
    let path = folder.path("missing.sqlite")
    #expect(throws: StoreError.missing(path: path)) { try InventoryStore(path: path, mode: mode) }
    #expect(!FileManager.default.fileExists(atPath: path))
    #expect(try folder.contents().isEmpty)
    #expect(StoreError.missing(path: path).description == "no store at \(path): run `nuvola import` first")
  }

  @Test func emptyFileIsNoStoreForReading() throws {
    let path = folder.path("empty.sqlite")
    try Data().write(to: URL(fileURLWithPath: path))
    #expect(throws: StoreError.missing(path: path)) { try InventoryStore(path: path, mode: .readOnly) }
    #expect(try contents(path).isEmpty)
    // For writing, an empty file becomes a store.
    let store = try InventoryStore(path: path, mode: .readWrite)
    #expect(try store.comuni().isEmpty)
  }

  @Test func missingFolderIsNamed() throws {
    let path = folder.path("no-such-folder/nuvola.sqlite")
    let error = try #require(
      #expect(throws: StoreError.self) { try InventoryStore(path: path, mode: .create) })
    guard case .cannotOpen(let reported, let message) = error else {
      Issue.record("expected cannotOpen, got \(error)")
      return
    }
    #expect(reported == path)
    #expect(message.contains("does not exist"))
  }

  @Test func folderInPlaceOfTheFileIsRefused() throws {
    let path = folder.path("a-folder")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    let error = try #require(
      #expect(throws: StoreError.self) { try InventoryStore(path: path, mode: .create) })
    #expect(error.description.contains(path))
  }

  @Test(.enabled(if: geteuid() != 0, "root writes any file"))
  func writeProtectedFileIsReadOnly() throws {
    let path = folder.path("locked.sqlite")
    do { _ = try InventoryStore(path: path, mode: .create) }
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
    #expect(throws: StoreError.readOnly(path: path)) { try InventoryStore(path: path, mode: .readWrite) }
    _ = try InventoryStore(path: path, mode: .readOnly)
  }

  /// A WAL store in a folder this process cannot write cannot be read (SQLite must create its
  /// `-shm` file): the message says so, rather than "cannot write" to a command that only reads.
  @Test(.enabled(if: geteuid() != 0, "root writes any folder"))
  func storeInAReadOnlyFolderSaysWhyItCannotBeRead() throws {
    let locked = folder.path("locked")
    try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
    let path = locked + "/store.sqlite"
    do { _ = try InventoryStore(path: path, mode: .create) }
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked) }
    #expect(throws: StoreError.readOnlyFolder(path: path)) { try InventoryStore(path: path, mode: .readOnly) }
  }

  @Test func readOnlyMeansTheFolderWhenOnlyReading() {
    let error = StoreError.readOnly(path: "/archive/2026/store.sqlite").whenReading
    #expect(error == .readOnlyFolder(path: "/archive/2026/store.sqlite"))
    #expect(error.description.contains("cannot read /archive/2026/store.sqlite"))
    #expect(error.description.contains("store.sqlite-shm"))
    #expect(error.description.contains("the folder /archive/2026 is read-only"))
    #expect(StoreError.busy(path: "s.sqlite").whenReading == .busy(path: "s.sqlite"))
    #expect(StoreError.readOnlyFolder(path: "s.sqlite").description.contains("the folder . is read-only"))
  }

  /// SQLite's failures are sorted into cases a person can act on, each naming the file.
  @Test(arguments: [
    (Int32(26), StoreError.notADatabase(path: "/tmp/s.sqlite")),
    (8, .readOnly(path: "/tmp/s.sqlite")),
    (5, .busy(path: "/tmp/s.sqlite")),
    (6, .busy(path: "/tmp/s.sqlite")),
    (13, .diskFull(path: "/tmp/s.sqlite")),
    (10, .io(path: "/tmp/s.sqlite", message: "m")),
    (11, .corrupt(path: "/tmp/s.sqlite", message: "m")),
  ])
  func databaseErrorsMapToStoreErrors(code: Int32, expected: StoreError) {
    let cause = DatabaseError(resultCode: code, message: "m", sql: "SELECT 1")
    let error = StoreError(cause, path: "/tmp/s.sqlite")
    #expect(error == expected)
    #expect(error.description.contains("/tmp/s.sqlite"))
  }

  /// SQLite calls a failed write an I/O error; the operating system's error number says which.
  @Test(arguments: [
    (ENOSPC, StoreError.diskFull(path: "/tmp/s.sqlite")),
    (EDQUOT, .diskFull(path: "/tmp/s.sqlite")),
    (EFBIG, .fileSizeLimit(path: "/tmp/s.sqlite")),
    (EIO, .io(path: "/tmp/s.sqlite", message: "disk I/O error")),
  ])
  func ioErrorsAreSortedBySystemError(errno: Int32, expected: StoreError) {
    let cause = DatabaseError(
      resultCode: 10, extendedResultCode: 778, message: "disk I/O error", systemErrno: errno)
    #expect(StoreError(cause, path: "/tmp/s.sqlite") == expected)
  }

  @Test func otherDatabaseErrorsKeepTheCause() {
    let cause = DatabaseError(resultCode: 19, extendedResultCode: 1555, message: "UNIQUE constraint failed")
    let error = StoreError(cause, path: "s.sqlite")
    #expect(error == .database(path: "s.sqlite", cause))
    #expect(error.description.contains("UNIQUE constraint failed"))
    #expect(StoreError.busy(path: "s.sqlite").description.contains("locked by another process"))
  }
}
