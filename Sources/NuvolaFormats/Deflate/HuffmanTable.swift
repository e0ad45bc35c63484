/// A canonical Huffman code of a DEFLATE block (RFC 1951, 3.2.2), built from its code lengths.
///
/// Codes of up to `fastBits` bits decode with one look-up in `fast`, indexed by the next input bits
/// (least significant first, as DEFLATE packs them); the rare longer codes walk the canonical
/// counts a bit at a time.
struct HuffmanTable: Sendable {
  static let fastBits = 10
  static let maxBits = 15

  /// By the next `fastBits` input bits: `symbol << 4 | length`, or 0 when the code is longer (or unused).
  var fast: [UInt16]
  /// Number of codes of each length, 0...15.
  var counts: [UInt16]
  /// Symbols in canonical order (by length, then by value).
  var symbols: [UInt16]

  /// The code with these lengths (0 = symbol unused), checked as zlib does: an over-subscribed set
  /// of lengths is an error; an incomplete one is accepted only as a single code of one bit (RFC
  /// 1951 allows a lone distance code), and never for the code-length code (`complete`). A code
  /// with no symbols at all is accepted: decoding anything with it is the error.
  init(lengths: [UInt8], name: String, complete: Bool = false) throws(FormatError) {
    var counts = [UInt16](repeating: 0, count: HuffmanTable.maxBits + 1)
    for length in lengths { counts[Int(length)] += 1 }
    counts[0] = 0
    var left = 1
    var maxLength = 0
    for length in 1...HuffmanTable.maxBits {
      left <<= 1
      left -= Int(counts[length])
      if counts[length] > 0 { maxLength = length }
      guard left >= 0 else { throw FormatError("over-subscribed \(name) code lengths") }
    }
    if left > 0 && maxLength > 0 && (maxLength > 1 || complete) {
      throw FormatError("incomplete \(name) code lengths")
    }
    var offsets = [Int](repeating: 0, count: HuffmanTable.maxBits + 2)
    for length in 1...HuffmanTable.maxBits { offsets[length + 1] = offsets[length] + Int(counts[length]) }
    var symbols = [UInt16](repeating: 0, count: offsets[HuffmanTable.maxBits + 1])
    for (symbol, length) in lengths.enumerated() where length > 0 {
      symbols[offsets[Int(length)]] = UInt16(symbol)
      offsets[Int(length)] += 1
    }
    // Canonical codes in order, each written into the fast table bit-reversed (DEFLATE sends a
    // code's most significant bit first).
    var fast = [UInt16](repeating: 0, count: 1 << HuffmanTable.fastBits)
    var code = 0
    var index = 0
    for length in 1...HuffmanTable.maxBits {
      for _ in 0..<Int(counts[length]) {
        if length <= HuffmanTable.fastBits {
          var reversed = 0
          for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
          let entry = symbols[index] << 4 | UInt16(length)
          var slot = reversed
          while slot < fast.count {
            fast[slot] = entry
            slot += 1 << length
          }
        }
        code += 1
        index += 1
      }
      code <<= 1
    }
    self.fast = fast
    self.counts = counts
    self.symbols = symbols
  }

  /// The symbol whose code starts the bits (least significant first) and its length, for a code
  /// longer than the fast table's; nil when the bits start no code.
  func slowDecode(_ bits: UInt64) -> (symbol: Int, length: Int)? {
    var code = 0
    var first = 0
    var index = 0
    for length in 1...HuffmanTable.maxBits {
      code |= Int((bits >> UInt64(length - 1)) & 1)
      let count = Int(counts[length])
      if code - first < count { return (Int(symbols[index + code - first]), length) }
      index += count
      first += count
      first <<= 1
      code <<= 1
    }
    return nil
  }

  /// The fixed literal/length code (RFC 1951, 3.2.6).
  static let fixedLiterals: HuffmanTable = {
    var lengths = [UInt8](repeating: 8, count: 288)
    for symbol in 144..<256 { lengths[symbol] = 9 }
    for symbol in 256..<280 { lengths[symbol] = 7 }
    // Valid lengths: building cannot fail.
    return try! HuffmanTable(lengths: lengths, name: "fixed literal/length")
  }()

  /// The fixed distance code: 30 codes (and two unused) of five bits.
  static let fixedDistances: HuffmanTable = {
    try! HuffmanTable(lengths: [UInt8](repeating: 5, count: 32), name: "fixed distance")
  }()
}
