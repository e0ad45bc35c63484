/// A fast 128-bit hash (two independent 64-bit lanes) of an inventory's column values, which
/// decides whether an import may equal the comune's current snapshot.
///
/// It is not cryptographic and need not be: a matching hash only makes the store load the current
/// snapshot and compare the inventories with `==` before it reports "unchanged", so a collision
/// can never lose an import; it merely costs that comparison. It replaced SHA-256 over the compact
/// JSON document, which at national scale took as long as parsing.
///
/// Each lane is an xxHash64-style round (multiply, rotate, multiply) over 64-bit words, with its
/// own seed, constants and input scrambling, and ends with its own avalanche; the result is the
/// two lanes in hex.
public struct ContentHasher {
  private var first: UInt64 = 0x243F_6A88_85A3_08D3
  private var second: UInt64 = 0x1319_8A2E_0370_7344
  private var words: UInt64 = 0

  public init() {}

  private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
  private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
  private static let prime4: UInt64 = 0xA076_1D64_78BD_642F
  private static let prime5: UInt64 = 0xE703_7ED1_A0B4_28DB
  private static let scramble: UInt64 = 0x8EBC_6AF0_9C88_C6E3

  @inline(__always)
  private static func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
    (value << count) | (value >> (64 - count))
  }

  /// Adds one 64-bit word to both lanes.
  @inline(__always)
  public mutating func combine(_ word: UInt64) {
    first = ContentHasher.rotate(first &+ word &* ContentHasher.prime2, 31) &* ContentHasher.prime1
    second =
      ContentHasher.rotate(second &+ (word ^ ContentHasher.scramble) &* ContentHasher.prime4, 29)
      &* ContentHasher.prime5
    words &+= 1
  }

  /// Adds bytes eight at a time (the last word zero-padded), then their count, so that inputs
  /// differing only by trailing zero bytes differ.
  public mutating func combine(bytes: UnsafeRawBufferPointer) {
    var offset = 0
    let count = bytes.count
    while offset + 8 <= count {
      combine(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
      offset += 8
    }
    if offset < count {
      var tail: UInt64 = 0
      for index in offset..<count { tail |= UInt64(bytes[index]) << (UInt64(index - offset) * 8) }
      combine(tail)
    }
    combine(UInt64(count))
  }

  /// The two lanes, each avalanched with a different finaliser and the number of words.
  public func finalize() -> (UInt64, UInt64) {
    var a = first ^ words
    a ^= a >> 33
    a &*= ContentHasher.prime2
    a ^= a >> 29
    a &*= ContentHasher.prime3
    a ^= a >> 32
    var b = second ^ (words &* ContentHasher.prime1)
    b ^= b >> 31
    b &*= ContentHasher.prime5
    b ^= b >> 27
    b &*= ContentHasher.prime4
    b ^= b >> 33
    return (a, b)
  }

  /// 32 lowercase hex digits: the first lane, then the second.
  public func hexDigest() -> String {
    let (a, b) = finalize()
    let digits: StaticString = "0123456789abcdef"
    var bytes = [UInt8](repeating: 0, count: 32)
    for (lane, value) in [a, b].enumerated() {
      for nibble in 0..<16 {
        bytes[lane * 16 + nibble] = digits.utf8Start[Int((value >> UInt64(60 - nibble * 4)) & 0xF)]
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
