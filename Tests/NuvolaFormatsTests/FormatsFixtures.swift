import Foundation

/// The test fixtures shipped in `Fixtures/`, by path under it.
enum FormatsFixtures {
  static func bytes(_ name: String) throws -> [UInt8] {
    guard let url = Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil) else {
      throw CocoaError(.fileNoSuchFile)
    }
    return [UInt8](try Data(contentsOf: url))
  }
}

/// Writes a DEFLATE bit stream by hand, for streams no compressor makes: values least significant
/// bit first, Huffman codes most significant bit first, as RFC 1951 packs them.
struct BitWriter {
  private(set) var bytes: [UInt8] = []
  private var bitCount = 0

  mutating func bits(_ value: Int, _ count: Int) {
    for bit in 0..<count { push(value >> bit & 1) }
  }

  mutating func code(_ value: Int, _ count: Int) {
    for bit in (0..<count).reversed() { push(value >> bit & 1) }
  }

  private mutating func push(_ bit: Int) {
    if bitCount % 8 == 0 { bytes.append(0) }
    bytes[bytes.count - 1] |= UInt8(bit) << UInt8(bitCount % 8)
    bitCount += 1
  }
}
