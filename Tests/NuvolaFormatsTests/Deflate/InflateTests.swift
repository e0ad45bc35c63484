import NuvolaFormats
import Testing

@Suite("Inflate")
struct InflateTests {
  static let limit = 1 << 24

  @Test(
    "Streams written by zlib inflate to their data",
    arguments: ["dynamic", "fixed", "stored", "far", "runs", "mixed", "empty"])
  func zlibStreams(name: String) throws {
    let compressed = try FormatsFixtures.bytes("deflate/\(name).deflate")
    let expected = try FormatsFixtures.bytes("deflate/\(name).raw")
    let data = try Inflate.decompress(compressed, maxOutput: InflateTests.limit)
    #expect(data == expected)
    #expect(CRC32.checksum(data) == CRC32.checksum(expected))
  }

  @Test("The sample streams hold the block type they are named for")
  func blockTypes() throws {
    #expect(try FormatsFixtures.bytes("deflate/stored.deflate")[0] >> 1 & 3 == 0)
    #expect(try FormatsFixtures.bytes("deflate/fixed.deflate")[0] >> 1 & 3 == 1)
    #expect(try FormatsFixtures.bytes("deflate/dynamic.deflate")[0] >> 1 & 3 == 2)
  }

  @Test("A size hint larger than the data is only a hint")
  func sizeHint() throws {
    let compressed = try FormatsFixtures.bytes("deflate/runs.deflate")
    let data = try Inflate.decompress(compressed, maxOutput: 11_500, sizeHint: 1 << 40)
    #expect(data.count == 11_500)
  }

  @Test("A ZIP bomb is refused at the limit, not expanded")
  func bomb() throws {
    let compressed = try FormatsFixtures.bytes("deflate/bomb.deflate")
    #expect(compressed.count < 10_000)
    let error = #expect(throws: FormatError.self) {
      try Inflate.decompress(compressed, maxOutput: 1 << 20)
    }
    #expect(error?.message == "the data expands past the limit of 1048576 bytes")
    #expect(try Inflate.decompress(compressed, maxOutput: 8 << 20).count == 8 << 20)
  }

  @Test("A limit of zero accepts only an empty stream")
  func zeroLimit() throws {
    #expect(try Inflate.decompress(FormatsFixtures.bytes("deflate/empty.deflate"), maxOutput: 0) == [])
    #expect(throws: FormatError.self) {
      try Inflate.decompress(FormatsFixtures.bytes("deflate/fixed.deflate"), maxOutput: 0)
    }
  }

  @Test("Empty input is a truncated stream")
  func emptyInput() {
    let error = #expect(throws: FormatError.self) { try Inflate.decompress([], maxOutput: 100) }
    #expect(error?.message == "truncated DEFLATE data: no block")
  }

  @Test("Every cut of a stream is an error, never a crash")
  func truncated() throws {
    let compressed = try FormatsFixtures.bytes("deflate/dynamic.deflate")
    for cut in 1..<compressed.count {
      #expect(throws: FormatError.self) {
        try Inflate.decompress(Array(compressed[..<cut]), maxOutput: InflateTests.limit)
      }
    }
    let error = #expect(throws: FormatError.self) {
      try Inflate.decompress(Array(compressed[..<200]), maxOutput: InflateTests.limit)
    }
    #expect(error?.message == "truncated DEFLATE data")
  }

  @Test("Block type 3 is refused")
  func reservedBlockType() {
    let error = #expect(throws: FormatError.self) { try Inflate.decompress([0x07], maxOutput: 100) }
    #expect(error?.message == "invalid block type 3")
  }

  @Test("A stored block whose length does not match its complement is refused")
  func storedComplement() {
    let error = #expect(throws: FormatError.self) {
      try Inflate.decompress([0x01, 0x05, 0x00, 0x00, 0x00, 1, 2, 3, 4, 5], maxOutput: 100)
    }
    #expect(error?.message == "stored block length does not match its complement")
    #expect(throws: FormatError.self) {
      try Inflate.decompress([0x01, 0x05, 0x00, 0xFA, 0xFF, 1, 2], maxOutput: 100)
    }
  }

  /// A dynamic block header: final, type 2, counts, then the code-length code lengths.
  private func dynamicHeader(literals: Int = 257, distances: Int = 1, codeLengths: [Int]) -> BitWriter {
    var writer = BitWriter()
    writer.bits(1, 1)
    writer.bits(2, 2)
    writer.bits(literals - 257, 5)
    writer.bits(distances - 1, 5)
    writer.bits(codeLengths.count - 4, 4)
    for length in codeLengths { writer.bits(length, 3) }
    return writer
  }

  @Test("Over-subscribed and incomplete code-length codes are refused")
  func badCodeLengthCode() {
    let over = dynamicHeader(codeLengths: [Int](repeating: 1, count: 19))
    let error = #expect(throws: FormatError.self) { try Inflate.decompress(over.bytes, maxOutput: 100) }
    #expect(error?.message == "over-subscribed code-length code lengths")
    // Two codes of two bits: half the code space unused.
    let incomplete = dynamicHeader(codeLengths: [2, 2, 0, 0])
    let second = #expect(throws: FormatError.self) {
      try Inflate.decompress(incomplete.bytes, maxOutput: 100)
    }
    #expect(second?.message == "incomplete code-length code lengths")
  }

  @Test("Too many length symbols are refused")
  func tooManySymbols() {
    let writer = dynamicHeader(literals: 287, codeLengths: [1, 1, 0, 0])
    let error = #expect(throws: FormatError.self) { try Inflate.decompress(writer.bytes, maxOutput: 100) }
    #expect(error?.message == "too many length or distance symbols")
  }

  /// The code-length code of a block giving symbols 16 (repeat) and 18 (zeros) one bit each, in
  /// the order RFC 1951 sends them (16, 17, 18, 0...).
  private func repeatsHeader(literals: Int = 257) -> BitWriter {
    dynamicHeader(literals: literals, codeLengths: [1, 0, 1, 0])
  }

  @Test("A repeat with no previous length, or past the end, is refused")
  func badRepeats() {
    var first = repeatsHeader()
    first.code(0, 1)  // 16: repeat the previous length
    first.bits(0, 2)
    let error = #expect(throws: FormatError.self) { try Inflate.decompress(first.bytes, maxOutput: 100) }
    #expect(error?.message == "repeat of a code length with no previous length")
    var past = repeatsHeader()
    for _ in 0..<3 {
      past.code(1, 1)  // 18: 138 zeros, three times past 258 lengths
      past.bits(127, 7)
    }
    let second = #expect(throws: FormatError.self) { try Inflate.decompress(past.bytes, maxOutput: 100) }
    #expect(second?.message == "code lengths repeat past the end")
  }

  @Test("Lengths without an end-of-block code are refused")
  func noEndOfBlock() {
    var writer = repeatsHeader()
    writer.code(1, 1)
    writer.bits(127, 7)  // 138 zeros
    writer.code(1, 1)
    writer.bits(109, 7)  // 120 zeros: 258 lengths, all zero
    let error = #expect(throws: FormatError.self) { try Inflate.decompress(writer.bytes, maxOutput: 100) }
    #expect(error?.message == "no end-of-block code")
  }

  /// A fixed-Huffman block starting with a copy of length 3 from `distanceCode`.
  private func fixedCopy(distanceCode: Int) -> [UInt8] {
    var writer = BitWriter()
    writer.bits(1, 1)
    writer.bits(1, 2)
    writer.code(1, 7)  // 257: length 3
    writer.code(distanceCode, 5)
    writer.code(0, 7)  // 256: end of block
    return writer.bytes
  }

  @Test("A distance back past the start of the output is refused")
  func distanceTooFar() {
    let error = #expect(throws: FormatError.self) {
      try Inflate.decompress(fixedCopy(distanceCode: 0), maxOutput: 100)
    }
    #expect(error?.message == "distance 1 too far back (only 0 bytes written)")
  }

  @Test("The unused distance symbols 30 and 31 are refused")
  func unusedDistance() {
    let error = #expect(throws: FormatError.self) {
      try Inflate.decompress(fixedCopy(distanceCode: 30), maxOutput: 100)
    }
    #expect(error?.message == "invalid distance symbol 30")
  }

  @Test("The unused length symbols 286 and 287 are refused")
  func unusedLength() {
    var writer = BitWriter()
    writer.bits(1, 1)
    writer.bits(1, 2)
    writer.code(0b1100_0110, 8)  // 286 in the fixed code (280-287 are 11000000 + n)
    let error = #expect(throws: FormatError.self) { try Inflate.decompress(writer.bytes, maxOutput: 100) }
    #expect(error?.message == "invalid literal/length symbol 286")
  }

  @Test("CRC-32 of known strings")
  func crc() {
    #expect(CRC32.checksum([]) == 0)
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
    var crc = CRC32()
    crc.update(Array("12345".utf8))
    crc.update(Array("6789".utf8))
    #expect(crc.value == 0xCBF4_3926)
  }
}
