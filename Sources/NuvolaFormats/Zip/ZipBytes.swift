/// Little-endian fields of an archive in memory, each read checked against its end.
struct ZipBytes {
  let storage: [UInt8]

  init(_ bytes: [UInt8]) { storage = bytes }

  var count: Int { storage.count }

  func bytes(_ offset: Int, _ length: Int) throws(FormatError) -> ArraySlice<UInt8> {
    guard offset >= 0, length >= 0, offset <= storage.count, length <= storage.count - offset else {
      throw FormatError("the archive ends inside a header", offset: max(0, min(offset, storage.count)))
    }
    return storage[offset..<offset + length]
  }

  func u16(_ offset: Int) throws(FormatError) -> UInt16 {
    let field = try bytes(offset, 2)
    return UInt16(field[offset]) | UInt16(field[offset + 1]) << 8
  }

  func u32(_ offset: Int) throws(FormatError) -> UInt32 {
    let field = try bytes(offset, 4)
    var value: UInt32 = 0
    for index in (0..<4).reversed() { value = value << 8 | UInt32(field[offset + index]) }
    return value
  }

  /// An eight-byte size or offset, refused when it does not fit an `Int`.
  func int64(_ offset: Int) throws(FormatError) -> Int {
    let field = try bytes(offset, 8)
    var value: UInt64 = 0
    for index in (0..<8).reversed() { value = value << 8 | UInt64(field[offset + index]) }
    guard let number = Int(exactly: value), number <= Int(Int32.max) * 1024 else {
      throw FormatError("a ZIP64 size or offset too large: \(value)", offset: offset)
    }
    return number
  }
}
