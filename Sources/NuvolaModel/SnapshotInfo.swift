import NuvolaSupport

/// What identifies one stored snapshot of a comune's inventory: where it came from, when, and the
/// hash that recognises the same content imported again.
public struct SnapshotInfo: Sendable, Equatable, Hashable {
  /// Grows with every import: the highest id of a comune is its current snapshot.
  public var id: Int64
  public var istatCode: String
  /// The comune's name in this snapshot; empty when the inventory gives none (ingest takes it from
  /// the ISTAT register, so only inventories built in code lack it). `Snapshot.inventory` keeps
  /// the name exactly as stored, unknown included.
  public var name: String
  public var inventoryDate: Day?
  /// The file or folder it was imported from, as the caller gave it.
  public var source: String
  /// A 128-bit hash (32 hex digits) of the inventory's values, to recognise the same content
  /// imported again (stores written before it hold a SHA-256 here, which simply never matches).
  public var contentHash: String
  /// When it was imported, as the caller gave it (nil when not given, e.g. for reproducible runs).
  public var importedAt: String?

  public init(
    id: Int64, istatCode: String, name: String, inventoryDate: Day?, source: String,
    contentHash: String, importedAt: String?
  ) {
    self.id = id
    self.istatCode = istatCode
    self.name = name
    self.inventoryDate = inventoryDate
    self.source = source
    self.contentHash = contentHash
    self.importedAt = importedAt
  }
}
