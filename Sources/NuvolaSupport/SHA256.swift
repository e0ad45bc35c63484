/// SHA-256 (FIPS 180-4), written out here because Nuvola depends on Foundation and SQLite only and
/// Foundation on Linux has no hash. The store uses it to recognise an inventory imported again.
///
/// Hash in one call with `SHA256.hex(bytes)`, or feed bytes piece by piece with `update` and end
/// with `finalize()`.
public struct SHA256: Sendable {
  private var state: [UInt32] = SHA256.initialState
  /// Bytes waiting for a full 64-byte block.
  private var pending: [UInt8] = []
  private var length: UInt64 = 0

  public init() {}

  /// The digest of `bytes` as 64 lowercase hex digits.
  public static func hex(_ bytes: some Collection<UInt8>) -> String {
    var hasher = SHA256()
    hasher.update(bytes)
    return SHA256.hexDigits(hasher.finalize())
  }

  /// The 32-byte digest of `bytes`.
  public static func digest(_ bytes: some Collection<UInt8>) -> [UInt8] {
    var hasher = SHA256()
    hasher.update(bytes)
    return hasher.finalize()
  }

  public mutating func update(_ bytes: some Collection<UInt8>) {
    // Contiguous storage (arrays, native strings' UTF-8) is hashed in place; anything else is copied.
    let done: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
    if done == nil {
      Array(bytes).withUnsafeBytes { update($0) }
    }
  }

  public mutating func update(_ bytes: UnsafeRawBufferPointer) {
    length &+= UInt64(bytes.count)
    var start = 0
    if !pending.isEmpty {
      let taken = min(64 - pending.count, bytes.count)
      pending.append(contentsOf: bytes[0..<taken])
      start = taken
      guard pending.count == 64 else { return }
      pending.withUnsafeBytes { SHA256.compress(&state, blocks: $0) }
      pending.removeAll(keepingCapacity: true)
    }
    let whole = (bytes.count - start) / 64 * 64
    if whole > 0 {
      SHA256.compress(&state, blocks: UnsafeRawBufferPointer(rebasing: bytes[start..<(start + whole)]))
    }
    if start + whole < bytes.count {
      pending.append(contentsOf: bytes[(start + whole)...])
    }
  }

  /// Pads the message, hashes the last block(s) and returns the 32-byte digest.
  public mutating func finalize() -> [UInt8] {
    let bitLength = length &* 8
    var tail = pending
    tail.append(0x80)
    while tail.count % 64 != 56 { tail.append(0) }
    for shift in stride(from: 56, through: 0, by: -8) {
      tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    tail.withUnsafeBytes { SHA256.compress(&state, blocks: $0) }
    pending.removeAll()
    var digest: [UInt8] = []
    digest.reserveCapacity(32)
    for word in state {
      digest.append(UInt8(truncatingIfNeeded: word >> 24))
      digest.append(UInt8(truncatingIfNeeded: word >> 16))
      digest.append(UInt8(truncatingIfNeeded: word >> 8))
      digest.append(UInt8(truncatingIfNeeded: word))
    }
    return digest
  }

  private static let initialState: [UInt32] = [
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
  ]

  private static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
  ]

  @inline(__always)
  private static func rotate(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 &- n)) }

  /// Runs the compression function over the whole 64-byte blocks of `blocks` (callers pass only
  /// whole blocks).
  private static func compress(_ state: inout [UInt32], blocks: UnsafeRawBufferPointer) {
    guard blocks.count >= 64 else { return }
    state.withUnsafeMutableBufferPointer { h in
      roundConstants.withUnsafeBufferPointer { k in
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
          var offset = 0
          while offset + 64 <= blocks.count {
            for i in 0..<16 {
              w[i] = UInt32(bigEndian: blocks.loadUnaligned(fromByteOffset: offset + i * 4, as: UInt32.self))
            }
            for i in 16..<64 {
              let s0 = rotate(w[i - 15], 7) ^ rotate(w[i - 15], 18) ^ (w[i - 15] >> 3)
              let s1 = rotate(w[i - 2], 17) ^ rotate(w[i - 2], 19) ^ (w[i - 2] >> 10)
              w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
            }
            var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
            for i in 0..<64 {
              let s1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
              let choice = (e & f) ^ (~e & g)
              let t1 = hh &+ s1 &+ choice &+ k[i] &+ w[i]
              let s0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
              let majority = (a & b) ^ (a & c) ^ (b & c)
              let t2 = s0 &+ majority
              hh = g
              g = f
              f = e
              e = d &+ t1
              d = c
              c = b
              b = a
              a = t1 &+ t2
            }
            h[0] &+= a
            h[1] &+= b
            h[2] &+= c
            h[3] &+= d
            h[4] &+= e
            h[5] &+= f
            h[6] &+= g
            h[7] &+= hh
            offset += 64
          }
        }
      }
    }
  }

  /// Lowercase hex digits, two per byte.
  static func hexDigits(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: text, as: UTF8.self)
  }
}
