import NuvolaModel

/// A comune in the store, as `nuvola comuni` lists it: its current snapshot, how many snapshots
/// its history holds, and the size of the current inventory.
public struct StoredComune: Sendable, Equatable {
  public var istatCode: String
  /// The name in the current snapshot (empty when that inventory gives none).
  public var name: String
  /// The most recently imported snapshot.
  public var current: SnapshotInfo
  public var snapshotCount: Int
  public var siteCount: Int
  public var assetCount: Int
  public var applicationCount: Int
  public var linkCount: Int

  public init(
    istatCode: String, name: String, current: SnapshotInfo, snapshotCount: Int, siteCount: Int,
    assetCount: Int, applicationCount: Int, linkCount: Int
  ) {
    self.istatCode = istatCode
    self.name = name
    self.current = current
    self.snapshotCount = snapshotCount
    self.siteCount = siteCount
    self.assetCount = assetCount
    self.applicationCount = applicationCount
    self.linkCount = linkCount
  }
}
