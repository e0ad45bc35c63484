import NuvolaModel

/// How one kind of inventory record maps onto its table: one column per field, named as the field,
/// plus `snapshot_id` and `position`; list fields go to side tables. The SQL is generated once
/// from the field table, so a new field is saved and loaded without touching this code (its column
/// comes from a new migration).
struct RecordTable<Record: InventoryRecord>: Sendable {
  let name: String
  /// Every field of the record, in schema order.
  let fields: [Field<Record>]
  /// Indices (in `fields`) of the fields stored in this table's own columns, in column order.
  let columnFields: [Int]
  let lists: [ListTable<Record>]
  /// Index (in `fields`) of the field of each list, in `lists` order.
  let listFields: [Int]
  /// Index of the record's id field, which side tables use to point back at the record.
  let idField: Int?
  /// Index of the id field among the table's columns.
  let idColumn: Int?
  let insertSQL: String
  let selectSQL: String

  /// `name` is the table's name when it is not the record kind's plural (the comune's fields are
  /// columns of `snapshots`).
  init(name: String = Record.recordType.plural) {
    self.name = name
    fields = Record.fields
    var columnFields: [Int] = []
    var lists: [ListTable<Record>] = []
    for (index, field) in fields.enumerated() {
      if case .references = field.kind {
        lists.append(ListTable(field: field, index: index, recordTable: name))
      } else {
        columnFields.append(index)
      }
    }
    self.columnFields = columnFields
    self.lists = lists
    listFields = lists.map(\.index)
    let fields = self.fields
    let idField = fields.firstIndex { $0.kind == .identifier }
    self.idField = idField
    idColumn = idField.flatMap { columnFields.firstIndex(of: $0) }
    let names = SQL.columnList(columnFields.map { fields[$0].name })
    insertSQL =
      "INSERT INTO \(SQL.identifier(name)) (snapshot_id, position, \(names)) "
      + "VALUES (\(SQL.placeholders(columnFields.count + 2)))"
    // No ORDER BY: the primary key is (snapshot_id, id), so SQLite would sort every snapshot's rows
    // in a temporary B-tree; `load` puts the few rows of a snapshot in order itself.
    selectSQL = "SELECT position, \(names) FROM \(SQL.identifier(name)) WHERE snapshot_id = ?"
  }

  /// Writes the records of one snapshot, in order, with one prepared statement for all rows. The
  /// rows' text is bound straight from `text`, which must stay valid until the statement is reset.
  func insert(
    _ rows: RecordRows, text: UnsafeBufferPointer<UInt8>, snapshotID: Int64, in database: Database
  ) throws {
    guard rows.recordCount > 0 else { return }
    try database.withStatement(insertSQL) { statement in
      let columns = Int32(rows.columnCount)
      for record in 0..<rows.recordCount {
        try statement.bind(.integer(snapshotID), at: 1)
        try statement.bind(.integer(Int64(record)), at: 2)
        for column in 0..<columns {
          try statement.bind(rows[record, Int(column)], text: text, at: column + 3)
        }
        try statement.execute()
        statement.reset()
      }
    }
    for (position, list) in lists.enumerated() {
      try list.insert(
        rows.lists[position], owners: rows, idColumn: idColumn, text: text, snapshotID: snapshotID,
        in: database)
    }
  }

  /// The records of one snapshot in their original order.
  func load(snapshotID: Int64, in database: Database) throws -> [Record] {
    var records: [Record] = try database.withStatement(selectSQL) { statement in
      try statement.bind(.integer(snapshotID), at: 1)
      var records: [(position: Int64, record: Record)] = []
      var ordered = true
      while try statement.step() {
        let position = statement.int64(at: 0)
        if let last = records.last, last.position > position { ordered = false }
        records.append((position, try read(statement, snapshotID: snapshotID, offset: 1)))
      }
      if !ordered { records.sort { $0.position < $1.position } }
      return records.map(\.record)
    }
    guard let idField, !lists.isEmpty else { return records }
    let id = fields[idField]
    for list in lists {
      let items = try list.load(snapshotID: snapshotID, in: database)
      if items.isEmpty { continue }
      for index in records.indices {
        guard case .text(let owner) = id.get(records[index]), let values = items[owner] else { continue }
        list.field.set(&records[index], .list(values))
      }
    }
    return records
  }

  /// Builds a record from the current row, whose columns are this table's columns from `offset` on.
  func read(_ statement: Statement, snapshotID: Int64, offset: Int32 = 0) throws -> Record {
    var record = Record.blank
    var column = offset
    try fields.withUnsafeBufferPointer { fields in
      for index in columnFields {
        let kind = fields[index].kind
        guard let value = statement.fieldValue(at: column, kind: kind) else {
          throw UnreadableColumn(
            table: name, column: fields[index].name, snapshotID: snapshotID,
            found: statement.value(at: column), expected: kind.typeName)
        }
        fields[index].set(&record, value)
        column += 1
      }
    }
    return record
  }
}
