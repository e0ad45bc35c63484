/// One stored inventory of a comune together with what identifies it in the store.
public struct Snapshot: Sendable, Equatable {
  public var info: SnapshotInfo
  public var inventory: Inventory

  public init(info: SnapshotInfo, inventory: Inventory) {
    self.info = info
    self.inventory = inventory
  }
}
