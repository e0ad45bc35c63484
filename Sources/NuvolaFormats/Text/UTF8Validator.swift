/// Strict UTF-8 validation (RFC 3629) that says where the first bad byte is.
///
/// The standard library either repairs bad bytes silently or refuses the whole text without saying
/// where; a user fixing a spreadsheet needs the line and column, so the readers validate themselves.
enum UTF8Validator {
  /// Length of the well-formed sequence starting at `index`, or nil when the bytes there are not
  /// UTF-8 (overlong forms, surrogates, code points above U+10FFFF and truncated sequences included).
  @inline(__always)
  static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int? {
    let lead = bytes[index]
    if lead < 0x80 { return 1 }
    @inline(__always)
    func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
      let position = index + offset
      return position < end && bytes[position] >= low && bytes[position] <= high
    }
    switch lead {
    case 0xC2...0xDF:
      return continuation(1) ? 2 : nil
    case 0xE0:
      return continuation(1, 0xA0) && continuation(2) ? 3 : nil
    case 0xE1...0xEC, 0xEE...0xEF:
      return continuation(1) && continuation(2) ? 3 : nil
    case 0xED:
      return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : nil
    case 0xF0:
      return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : nil
    case 0xF1...0xF3:
      return continuation(1) && continuation(2) && continuation(3) ? 4 : nil
    case 0xF4:
      return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : nil
    default:
      return nil
    }
  }

  /// Offset of the first byte in `range` that does not start a well-formed sequence, nil when all is
  /// valid.
  static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Int? {
    var index = range.lowerBound
    let end = range.upperBound
    while index < end {
      if bytes[index] < 0x80 {
        index += 1
        continue
      }
      guard let length = sequenceLength(bytes, at: index, end: end) else { return index }
      index += length
    }
    return nil
  }

  /// `0xFF`, for messages.
  static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
  }
}
