import NuvolaModel

/// The side table of a list field (`.references`): one row per item, with the owning record's id
/// and the item's position, so that lists come back in their original order.
struct ListTable<Record: InventoryRecord>: Sendable {
  let field: Field<Record>
  /// Index of the field in the record's field table.
  let index: Int
  let name: String
  /// Column holding the owning record's id, e.g. `application_id`.
  let ownerColumn: String
  let insertSQL: String
  let selectSQL: String

  init(field: Field<Record>, index: Int, recordTable: String) {
    self.field = field
    self.index = index
    // A list field without a declared side table gets a predictable name; until a migration creates
    // that table, saving fails loudly ("no such table") instead of dropping the list.
    name =
      StoreSchema.listTables["\(recordTable).\(field.name)"]
      ?? "\(Record.recordType.rawValue)_\(field.name)"
    ownerColumn = "\(Record.recordType.rawValue)_id"
    let table = SQL.identifier(name)
    let owner = SQL.identifier(ownerColumn)
    let item = SQL.identifier(field.name)
    insertSQL = "INSERT INTO \(table) (snapshot_id, \(owner), \(item), position) VALUES (?, ?, ?, ?)"
    selectSQL = "SELECT \(owner), \(item) FROM \(table) WHERE snapshot_id = ? ORDER BY \(owner), position"
  }

  /// Writes the list items of every record, after the records themselves (the side table refers
  /// to them); `owners` holds the records, whose id is column `idColumn`.
  func insert(
    _ items: [RecordRows.ListItem], owners: RecordRows, idColumn: Int?, text: UnsafeBufferPointer<UInt8>,
    snapshotID: Int64, in database: Database
  ) throws {
    guard !items.isEmpty else { return }
    try database.withStatement(insertSQL) { statement in
      for item in items {
        // A record without a text id (never after validation) owns its items under the empty id.
        var owner = ColumnValue.text(offset: 0, count: 0)
        if let idColumn, case .text = owners[item.record, idColumn] { owner = owners[item.record, idColumn] }
        try statement.bind(.integer(snapshotID), at: 1)
        try statement.bind(owner, text: text, at: 2)
        try statement.bind(item.text, text: text, at: 3)
        try statement.bind(.integer(Int64(item.position)), at: 4)
        try statement.execute()
        statement.reset()
      }
    }
  }

  /// The lists of one snapshot, by owning record id.
  func load(snapshotID: Int64, in database: Database) throws -> [String: [String]] {
    try database.withStatement(selectSQL) { statement in
      try statement.bind(.integer(snapshotID), at: 1)
      var lists: [String: [String]] = [:]
      while try statement.step() {
        for column: Int32 in 0...1 where !statement.isText(at: column) {
          throw UnreadableColumn(
            table: name, column: column == 0 ? ownerColumn : field.name, snapshotID: snapshotID,
            found: statement.value(at: column), expected: "an id")
        }
        lists[statement.text(at: 0), default: []].append(statement.text(at: 1))
      }
      return lists
    }
  }
}
