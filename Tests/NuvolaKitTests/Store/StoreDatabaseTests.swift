import Testing

@testable import NuvolaStore

/// The SQLite wrapper: errors, statements, values, transactions.
@Suite struct StoreDatabaseTests {
  let database: Database

  init() throws {
    database = try Database(path: ":memory:", mode: .create)
    try database.execute("CREATE TABLE t (id TEXT PRIMARY KEY, value)")
  }

  @Test func errorOfExecuteCarriesTheSQL() throws {
    let sql = "SELECT * FROM nowhere"
    let error = try #require(#expect(throws: DatabaseError.self) { try database.execute(sql) })
    #expect(error.sql == sql)
    #expect(error.resultCode == 1)
    #expect(error.message == "no such table: nowhere")
    #expect(error.description.contains("no such table: nowhere"))
    #expect(error.description.contains("`SELECT * FROM nowhere`"))
  }

  @Test func errorOfPrepareCarriesTheSQL() throws {
    let sql = "INSERT INTO t (id, missing_column) VALUES (?, ?)"
    let error = try #require(#expect(throws: DatabaseError.self) { try database.makeStatement(sql) })
    #expect(error.sql == sql)
    #expect(error.message.contains("missing_column"))
  }

  @Test func errorOfStepCarriesTheSQLAndExtendedCode() throws {
    let sql = "INSERT INTO t (id, value) VALUES ('a', 1)"
    try database.execute(sql)
    let statement = try database.makeStatement(sql)
    let error = try #require(#expect(throws: DatabaseError.self) { try statement.execute() })
    #expect(error.sql == sql)
    #expect(error.resultCode == 19)  // SQLITE_CONSTRAINT
    #expect(error.extendedResultCode == 1555)  // SQLITE_CONSTRAINT_PRIMARYKEY
    #expect(error.description.contains("fix the input"))
  }

  @Test func statementHoldsOneStatementOnly() throws {
    let error = try #require(
      #expect(throws: DatabaseError.self) { try database.makeStatement("SELECT 1; SELECT 2") })
    #expect(error.message.contains("more than one statement"))
    #expect(throws: DatabaseError.self) { try database.makeStatement("  ") }
    _ = try database.makeStatement("SELECT 1;  \n")
    _ = try database.makeStatement("SELECT 1; -- the answer\n /* and a note */")
    #expect(throws: DatabaseError.self) { try database.makeStatement("SELECT 1; /* note */ SELECT 2") }
  }

  @Test(arguments: [
    DatabaseValue.null, .integer(Int64.min), .integer(Int64.max), .real(0.1), .real(-1e300), .text(""),
    .text("ciao"), .text("àèìòù €, \"virgolette\" e 'apici'\n"), .text("con\u{0}zero"),
  ])
  func valuesReadBackAsBound(value: DatabaseValue) throws {
    try database.withStatement("INSERT INTO t (id, value) VALUES ('x', ?)") { statement in
      try statement.bind([value])
      try statement.execute()
    }
    let read = try database.withStatement("SELECT value FROM t WHERE id = 'x'") {
      statement throws -> DatabaseValue in
      #expect(try statement.step())
      return statement.value(at: 0)
    }
    #expect(read == value)
  }

  @Test func cachedStatementIsPreparedOnceAndReused() throws {
    let sql = "INSERT INTO t (id, value) VALUES (?, ?)"
    let first = try database.withStatement(sql) { statement in
      try statement.bind([.text("a"), .integer(1)])
      try statement.execute()
      return ObjectIdentifier(statement)
    }
    let second = try database.withStatement(sql) { statement in
      try statement.bind([.text("b"), .integer(2)])
      try statement.execute()
      return ObjectIdentifier(statement)
    }
    #expect(first == second)
    #expect(database.cachedStatementCount == 1)
    #expect(try database.integer("SELECT count(*) FROM t") == 2)
  }

  @Test func transactionCommits() throws {
    let result = try database.transaction {
      try database.execute("INSERT INTO t (id) VALUES ('a')")
      return 42
    }
    #expect(result == 42)
    #expect(!database.isInTransaction)
    #expect(try database.integer("SELECT count(*) FROM t") == 1)
  }

  @Test func transactionRollsBackAndRethrowsTheFirstError() throws {
    struct Failure: Error, Equatable {}
    #expect(throws: Failure()) {
      try database.transaction {
        try database.execute("INSERT INTO t (id) VALUES ('a')")
        throw Failure()
      }
    }
    #expect(!database.isInTransaction)
    #expect(try database.integer("SELECT count(*) FROM t") == 0)
  }

  @Test func savepointUndoesOnlyItsOwnWork() throws {
    try database.transaction {
      try database.execute("INSERT INTO t (id) VALUES ('kept')")
      #expect(throws: DatabaseError.self) {
        try database.savepoint {
          try database.execute("INSERT INTO t (id) VALUES ('undone')")
          try database.execute("INSERT INTO t (id) VALUES ('kept')")
        }
      }
      #expect(database.isInTransaction)
    }
    #expect(try database.integer("SELECT count(*) FROM t") == 1)
    #expect(try database.scalar("SELECT id FROM t") == .text("kept"))
  }
}
