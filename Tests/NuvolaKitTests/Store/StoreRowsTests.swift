import Testing

@testable import NuvolaStore

/// The column values a prepared inventory binds must be exactly those `DatabaseValue(_:)` maps
/// each field value to (the store's column affinities), text included byte for byte.
@Suite struct StoreRowsTests {
  func databaseValue(_ value: ColumnValue, text: [UInt8]) -> DatabaseValue {
    switch value {
    case .null: return .null
    case .integer(let number): return .integer(number)
    case .real(let number): return .real(number)
    case .text(let offset, let count):
      return .text(String(decoding: text[offset..<offset + count], as: UTF8.self))
    }
  }

  func check<Record>(
    _ records: [Record], _ table: RecordTable<Record>, _ rows: RecordRows, text: [UInt8],
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(rows.recordCount == records.count, sourceLocation: sourceLocation)
    for (index, record) in records.enumerated() {
      for (column, field) in table.columnFields.enumerated() {
        let expected = DatabaseValue(table.fields[field].get(record))
        #expect(
          databaseValue(rows[index, column], text: text) == expected, "\(table.fields[field].name)",
          sourceLocation: sourceLocation)
      }
      for (list, field) in table.listFields.enumerated() {
        let items = rows.lists[list].filter { $0.record == index }
        let expected: [String]
        if case .list(let ids) = table.fields[field].get(record) { expected = ids } else { expected = [] }
        #expect(items.map(\.position) == Array(expected.indices), sourceLocation: sourceLocation)
        #expect(
          items.map { databaseValue($0.text, text: text) } == expected.map(DatabaseValue.text),
          sourceLocation: sourceLocation)
      }
    }
  }

  @Test func columnValuesAreTheStoredValues() throws {
    var inventory = try StoreFixtures.complete()
    // Years below 1000 are written on four digits, as `DatabaseValue.text(of:)` writes them.
    inventory.assets[0].endOfSupport = try StoreFixtures.day(5, 1, 2)
    inventory.assets[1].endOfSupport = try StoreFixtures.day(999, 12, 31)
    let tables = StoreTables.shared
    let rows = InventoryRows(inventory, tables: tables)
    check([inventory.comune], tables.snapshots.comune, rows.comune, text: rows.text)
    check(inventory.sites, tables.sites, rows.sites, text: rows.text)
    check(inventory.assets, tables.assets, rows.assets, text: rows.text)
    check(inventory.applications, tables.applications, rows.applications, text: rows.text)
    check(inventory.links, tables.links, rows.links, text: rows.text)
  }
}
