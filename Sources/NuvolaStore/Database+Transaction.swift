import CSQLite

extension Database {
  /// How a transaction takes its locks.
  enum TransactionKind: Sendable {
    /// Takes the write lock at once, so a writer waits (busy timeout) at BEGIN rather than failing
    /// halfway through its work.
    case immediate
    /// Reads see one consistent state of the file; no write lock.
    case deferred
  }

  /// Runs `body` in a transaction: commits when it returns, rolls back and rethrows the first error
  /// when anything throws, including the commit itself.
  func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
    try execute(kind == .immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED")
    do {
      let result = try body()
      try execute("COMMIT")
      return result
    } catch {
      rollback()
      throw error
    }
  }

  /// Reads inside a deferred transaction, or inside the caller's transaction when one is open, so
  /// that several queries see the same state of the file.
  func read<T>(_ body: () throws -> T) throws -> T {
    if isInTransaction { return try body() }
    return try transaction(.deferred, body)
  }

  /// Rolls back whatever is open. SQLite may already have rolled back on its own (after some I/O
  /// errors, or a full disk), so roll back only when a transaction is still open; the error that
  /// caused the rollback is the one worth reporting, not a failure of the rollback itself.
  func rollback() {
    if isInTransaction { sqlite3_exec(handle, "ROLLBACK", nil, nil, nil) }
  }
}

extension Database {
  /// Runs `body` inside a savepoint of the open transaction: when it throws, its own writes are
  /// undone and the rest of the transaction is kept, so a caller that catches the error and goes on
  /// never commits half of `body`'s work.
  func savepoint<T>(_ body: () throws -> T) throws -> T {
    // Prepared once and reused: a bulk import opens one savepoint per inventory, and compiling the
    // two statements each time cost more than some of the inserts.
    try withStatement("SAVEPOINT nuvola_savepoint") { try $0.execute() }
    do {
      let result = try body()
      try withStatement("RELEASE nuvola_savepoint") { try $0.execute() }
      return result
    } catch {
      if isInTransaction {
        sqlite3_exec(handle, "ROLLBACK TO nuvola_savepoint; RELEASE nuvola_savepoint", nil, nil, nil)
      }
      throw error
    }
  }
}
