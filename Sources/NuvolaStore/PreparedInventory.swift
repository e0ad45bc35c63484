import NuvolaModel

/// An inventory made ready to save: its column values read once, into one byte arena, and its
/// content hash computed.
///
/// Preparing is pure work that needs no store, so an importer prepares inventories on several
/// threads while one thread saves them (`InventoryStore.importFiles`). A prepared inventory holds
/// a copy of every value: prepare a few dozen ahead of the writer, not thousands.
public struct PreparedInventory: Sendable {
  public let inventory: Inventory
  /// A 128-bit hash (32 hex digits) of the inventory's values: equal inventories have equal
  /// hashes. Not cryptographic: the store compares the inventories themselves when hashes match.
  public let contentHash: String
  let rows: InventoryRows

  public init(_ inventory: Inventory) {
    self.inventory = inventory
    rows = InventoryRows(inventory, tables: StoreTables.shared)
    contentHash = rows.contentHash
  }

  /// An inventory with a hash of the caller's choosing, for tests of colliding hashes.
  init(_ inventory: Inventory, contentHash: String) {
    self.inventory = inventory
    rows = InventoryRows(inventory, tables: StoreTables.shared)
    self.contentHash = contentHash
  }

  public var comune: Comune { inventory.comune }
}
