import NuvolaModel

/// The `snapshots` table: one row per imported inventory, holding the comune's fields (columns
/// named as the fields) and what identifies the import.
struct SnapshotTable: Sendable {
  static let name = "snapshots"

  let comune = RecordTable<Comune>(name: SnapshotTable.name)
  /// The columns every query of a snapshot row selects: its identity, then the comune's fields.
  let selection: String
  let insertSQL: String
  /// By id.
  let selectSQL: String
  /// The current (most recent) snapshot of a comune; served by the (istat_code, id) index.
  let selectCurrentSQL: String
  /// Every snapshot of a comune, oldest first.
  let selectHistorySQL: String

  private static let identity = ["id", "source", "content_hash", "imported_at"]

  init() {
    let comune = self.comune
    let fields = comune.columnFields.map { comune.fields[$0].name }
    let table = SQL.identifier(SnapshotTable.name)
    selection = SQL.columnList(SnapshotTable.identity + fields)
    let inserted = SQL.columnList(["source", "content_hash", "imported_at"] + fields)
    insertSQL =
      "INSERT INTO \(table) (\(inserted)) "
      + "VALUES (\(SQL.placeholders(3 + fields.count)))"
    selectSQL = "SELECT \(selection) FROM \(table) WHERE id = ?"
    selectCurrentSQL = "SELECT \(selection) FROM \(table) WHERE istat_code = ? ORDER BY id DESC LIMIT 1"
    selectHistorySQL = "SELECT \(selection) FROM \(table) WHERE istat_code = ? ORDER BY id"
  }

  /// Inserts the snapshot row (the comune's values are the one record of `comune`, its text in
  /// `text`) and returns its id.
  func insert(
    _ comune: RecordRows, text: UnsafeBufferPointer<UInt8>, source: String, contentHash: String,
    importedAt: String?, in database: Database
  ) throws -> Int64 {
    try database.withStatement(insertSQL) { statement in
      try statement.bind(.text(source), at: 1)
      try statement.bind(.text(contentHash), at: 2)
      try statement.bind(importedAt.map(DatabaseValue.text) ?? .null, at: 3)
      for column in 0..<comune.columnCount {
        try statement.bind(comune[0, column], text: text, at: Int32(column) + 4)
      }
      try statement.execute()
      return database.lastInsertedRowID
    }
  }

  /// Reads a row selected with `selection`, starting at column `offset`.
  func read(_ statement: Statement, offset: Int32 = 0) throws -> (SnapshotInfo, Comune) {
    let id = statement.int64(at: offset)
    for (column, index) in [("source", offset + 1), ("content_hash", offset + 2)]
    where !statement.isText(at: index) {
      throw UnreadableColumn(
        table: SnapshotTable.name, column: column, snapshotID: id, found: statement.value(at: index),
        expected: "text")
    }
    let importedAt: String?
    switch statement.value(at: offset + 3) {
    case .null: importedAt = nil
    case .text(let text): importedAt = text
    case let other:
      throw UnreadableColumn(
        table: SnapshotTable.name, column: "imported_at", snapshotID: id, found: other, expected: "text")
    }
    let comune = try self.comune.read(statement, snapshotID: id, offset: offset + 4)
    let info = SnapshotInfo(
      id: id, istatCode: comune.istatCode, name: comune.name ?? "", inventoryDate: comune.inventoryDate,
      source: statement.text(at: offset + 1), contentHash: statement.text(at: offset + 2),
      importedAt: importedAt)
    return (info, comune)
  }

  /// The snapshot rows a query selects with `selection` first, in the query's order.
  func rows(
    _ sql: String, _ arguments: [DatabaseValue], in database: Database
  ) throws -> [(SnapshotInfo, Comune)] {
    try database.withStatement(sql) { statement in
      try statement.bind(arguments)
      var rows: [(SnapshotInfo, Comune)] = []
      while try statement.step() { rows.append(try read(statement)) }
      return rows
    }
  }
}
