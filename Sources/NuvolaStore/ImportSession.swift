import NuvolaModel

/// The writer handed to an `InventoryStore.importBatch` closure: everything saved through it
/// belongs to the batch's one transaction. Valid only inside that closure.
public final class ImportSession {
  private let store: InventoryStore
  private var isOpen = true

  init(store: InventoryStore) {
    self.store = store
  }

  func end() { isOpen = false }

  /// Stores `inventory` as a new snapshot of its comune, or returns `.unchanged` with the current
  /// snapshot when that one has the same content (same content hash, then equal inventories), so
  /// that importing an unchanged file again adds nothing. `source` names the file or folder read;
  /// `importedAt` is recorded as given.
  ///
  /// When it throws, nothing of this inventory is stored; earlier saves of the batch are kept
  /// unless the error leaves the batch closure.
  public func save(_ inventory: Inventory, source: String, importedAt: String? = nil) throws -> SaveOutcome {
    try save(PreparedInventory(inventory), source: source, importedAt: importedAt)
  }

  /// Saves an inventory prepared beforehand, possibly on another thread; as `save(_:source:importedAt:)`.
  public func save(
    _ prepared: PreparedInventory, source: String, importedAt: String? = nil
  ) throws -> SaveOutcome {
    guard isOpen else { throw StoreError.sessionEnded }
    return try store.storeErrors {
      try store.save(prepared, source: source, importedAt: importedAt)
    }
  }

  /// As `save(_:source:importedAt:)` for a caller that lets every error of a save leave the batch
  /// closure, so that the whole batch rolls back: the save needs no savepoint of its own.
  func saveRollingBackTheBatchOnError(
    _ prepared: PreparedInventory, source: String, importedAt: String?
  ) throws -> SaveOutcome {
    guard isOpen else { throw StoreError.sessionEnded }
    return try store.storeErrors {
      try store.save(prepared, source: source, importedAt: importedAt, savepoint: false)
    }
  }
}

/// A session belongs to the thread running its batch.
@available(*, unavailable)
extension ImportSession: Sendable {}
