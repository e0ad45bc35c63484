import Foundation
import NuvolaModel

/// The SQLite file where imported inventories live: one snapshot per import of a comune, older
/// snapshots kept as history, the most recent one current. The rest of Nuvola reads and writes
/// stored inventories only through this type.
///
/// A store is one connection, used by one thread at a time. Every failure is a `StoreError`
/// naming the file, except errors thrown by the caller's own closures, which pass through as they are.
public final class InventoryStore {
  /// How the store file is opened.
  public enum Mode: Sendable, Equatable {
    /// Create the file when missing; bring its schema up to date.
    case create
    /// The file must exist; bring its schema up to date.
    case readWrite
    /// The file must exist and is never written (nor created).
    case readOnly
  }

  /// The schema version this Nuvola reads and writes.
  public static var schemaVersion: Int { StoreSchema.version }

  public let path: String
  public let mode: Mode
  let database: Database
  let tables = StoreTables.shared
  /// The schema version of the file as opened: older than `schemaVersion` only for a read-only
  /// open of a store that was not upgraded (`StoreSchema.readableFrom`).
  public private(set) var schemaVersionOnDisk = 0

  public init(path: String, mode: Mode) throws {
    // Checked here rather than left to SQLite so that a read never creates an empty file.
    if mode != .create, !FileManager.default.fileExists(atPath: path) {
      throw StoreError.missing(path: path)
    }
    self.path = path
    self.mode = mode
    do {
      switch mode {
      case .create: database = try Database(path: path, mode: .create)
      case .readWrite: database = try Database(path: path, mode: .readWrite)
      case .readOnly: database = try Database(path: path, mode: .readOnly)
      }
    } catch let error as DatabaseError {
      throw StoreError(error, path: path)
    }
    do {
      try storeErrors { try openSchema() }
    } catch let error as StoreError where mode == .readOnly {
      throw error.whenReading
    }
  }

  /// A fresh store in memory, gone when released: for tests.
  public static func inMemory() throws -> InventoryStore {
    try InventoryStore(path: ":memory:", mode: .create)
  }

  /// Checks that the file is a Nuvola store this version can use, then configures the connection
  /// and migrates. Nothing is written before the checks pass, so a foreign or newer file is left
  /// exactly as it was.
  private func openSchema() throws {
    let version = Int(try database.integer("PRAGMA user_version"))
    let applicationID = try database.integer("PRAGMA application_id")
    let supported = StoreSchema.version
    if applicationID != 0 && applicationID != StoreSchema.applicationID {
      throw StoreError.notAStore(path: path)
    }
    if version > supported {
      throw StoreError.newerSchema(path: path, found: version, supported: supported)
    }
    if version == 0 {
      // A version-0 file with tables belongs to another program; an empty one is a new store.
      if try database.integer("SELECT count(*) FROM sqlite_master") > 0 {
        throw StoreError.notAStore(path: path)
      }
      if mode == .readOnly { throw StoreError.missing(path: path) }
    } else if applicationID != StoreSchema.applicationID {
      throw StoreError.notAStore(path: path)
    } else if version < supported && mode == .readOnly {
      guard version >= StoreSchema.readableFrom else {
        throw StoreError.olderSchema(path: path, found: version, supported: supported)
      }
      try database.execute("PRAGMA foreign_keys = ON")
      schemaVersionOnDisk = version
      return
    }
    if mode != .readOnly {
      // SQLite silently opens a write-protected file read-only; say so now, not at the first write.
      if database.isReadOnly { throw StoreError.readOnly(path: path) }
      // WAL: readers (reports) never block the writer (an import), and a commit is one append.
      if version == 0 {
        // A new store gets 16 KiB pages (a file's page size is fixed once it is in WAL mode): a
        // bulk import then writes a quarter of the pages, with a quarter of the system calls, and
        // SQLite spends about a tenth less time on it; reading is unaffected.
        try database.execute("PRAGMA page_size = 16384")
      }
      try database.execute("PRAGMA journal_mode = WAL")
      try database.execute("PRAGMA synchronous = NORMAL")
    }
    try database.execute("PRAGMA foreign_keys = ON")
    if version < supported { try migrate() }
    schemaVersionOnDisk = supported
  }

  private func migrate() throws {
    try database.transaction {
      // Read again under the write lock: another process may have migrated in the meantime.
      let version = Int(try database.integer("PRAGMA user_version"))
      if version > StoreSchema.version {
        throw StoreError.newerSchema(path: path, found: version, supported: StoreSchema.version)
      }
      for script in StoreSchema.migrations.dropFirst(version) {
        try database.execute(script)
      }
      try database.execute("PRAGMA user_version = \(StoreSchema.version)")
    }
  }

  /// Turns the wrapper's errors into `StoreError`s naming this store; other errors pass through.
  func storeErrors<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as DatabaseError {
      throw StoreError(error, path: path)
    } catch let error as UnreadableColumn {
      throw StoreError.corrupt(path: path, message: error.description)
    }
  }

  // MARK: Writing

  /// Runs `body` in one transaction: every inventory it saves is stored, or, when anything throws
  /// (the body included), none is and the store is left exactly as before.
  public func importBatch<T>(_ body: (ImportSession) throws -> T) throws -> T {
    guard mode != .readOnly else { throw StoreError.openedForReading(path: path) }
    let session = ImportSession(store: self)
    defer { session.end() }
    return try storeErrors {
      try database.transaction { try body(session) }
    }
  }

  // MARK: Reading

  /// Every comune in the store, by ISTAT code, with its current snapshot and history size.
  public func comuni() throws -> [StoredComune] {
    try storeErrors {
      try database.read {
        try database.withStatement(tables.comuniSQL) { statement in
          var comuni: [StoredComune] = []
          while try statement.step() {
            let (info, _) = try tables.snapshots.read(statement, offset: 5)
            comuni.append(
              StoredComune(
                istatCode: info.istatCode, name: info.name, current: info,
                snapshotCount: Int(statement.int64(at: 0)), siteCount: Int(statement.int64(at: 1)),
                assetCount: Int(statement.int64(at: 2)), applicationCount: Int(statement.int64(at: 3)),
                linkCount: Int(statement.int64(at: 4))))
          }
          return comuni
        }
      }
    }
  }

  /// The most recently imported snapshot of a comune, nil when the comune was never imported.
  public func currentSnapshot(istatCode: String) throws -> Snapshot? {
    try storeErrors {
      try database.read {
        let snapshots = tables.snapshots
        let rows = try snapshots.rows(snapshots.selectCurrentSQL, [.text(istatCode)], in: database)
        guard let (info, comune) = rows.first else { return nil }
        return try loadSnapshot(info: info, comune: comune)
      }
    }
  }

  /// Every snapshot of a comune, oldest first.
  public func snapshots(istatCode: String) throws -> [SnapshotInfo] {
    try storeErrors {
      let snapshots = tables.snapshots
      return try snapshots.rows(snapshots.selectHistorySQL, [.text(istatCode)], in: database).map(\.0)
    }
  }

  /// A snapshot by id, nil when there is none with that id.
  public func snapshot(id: Int64) throws -> Snapshot? {
    try storeErrors {
      try database.read { try loadSnapshot(id: id) }
    }
  }

  /// The id of every comune's current snapshot, by ISTAT code, read in one transaction. A snapshot
  /// is never changed or deleted once committed, so loading these ids later, on any connection
  /// (`SnapshotReaders`), gives the state of the store at this moment even if an import commits
  /// meanwhile. `codes`, when given, keeps only the comuni with those ISTAT codes.
  public func currentSnapshotIDs(among codes: Set<String>? = nil) throws -> [Int64] {
    try storeErrors {
      try database.withStatement(tables.currentIDsSQL) { statement in
        var ids: [Int64] = []
        while try statement.step() {
          if let codes, !codes.contains(statement.text(at: 1)) { continue }
          ids.append(statement.int64(at: 0))
        }
        return ids
      }
    }
  }

  func loadSnapshot(id: Int64) throws -> Snapshot? {
    let rows = try tables.snapshots.rows(tables.snapshots.selectSQL, [.integer(id)], in: database)
    guard let (info, comune) = rows.first else { return nil }
    return try loadSnapshot(info: info, comune: comune)
  }

  private func loadSnapshot(info: SnapshotInfo, comune: Comune) throws -> Snapshot {
    let inventory = Inventory(
      comune: comune,
      sites: try tables.sites.load(snapshotID: info.id, in: database),
      assets: try tables.assets.load(snapshotID: info.id, in: database),
      applications: try tables.applications.load(snapshotID: info.id, in: database),
      links: try tables.links.load(snapshotID: info.id, in: database))
    return Snapshot(info: info, inventory: inventory)
  }

  /// Saves one inventory inside the open batch transaction, unless it equals the comune's current
  /// snapshot. Equal hashes only say "maybe equal": the current snapshot is then loaded and compared
  /// whole, so that a hash collision stores the import rather than losing it. A savepoint makes
  /// the save all or nothing even when the caller catches its error and goes on with the batch;
  /// `savepoint: false` is for callers that never do (their batch rolls back whole on any error),
  /// because a savepoint makes SQLite copy every page the save touches to a temporary file.
  func save(
    _ prepared: PreparedInventory, source: String, importedAt: String?, savepoint: Bool = true
  ) throws -> SaveOutcome {
    let rows = prepared.rows
    let hash = prepared.contentHash
    let comune = prepared.comune
    let current = try tables.snapshots.rows(
      tables.snapshots.selectCurrentSQL, [.text(comune.istatCode)], in: database
    ).first
    if let (info, stored) = current, info.contentHash == hash,
      try loadSnapshot(info: info, comune: stored).inventory == prepared.inventory
    {
      return .unchanged(info)
    }
    return try rows.text.withUnsafeBufferPointer { text in
      func insert() throws -> SaveOutcome {
        let id = try tables.snapshots.insert(
          rows.comune, text: text, source: source, contentHash: hash, importedAt: importedAt, in: database)
        try tables.sites.insert(rows.sites, text: text, snapshotID: id, in: database)
        try tables.assets.insert(rows.assets, text: text, snapshotID: id, in: database)
        try tables.applications.insert(rows.applications, text: text, snapshotID: id, in: database)
        try tables.links.insert(rows.links, text: text, snapshotID: id, in: database)
        return .created(
          SnapshotInfo(
            id: id, istatCode: comune.istatCode, name: comune.name ?? "",
            inventoryDate: comune.inventoryDate, source: source, contentHash: hash, importedAt: importedAt))
      }
      return savepoint ? try database.savepoint(insert) : try insert()
    }
  }
}

/// A store is one SQLite connection, used by one thread at a time.
@available(*, unavailable)
extension InventoryStore: Sendable {}
