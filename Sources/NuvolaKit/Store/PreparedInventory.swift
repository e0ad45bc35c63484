/// An inventory made ready to save: its field values read once and its content hash computed.
///
/// Preparing is pure work that needs no store, so an importer can prepare inventories on several
/// threads while one thread saves them; at national scale the hash (SHA-256 of each compact JSON
/// document) costs about as much as the inserts. A prepared inventory holds a copy of every value:
/// prepare a few dozen ahead of the writer, not thousands.
public struct PreparedInventory: Sendable {
  public let comune: Comune
  /// SHA-256 (hex) of `inventory.json.serialized(pretty: false)`.
  public let contentHash: String
  let values: InventoryValues

  public init(_ inventory: Inventory) {
    comune = inventory.comune
    values = InventoryValues(inventory, tables: StoreTables.shared)
    contentHash = ContentHasher.hash(values, tables: StoreTables.shared)
  }
}
