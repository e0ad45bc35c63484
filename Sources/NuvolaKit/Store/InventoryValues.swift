/// The values of a whole inventory, table by table, read once for both the content hash and the
/// inserts.
struct InventoryValues: Sendable {
  var comune: RecordValues
  var sites: RecordValues
  var assets: RecordValues
  var applications: RecordValues
  var links: RecordValues

  init(_ inventory: Inventory, tables: StoreTables) {
    comune = RecordValues([inventory.comune], fields: tables.snapshots.comune.fields)
    sites = RecordValues(inventory.sites, fields: tables.sites.fields)
    assets = RecordValues(inventory.assets, fields: tables.assets.fields)
    applications = RecordValues(inventory.applications, fields: tables.applications.fields)
    links = RecordValues(inventory.links, fields: tables.links.fields)
  }
}
