import Testing

@testable import NuvolaModel
@testable import NuvolaStore

/// The tables the migrations create, checked against the field tables: a field without a column
/// fails here, which is the reminder to write a new migration.
@Suite struct StoreSchemaTests {
  let store: InventoryStore

  init() throws {
    store = try InventoryStore.inMemory()
  }

  /// Declared column types of a table, by column name.
  func columns(of table: String) throws -> [String: String] {
    let statement = try store.database.makeStatement("PRAGMA table_info(\(SQL.identifier(table)))")
    var columns: [String: String] = [:]
    while try statement.step() { columns[statement.text(at: 1)] = statement.text(at: 2) }
    return columns
  }

  static func fields<Record: InventoryRecord>(_ type: Record.Type) -> [(name: String, kind: FieldKind)] {
    Record.fields.map { ($0.name, $0.kind) }
  }

  /// Every record table with its fields, and the columns it has besides them.
  static let tables: [(table: String, fields: [(name: String, kind: FieldKind)], extra: Set<String>)] = [
    ("snapshots", fields(Comune.self), ["id", "source", "content_hash", "imported_at"]),
    ("sites", fields(Site.self), ["snapshot_id", "position"]),
    ("assets", fields(Asset.self), ["snapshot_id", "position"]),
    ("applications", fields(Application.self), ["snapshot_id", "position"]),
    ("links", fields(Link.self), ["snapshot_id", "position"]),
  ]

  static func affinity(of kind: FieldKind) -> String? {
    switch kind {
    case .identifier, .text, .choice, .reference, .day: return "TEXT"
    case .integer, .flag, .money: return "INTEGER"
    case .decimal: return "REAL"
    case .references: return nil
    }
  }

  @Test func everyFieldHasAColumnOfItsNameAndAffinity() throws {
    for (table, fields, _) in StoreSchemaTests.tables {
      let columns = try columns(of: table)
      #expect(!columns.isEmpty, "no table \(table)")
      for field in fields {
        if let affinity = StoreSchemaTests.affinity(of: field.kind) {
          #expect(columns[field.name] == affinity, "\(table).\(field.name) should be a \(affinity) column")
        } else {
          let side = try #require(
            StoreSchema.listTables["\(table).\(field.name)"],
            "list field \(table).\(field.name) has no table")
          #expect(try self.columns(of: side)[field.name] == "TEXT", "\(side).\(field.name)")
        }
      }
    }
  }

  @Test func everyColumnIsAFieldOrBookkeeping() throws {
    for (table, fields, extra) in StoreSchemaTests.tables {
      let names = Set(fields.map(\.name)).union(extra)
      for column in try columns(of: table).keys {
        #expect(names.contains(column), "\(table).\(column) is no field of \(table)")
      }
    }
  }

  @Test func dependenciesTableHasItsColumns() throws {
    let columns = try columns(of: "application_dependencies")
    #expect(
      columns == [
        "snapshot_id": "INTEGER", "application_id": "TEXT", "depends_on": "TEXT", "position": "INTEGER",
      ])
  }

  @Test func storeIsMarkedAndVersioned() throws {
    #expect(try store.database.integer("PRAGMA user_version") == Int64(StoreSchema.version))
    #expect(try store.database.integer("PRAGMA application_id") == StoreSchema.applicationID)
    #expect(try store.database.integer("PRAGMA foreign_keys") == 1)
    #expect(InventoryStore.schemaVersion == StoreSchema.migrations.count)
  }

  @Test func snapshotsAreIndexedByComune() throws {
    let statement = try store.database.makeStatement("PRAGMA index_info(snapshots_by_comune)")
    var columns: [String] = []
    while try statement.step() { columns.append(statement.text(at: 2)) }
    #expect(columns == ["istat_code", "id"])
  }

  @Test func fileStoreUsesWriteAheadLog() throws {
    let folder = try StoreTemporaryFolder()
    let store = try InventoryStore(path: folder.path("wal.sqlite"), mode: .create)
    #expect(try store.database.scalar("PRAGMA journal_mode") == .text("wal"))
    #expect(try store.database.integer("PRAGMA synchronous") == 1)  // NORMAL
    #expect(try store.database.integer("PRAGMA foreign_keys") == 1)
  }

  /// Migrations are applied in order on a store left at an older version, up to the current one.
  @Test func migrationRunsFromVersionZero() throws {
    let folder = try StoreTemporaryFolder()
    let path = folder.path("empty.sqlite")
    _ = try Database(path: path, mode: .create)
    let store = try InventoryStore(path: path, mode: .readWrite)
    #expect(try store.database.integer("PRAGMA user_version") == Int64(StoreSchema.version))
    #expect(try store.comuni().isEmpty)
  }
}
