/// Writes a ZIP archive of stored (uncompressed) entries, byte for byte the same for the same
/// entries: every timestamp is 1980-01-01 00:00, names are flagged UTF-8, no extra fields.
public struct ZipWriter: Sendable {
  private var body: [UInt8] = []
  private var directory: [UInt8] = []
  private var count = 0

  /// An archive with no entries yet.
  public init() {}

  /// Adds a file. Entries past 4 GiB (which would need ZIP64) are refused.
  public mutating func add(_ name: String, _ contents: [UInt8]) throws(FormatError) {
    let nameBytes = Array(name.utf8)
    guard contents.count < 0xFFFF_FFFF, body.count < 0xFFFF_FFFF - contents.count, nameBytes.count <= 0xFFFF,
      count < 0xFFFF
    else {
      throw FormatError("the archive is too large for ZIP without ZIP64")
    }
    let crc = CRC32.checksum(contents)
    let offset = body.count
    // Local header: version 1.0, UTF-8 name (bit 11), stored, DOS time 00:00 and date 1980-01-01.
    var local: [UInt8] = []
    local.append(le32: 0x0403_4B50)
    local.append(le16: 10)
    local.append(le16: 0x0800)
    local.append(le16: 0)
    local.append(le16: 0)
    local.append(le16: 0x21)
    local.append(le32: crc)
    local.append(le32: UInt32(contents.count))
    local.append(le32: UInt32(contents.count))
    local.append(le16: UInt16(nameBytes.count))
    local.append(le16: 0)
    body += local
    body += nameBytes
    body += contents
    directory.append(le32: 0x0201_4B50)
    directory.append(le16: 0x0314)  // made by Unix, version 2.0
    directory += local[4..<30]
    directory.append(le16: 0)  // comment
    directory.append(le16: 0)  // disk
    directory.append(le16: 0)  // internal attributes
    directory.append(le32: 0o100644 << 16)  // a regular file, rw-r--r--
    directory.append(le32: UInt32(offset))
    directory += nameBytes
    count += 1
  }

  /// The archive: the entries, the central directory and its end record.
  public func archive() -> [UInt8] {
    var bytes = body
    bytes += directory
    bytes.append(le32: 0x0605_4B50)
    bytes.append(le16: 0)
    bytes.append(le16: 0)
    bytes.append(le16: UInt16(count))
    bytes.append(le16: UInt16(count))
    bytes.append(le32: UInt32(directory.count))
    bytes.append(le32: UInt32(body.count))
    bytes.append(le16: 0)
    return bytes
  }
}

extension [UInt8] {
  mutating func append(le16 value: UInt16) {
    append(UInt8(value & 0xFF))
    append(UInt8(value >> 8))
  }

  mutating func append(le32 value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
  }
}
