/// A ZIP archive read from memory (PKWARE APPNOTE 6.3): the end of central directory record (after
/// any comment), the central directory, ZIP64 sizes and offsets, stored and deflated entries.
///
/// Opening reads only the directory and checks every entry against the limits (declared sizes,
/// total, compression ratio); `contents(of:)` expands one entry, refuses it if it grows past its
/// declared size, and checks its CRC-32. Every inconsistency is a thrown `FormatError`.
public struct ZipArchive: Sendable {
  /// The entries in central directory order.
  public let entries: [ZipEntry]
  public let limits: ZipLimits
  private let bytes: [UInt8]
  private let index: [String: Int]

  /// Reads the directory of the archive in `bytes`.
  public init(bytes: [UInt8], limits: ZipLimits = ZipLimits()) throws(FormatError) {
    self.bytes = bytes
    self.limits = limits
    let reader = ZipBytes(bytes)
    let directory = try ZipArchive.endOfDirectory(reader)
    guard directory.entryCount <= limits.maxEntries else {
      throw FormatError("the archive has \(directory.entryCount) entries, more than \(limits.maxEntries)")
    }
    var entries: [ZipEntry] = []
    entries.reserveCapacity(directory.entryCount)
    var index: [String: Int] = [:]
    var offset = directory.offset
    var total = 0
    for _ in 0..<directory.entryCount {
      let entry = try ZipArchive.centralEntry(reader, at: &offset, limits: limits)
      guard index[entry.name] == nil else { throw FormatError("the entry \(entry.name) appears twice") }
      total += entry.uncompressedSize
      guard total <= limits.maxTotalSize else {
        throw FormatError("the entries expand to more than \(limits.maxTotalSize) bytes in all")
      }
      index[entry.name] = entries.count
      entries.append(entry)
    }
    self.entries = entries
    self.index = index
  }

  /// The entry with this name, if any.
  public func entry(named name: String) -> ZipEntry? { index[name].map { entries[$0] } }

  /// The expanded contents of the entry named `name`, nil when there is none.
  public func contents(named name: String) throws(FormatError) -> [UInt8]? {
    guard let entry = entry(named: name) else { return nil }
    return try contents(of: entry)
  }

  /// The expanded contents of `entry`, checked against its declared size and CRC-32.
  public func contents(of entry: ZipEntry) throws(FormatError) -> [UInt8] {
    do {
      return try expand(entry)
    } catch {
      throw error.inPart(entry.name)
    }
  }

  private func expand(_ entry: ZipEntry) throws(FormatError) -> [UInt8] {
    let reader = ZipBytes(bytes)
    let header = entry.localHeaderOffset
    guard try reader.u32(header) == 0x0403_4B50 else {
      throw FormatError("no local header where the directory says", offset: header)
    }
    let start = header + 30 + Int(try reader.u16(header + 26)) + Int(try reader.u16(header + 28))
    guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
      throw FormatError("the entry's data runs past the end of the archive", offset: header)
    }
    let data: [UInt8]
    switch entry.method {
    case 0:
      guard entry.compressedSize == entry.uncompressedSize else {
        throw FormatError("a stored entry whose sizes differ", offset: header)
      }
      data = Array(bytes[start..<start + entry.compressedSize])
    case 8:
      data = try bytes.withUnsafeBufferPointer { (buffer) throws(FormatError) -> [UInt8] in
        let slice = UnsafeBufferPointer(rebasing: buffer[start..<start + entry.compressedSize])
        do throws(FormatError) {
          return try Inflate.decompress(
            slice, maxOutput: entry.uncompressedSize, sizeHint: entry.uncompressedSize)
        } catch {
          if error.message.hasPrefix("the data expands past") {
            throw FormatError("the entry expands past its declared size of \(entry.uncompressedSize) bytes")
          }
          throw FormatError(error.message, offset: start + (error.offset ?? 0))
        }
      }
      guard data.count == entry.uncompressedSize else {
        throw FormatError("the entry expands to \(data.count) bytes, not the \(entry.uncompressedSize) declared")
      }
    default:
      throw FormatError("compression method \(entry.method) is not supported (only stored and deflate)")
    }
    let crc = CRC32.checksum(data)
    guard crc == entry.crc32 else {
      throw FormatError("CRC-32 mismatch: the data is damaged")
    }
    return data
  }

  // MARK: Directory

  private struct EndOfDirectory {
    var entryCount: Int
    var offset: Int
    var size: Int
  }

  /// The end of central directory record, found from the end (it may be followed by a comment of
  /// up to 65,535 bytes), and its ZIP64 record when a field is saturated.
  private static func endOfDirectory(_ reader: ZipBytes) throws(FormatError) -> EndOfDirectory {
    let count = reader.count
    guard count >= 22 else { throw FormatError("not a ZIP archive: too short for an end of central directory") }
    var position = count - 22
    let lowest = max(0, count - 22 - 65_535)
    var found: Int?
    while position >= lowest {
      if try reader.u32(position) == 0x0605_4B50,
        position + 22 + Int(try reader.u16(position + 20)) <= count
      {
        found = position
        break
      }
      position -= 1
    }
    guard let record = found else { throw FormatError("not a ZIP archive: no end of central directory") }
    let disk = try reader.u16(record + 4)
    let directoryDisk = try reader.u16(record + 6)
    var entriesOnDisk = Int(try reader.u16(record + 8))
    var entryCount = Int(try reader.u16(record + 10))
    var size = Int(try reader.u32(record + 12))
    var offset = Int(try reader.u32(record + 16))
    if entryCount == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
      let locator = record - 20
      guard locator >= 0, try reader.u32(locator) == 0x0706_4B50 else {
        throw FormatError("a ZIP64 archive without its end of central directory locator", offset: record)
      }
      let zip64 = try reader.int64(locator + 8)
      guard try reader.u32(zip64) == 0x0606_4B50 else {
        throw FormatError("no ZIP64 end of central directory where its locator says", offset: locator)
      }
      entriesOnDisk = try reader.int64(zip64 + 24)
      entryCount = try reader.int64(zip64 + 32)
      size = try reader.int64(zip64 + 40)
      offset = try reader.int64(zip64 + 48)
    }
    guard disk == 0, directoryDisk == 0, entriesOnDisk == entryCount else {
      throw FormatError("a multi-disk archive is not supported", offset: record)
    }
    guard offset <= count, size <= count - offset else {
      throw FormatError("the central directory lies outside the archive", offset: record)
    }
    return EndOfDirectory(entryCount: entryCount, offset: offset, size: size)
  }

  /// The central directory entry at `offset`, which moves past it.
  private static func centralEntry(_ reader: ZipBytes, at offset: inout Int, limits: ZipLimits)
    throws(FormatError) -> ZipEntry
  {
    let start = offset
    guard try reader.u32(start) == 0x0201_4B50 else {
      throw FormatError("damaged central directory: no entry header", offset: start)
    }
    let flags = try reader.u16(start + 8)
    let method = try reader.u16(start + 10)
    let crc = try reader.u32(start + 16)
    var compressed = Int(try reader.u32(start + 20))
    var uncompressed = Int(try reader.u32(start + 24))
    let nameLength = Int(try reader.u16(start + 28))
    let extraLength = Int(try reader.u16(start + 30))
    let commentLength = Int(try reader.u16(start + 32))
    var localOffset = Int(try reader.u32(start + 42))
    let nameBytes = try reader.bytes(start + 46, nameLength)
    let name = ZipArchive.name(nameBytes)
    // ZIP64 extended information: the saturated fields, in this order.
    var extra = start + 46 + nameLength
    let extraEnd = extra + extraLength
    while extra + 4 <= extraEnd {
      let tag = try reader.u16(extra)
      let length = Int(try reader.u16(extra + 2))
      var field = extra + 4
      guard field + length <= extraEnd else { throw FormatError("damaged extra field", offset: extra) }
      if tag == 0x0001 {
        if uncompressed == 0xFFFF_FFFF, field + 8 <= extra + 4 + length {
          uncompressed = try reader.int64(field)
          field += 8
        }
        if compressed == 0xFFFF_FFFF, field + 8 <= extra + 4 + length {
          compressed = try reader.int64(field)
          field += 8
        }
        if localOffset == 0xFFFF_FFFF, field + 8 <= extra + 4 + length {
          localOffset = try reader.int64(field)
        }
      }
      extra += 4 + length
    }
    guard uncompressed != 0xFFFF_FFFF, compressed != 0xFFFF_FFFF, localOffset != 0xFFFF_FFFF else {
      throw FormatError("the entry \(name) needs ZIP64 sizes it does not give", offset: start)
    }
    _ = try reader.bytes(extraEnd, commentLength)
    offset = extraEnd + commentLength
    guard flags & 1 == 0 else { throw FormatError("the entry \(name) is encrypted", offset: start) }
    guard uncompressed <= limits.maxEntrySize else {
      throw FormatError(
        "the entry \(name) expands to \(uncompressed) bytes, more than \(limits.maxEntrySize)", offset: start)
    }
    if uncompressed > limits.ratioThreshold && uncompressed / max(compressed, 1) > limits.maxRatio {
      throw FormatError(
        "the entry \(name) expands more than \(limits.maxRatio) times (a ZIP bomb?)", offset: start)
    }
    guard localOffset <= reader.count - 30 else {
      throw FormatError("the entry \(name) starts outside the archive", offset: start)
    }
    return ZipEntry(
      name: name, method: method, flags: flags, crc32: crc, compressedSize: compressed,
      uncompressedSize: uncompressed, localHeaderOffset: localOffset)
  }

  /// A stored name: UTF-8 when it is valid, otherwise each byte as a Latin-1 character.
  private static func name(_ bytes: ArraySlice<UInt8>) -> String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
  }
}
