import NuvolaSupport

/// Where inventories come from, by path: the inventory, or the located problems. The readers of
/// Ingest conform (`InventoryReader`) and the store's import pipeline takes one, so neither layer
/// depends on the other.
public protocol InventorySource: Sendable {
  func read(path: String) throws(InputError) -> Inventory
}
