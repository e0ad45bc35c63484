import NuvolaModel
import NuvolaSupport

/// The rows a whole inventory writes, table by table, with one byte arena for all their text, and
/// the content hash computed from the same values.
struct InventoryRows: Sendable {
  /// The UTF-8 text of every text value, which `ColumnValue.text` points into.
  let text: [UInt8]
  let comune: RecordRows
  let sites: RecordRows
  let assets: RecordRows
  let applications: RecordRows
  let links: RecordRows
  /// `ContentHasher` over every value and the arena: equal inventories hash equal.
  let contentHash: String

  init(_ inventory: Inventory, tables: StoreTables) {
    // Inventories hold about a hundred bytes of text per record: growing the arena as it fills
    // would copy it several times.
    var arena = TapeBuffer<UInt8>(capacity: inventory.recordCount * 128)
    defer { arena.deallocate() }
    var hasher = ContentHasher()
    comune = RecordRows([inventory.comune], table: tables.snapshots.comune, text: &arena, hasher: &hasher)
    sites = RecordRows(inventory.sites, table: tables.sites, text: &arena, hasher: &hasher)
    assets = RecordRows(inventory.assets, table: tables.assets, text: &arena, hasher: &hasher)
    applications = RecordRows(
      inventory.applications, table: tables.applications, text: &arena, hasher: &hasher)
    links = RecordRows(inventory.links, table: tables.links, text: &arena, hasher: &hasher)
    hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(start: arena.base, count: arena.count)))
    text = arena.array
    contentHash = hasher.hexDigest()
  }
}
