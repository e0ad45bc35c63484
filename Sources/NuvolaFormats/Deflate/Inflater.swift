/// The state of one `Inflate.decompress` call: the input as a bit stream (least significant bit
/// first, up to 64 bits buffered) and the output, a buffer grown by doubling up to the limit.
struct Inflater {
  private let input: UnsafePointer<UInt8>
  private let end: Int
  private var position = 0
  private var bits: UInt64 = 0
  private var bitCount = 0
  private var output: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private var count = 0
  private let limit: Int

  init(input: UnsafePointer<UInt8>, count: Int, limit: Int, sizeHint: Int) {
    self.input = input
    end = count
    self.limit = limit
    // DEFLATE expands at most about 1032 times: a larger hint is a lie.
    let hint = min(sizeHint, count * 1032 + 64)
    capacity = max(1, min(limit, max(hint, min(count * 4, 1 << 24), 4096)))
    output = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
  }

  func release() { output.deallocate() }

  /// The bytes written so far.
  func result() -> [UInt8] { Array(UnsafeBufferPointer(start: output, count: count)) }

  // MARK: Blocks

  mutating func run() throws(FormatError) {
    var last = false
    while !last {
      refill()
      last = try take(1) == 1
      switch try take(2) {
      case 0: try stored()
      case 1: try codes(literals: HuffmanTable.fixedLiterals, distances: HuffmanTable.fixedDistances)
      case 2:
        let (literals, distances) = try dynamicTables()
        try codes(literals: literals, distances: distances)
      default: throw error("invalid block type 3")
      }
    }
  }

  /// A stored block: the bits up to the next byte boundary are dropped, then LEN, its complement
  /// NLEN, and LEN bytes copied as they are.
  private mutating func stored() throws(FormatError) {
    _ = try take(bitCount & 7)
    refill()
    let length = Int(try take(16))
    let complement = Int(try take(16))
    guard length == ~complement & 0xFFFF else { throw error("stored block length does not match its complement") }
    // Give back the whole bytes still buffered, then copy straight from the input.
    position -= bitCount >> 3
    bits = 0
    bitCount = 0
    guard end - position >= length else { throw error("truncated stored block") }
    try reserve(length)
    (output + count).update(from: input + position, count: length)
    count += length
    position += length
  }

  private static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

  /// The header of a dynamic block: the code-length code, then the literal/length and distance
  /// code lengths it encodes (RFC 1951, 3.2.7).
  private mutating func dynamicTables() throws(FormatError) -> (HuffmanTable, HuffmanTable) {
    refill()
    let literalCount = Int(try take(5)) + 257
    let distanceCount = Int(try take(5)) + 1
    let codeLengthCount = Int(try take(4)) + 4
    guard literalCount <= 286, distanceCount <= 30 else {
      throw error("too many length or distance symbols")
    }
    var codeLengths = [UInt8](repeating: 0, count: 19)
    for index in 0..<codeLengthCount {
      refill()
      codeLengths[Inflater.codeLengthOrder[index]] = UInt8(try take(3))
    }
    let codeLengthCode = try table(codeLengths, "code-length", complete: true)
    var lengths = [UInt8](repeating: 0, count: literalCount + distanceCount)
    var index = 0
    while index < lengths.count {
      refill()
      let symbol = try decode(codeLengthCode)
      var repeated: UInt8 = 0
      var times = 0
      switch symbol {
      case 0..<16:
        lengths[index] = UInt8(symbol)
        index += 1
        continue
      case 16:
        guard index > 0 else { throw error("repeat of a code length with no previous length") }
        repeated = lengths[index - 1]
        times = 3 + Int(try take(2))
      case 17: times = 3 + Int(try take(3))
      case 18: times = 11 + Int(try take(7))
      default: throw error("invalid code-length symbol")
      }
      guard index + times <= lengths.count else { throw error("code lengths repeat past the end") }
      for _ in 0..<times {
        lengths[index] = repeated
        index += 1
      }
    }
    guard lengths[256] != 0 else { throw error("no end-of-block code") }
    let literals = try table(Array(lengths[..<literalCount]), "literal/length")
    let distances = try table(Array(lengths[literalCount...]), "distance")
    return (literals, distances)
  }

  private func table(_ lengths: [UInt8], _ name: String, complete: Bool = false) throws(FormatError)
    -> HuffmanTable
  {
    do {
      return try HuffmanTable(lengths: lengths, name: name, complete: complete)
    } catch {
      throw self.error(error.message)
    }
  }

  private static let lengthBase: [UInt16] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
    227, 258,
  ]
  private static let lengthExtra: [UInt8] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  private static let distanceBase: [UInt16] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
    4097, 6145, 8193, 12289, 16385, 24577,
  ]
  private static let distanceExtra: [UInt8] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
  ]

  /// The compressed data of a block up to its end-of-block code: literals and (length, distance)
  /// pairs copied from the output already written.
  private mutating func codes(literals: HuffmanTable, distances: HuffmanTable) throws(FormatError) {
    let lengthBase = Inflater.lengthBase
    let lengthExtra = Inflater.lengthExtra
    let distanceBase = Inflater.distanceBase
    let distanceExtra = Inflater.distanceExtra
    while true {
      refill()
      let symbol = try decode(literals)
      if symbol < 256 {
        if count == capacity { try reserve(1) }
        guard count < limit else { throw tooLarge() }
        output[count] = UInt8(truncatingIfNeeded: symbol)
        count += 1
        continue
      }
      if symbol == 256 { return }
      let lengthSymbol = symbol - 257
      guard lengthSymbol < 29 else { throw error("invalid literal/length symbol \(symbol)") }
      let length = Int(lengthBase[lengthSymbol]) + Int(try take(Int(lengthExtra[lengthSymbol])))
      let distanceSymbol = try decode(distances)
      guard distanceSymbol < 30 else { throw error("invalid distance symbol \(distanceSymbol)") }
      refill()
      let distance = Int(distanceBase[distanceSymbol]) + Int(try take(Int(distanceExtra[distanceSymbol])))
      guard distance <= count else {
        throw error("distance \(distance) too far back (only \(count) bytes written)")
      }
      try reserve(length)
      let target = output + count
      let source = target - distance
      if distance >= length {
        target.update(from: source, count: length)
      } else {
        for offset in 0..<length { target[offset] = source[offset] }
      }
      count += length
    }
  }

  // MARK: Bits

  /// Fills the bit buffer to at least 56 bits, or with what input remains.
  @inline(__always)
  private mutating func refill() {
    if end - position >= 8 {
      let word = UInt64(littleEndian: UnsafeRawPointer(input + position).loadUnaligned(as: UInt64.self))
      bits |= word &<< UInt64(bitCount)
      let taken = (63 - bitCount) >> 3
      position += taken
      bitCount += taken << 3
      return
    }
    while bitCount <= 56 && position < end {
      bits |= UInt64(input[position]) << UInt64(bitCount)
      position += 1
      bitCount += 8
    }
  }

  /// The next `n` bits (n <= 32) as a number; the stream must hold them (call `refill` first).
  @inline(__always)
  private mutating func take(_ n: Int) throws(FormatError) -> UInt32 {
    guard n <= bitCount else { throw truncated() }
    let value = UInt32(truncatingIfNeeded: bits & ((1 << UInt64(n)) &- 1))
    bits >>= UInt64(n)
    bitCount -= n
    return value
  }

  /// The next symbol of `table`.
  @inline(__always)
  private mutating func decode(_ table: HuffmanTable) throws(FormatError) -> Int {
    let entry = table.fast.withUnsafeBufferPointer {
      $0[Int(truncatingIfNeeded: bits) & ((1 << HuffmanTable.fastBits) - 1)]
    }
    var symbol = Int(entry >> 4)
    var length = Int(entry & 15)
    if length == 0 {
      guard let found = table.slowDecode(bits) else {
        // Too few bits left may only look like a bad code.
        if bitCount < HuffmanTable.maxBits && position == end { throw truncated() }
        throw error("invalid Huffman code")
      }
      (symbol, length) = found
    }
    guard length <= bitCount else { throw truncated() }
    bits >>= UInt64(length)
    bitCount -= length
    return symbol
  }

  // MARK: Output and errors

  /// Room for `n` more bytes, within the limit.
  private mutating func reserve(_ n: Int) throws(FormatError) {
    guard n <= limit - count else { throw tooLarge() }
    guard count + n > capacity else { return }
    let grown = min(limit, max(count + n, capacity > limit / 2 ? limit : capacity * 2))
    let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
    larger.update(from: output, count: count)
    output.deallocate()
    output = larger
    capacity = grown
  }

  /// Where the bit stream is, as a byte offset of the input.
  private var offset: Int { max(0, position - (bitCount >> 3)) }

  private func error(_ message: String) -> FormatError { FormatError(message, offset: offset) }

  private func truncated() -> FormatError { FormatError("truncated DEFLATE data", offset: end) }

  private func tooLarge() -> FormatError {
    FormatError("the data expands past the limit of \(limit) bytes", offset: offset)
  }
}
