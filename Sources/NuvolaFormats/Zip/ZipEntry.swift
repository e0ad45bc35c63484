/// One file of a ZIP archive as its central directory describes it.
public struct ZipEntry: Sendable, Equatable {
  /// The name as stored (UTF-8, or read as Latin-1 when it is not). Only a name: a path with `..`
  /// or a leading `/` is never resolved against a disk, since nothing is extracted.
  public var name: String
  /// 0 stored, 8 deflated (the only two this reader expands).
  public var method: UInt16
  /// General purpose flags (bit 0 encrypted, bit 3 data descriptor, bit 11 UTF-8 name).
  public var flags: UInt16
  public var crc32: UInt32
  public var compressedSize: Int
  public var uncompressedSize: Int
  /// Offset of the entry's local header in the archive.
  public var localHeaderOffset: Int

  public init(
    name: String, method: UInt16, flags: UInt16, crc32: UInt32, compressedSize: Int, uncompressedSize: Int,
    localHeaderOffset: Int
  ) {
    self.name = name
    self.method = method
    self.flags = flags
    self.crc32 = crc32
    self.compressedSize = compressedSize
    self.uncompressedSize = uncompressedSize
    self.localHeaderOffset = localHeaderOffset
  }

  /// A folder entry (its name ends in `/`).
  public var isFolder: Bool { name.hasSuffix("/") }
}
