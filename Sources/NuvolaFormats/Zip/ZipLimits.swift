/// How much a `ZipArchive` agrees to expand, so that a hostile archive (a ZIP bomb, a million
/// entries) is refused with an error before it costs memory.
public struct ZipLimits: Sendable, Equatable {
  /// Most entries in the central directory.
  public var maxEntries: Int
  /// Most bytes one entry may expand to.
  public var maxEntrySize: Int
  /// Most bytes all entries together may expand to.
  public var maxTotalSize: Int
  /// Most times an entry of more than `ratioThreshold` bytes may be larger than its compressed data.
  public var maxRatio: Int
  /// Entries up to this size are not held to `maxRatio` (small repetitive files compress well).
  public var ratioThreshold: Int

  /// Limits for office documents: 10,000 entries, 256 MiB an entry, 1 GiB in all, 500:1 past 1 MiB.
  public init(
    maxEntries: Int = 10_000, maxEntrySize: Int = 256 << 20, maxTotalSize: Int = 1 << 30,
    maxRatio: Int = 500, ratioThreshold: Int = 1 << 20
  ) {
    self.maxEntries = maxEntries
    self.maxEntrySize = maxEntrySize
    self.maxTotalSize = maxTotalSize
    self.maxRatio = maxRatio
    self.ratioThreshold = ratioThreshold
  }
}
