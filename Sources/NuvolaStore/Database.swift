import CSQLite

/// One connection to a SQLite database file: the only owner of the `sqlite3` handle, with a cache
/// of prepared statements keyed by their SQL so that bulk work compiles each statement once.
///
/// Every method throws `DatabaseError`. A connection is used by one thread at a time: it is not
/// Sendable, and neither are its statements.
final class Database {
  /// How the file is opened; only `.create` may create it.
  enum Mode: Sendable {
    case readOnly
    case readWrite
    case create
  }

  /// How long a statement waits for another process's lock before failing with `SQLITE_BUSY`.
  static let busyTimeoutMilliseconds: Int32 = 5_000

  let path: String
  let handle: OpaquePointer
  private var cache: [CacheKey: Statement] = [:]

  /// A statement's SQL as a cache key that hashes only its length and first bytes: hashing whole
  /// SQL texts (hundreds of bytes each) cost more than some of the inserts they prepare, and keys
  /// that hash alike are still told apart by comparing the whole text.
  private struct CacheKey: Hashable {
    let sql: String

    func hash(into hasher: inout Hasher) {
      hasher.combine(sql.utf8.count)
      var sql = sql
      sql.withUTF8 {
        hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: $0.prefix(48))))
      }
    }

    static func == (a: CacheKey, b: CacheKey) -> Bool { a.sql == b.sql }
  }

  /// Process-wide settings, applied once before SQLite opens its first connection: no memory
  /// statistics, which otherwise take a global mutex on every allocation (about a tenth of a bulk
  /// import's time in SQLite). Later attempts are refused by SQLite and change nothing.
  private static let configured: Void = { _ = nuvola_sqlite_disable_memory_statistics() }()

  init(path: String, mode: Mode) throws {
    Database.configured
    // NOMUTEX: the connection is confined to one thread, so SQLite's own locking is wasted work.
    var flags = SQLITE_OPEN_NOMUTEX
    switch mode {
    case .readOnly: flags |= SQLITE_OPEN_READONLY
    case .readWrite: flags |= SQLITE_OPEN_READWRITE
    case .create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
    }
    var connection: OpaquePointer?
    let code = sqlite3_open_v2(path, &connection, flags, nil)
    guard code == SQLITE_OK, let connection else {
      let error = DatabaseError(code: code, connection: connection, sql: nil)
      // SQLite allocates a handle even when opening fails; it must still be closed.
      sqlite3_close_v2(connection)
      throw error
    }
    self.path = path
    self.handle = connection
    sqlite3_extended_result_codes(connection, 1)
    sqlite3_busy_timeout(connection, Database.busyTimeoutMilliseconds)
  }

  deinit {
    // Finalize the cached statements first; close_v2 would otherwise defer the close until they go.
    cache.removeAll()
    sqlite3_close_v2(handle)
  }

  /// Runs SQL text that may hold several statements (a migration script, pragmas), ignoring rows.
  func execute(_ sql: String) throws {
    let code = sqlite3_exec(handle, sql, nil, nil, nil)
    guard code == SQLITE_OK else { throw DatabaseError(code: code, connection: handle, sql: sql) }
  }

  /// A new statement, not cached: for statements run once.
  func makeStatement(_ sql: String) throws -> Statement {
    try Statement(connection: handle, sql: sql)
  }

  /// The cached statement for `sql`, prepared on first use, lent to `body` and reset afterwards.
  ///
  /// The same SQL must not be used again inside `body`: there is one statement per SQL text.
  func withStatement<T>(_ sql: String, _ body: (Statement) throws -> T) throws -> T {
    let statement: Statement
    if let cached = cache[CacheKey(sql: sql)] {
      statement = cached
    } else {
      statement = try Statement(connection: handle, sql: sql)
      cache[CacheKey(sql: sql)] = statement
    }
    defer { statement.reset(clearingBindings: true) }
    return try body(statement)
  }

  /// The first column of the first row of a query (`PRAGMA user_version`, `count(*)`), nil when
  /// there is no row or the value is NULL.
  func scalar(_ sql: String, _ arguments: [DatabaseValue] = []) throws -> DatabaseValue? {
    try withStatement(sql) { statement in
      try statement.bind(arguments)
      guard try statement.step() else { return nil }
      let value = statement.value(at: 0)
      return value == .null ? nil : value
    }
  }

  /// The integer in the first column of the first row, 0 when there is none.
  func integer(_ sql: String, _ arguments: [DatabaseValue] = []) throws -> Int64 {
    guard case .integer(let value)? = try scalar(sql, arguments) else { return 0 }
    return value
  }

  /// The rowid of the last row inserted on this connection.
  var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

  /// Whether a transaction is open (SQLite is out of autocommit mode).
  var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

  /// Whether SQLite opened the main database read-only, which it does silently when the file
  /// cannot be written even though writing was asked for.
  var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

  /// Statements in the cache, for tests.
  var cachedStatementCount: Int { cache.count }
}

/// A connection is used by one thread at a time.
@available(*, unavailable)
extension Database: Sendable {}
