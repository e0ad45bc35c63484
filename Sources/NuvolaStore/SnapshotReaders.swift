import NuvolaModel
import Synchronization

/// Read-only connections to one store file, lent to whichever thread loads a snapshot next, so
/// that a national run reads the store on every core rather than on one: reading was half of
/// `ced --all` and `funding --all`.
///
/// Connections are opened when first needed (as many as threads ever load at once) and closed
/// when the readers are released. Each one is used by one thread at a time: it is taken out of the
/// idle list under the lock and put back after the load.
///
/// Loading by id is consistent across connections because a snapshot is never changed or deleted
/// once committed: ids read in one transaction (`InventoryStore.currentSnapshotIDs(among:)`) load the
/// state of that moment, whatever an import commits meanwhile.
public final class SnapshotReaders: Sendable {
  public let path: String
  private let idle = Mutex<[Lease]>([])

  /// A connection, on the idle list or lent to one thread.
  private struct Lease: @unchecked Sendable {
    let store: InventoryStore
  }

  public init(path: String) {
    self.path = path
  }

  /// The snapshot with this id; a store error when it is missing, since the id was read from this
  /// store and snapshots are never deleted.
  public func snapshot(id: Int64) throws -> Snapshot {
    let lease =
      try idle.withLock { $0.popLast() } ?? Lease(store: InventoryStore(path: path, mode: .readOnly))
    defer { idle.withLock { $0.append(lease) } }
    guard let snapshot = try lease.store.snapshot(id: id) else {
      throw StoreError.corrupt(path: path, message: "snapshot \(id) is listed as current but cannot be read")
    }
    return snapshot
  }

  /// How many connections are open; all of them are idle between loads (for tests).
  var connectionCount: Int { idle.withLock { $0.count } }
}
