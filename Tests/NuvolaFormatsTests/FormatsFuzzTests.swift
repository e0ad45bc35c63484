import NuvolaFormats
import Testing

/// Random and mutated inputs for every reader of the module, from a fixed seed (the same inputs on
/// every run): each one gives a value or a `FormatError`, never a trap. A crash here is a bug.
@Suite("Fuzzed inputs")
struct FormatsFuzzTests {
  /// SplitMix64: small, seedable, the same sequence everywhere.
  struct Seeded: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// `count` inputs: random bytes, and the seed with bytes flipped, replaced, cut, duplicated.
  static func inputs(from seed: [UInt8], count: Int, seed number: UInt64) -> [[UInt8]] {
    var random = Seeded(state: number)
    var inputs: [[UInt8]] = []
    for index in 0..<count {
      if index % 8 == 0 || seed.isEmpty {
        inputs.append((0..<Int.random(in: 0...256, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) })
        continue
      }
      var bytes = seed
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        let at = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<4, using: &random) {
        case 0: bytes[at] ^= 1 << UInt8.random(in: 0...7, using: &random)
        case 1: bytes[at] = [0x00, 0xFF, 0x7F, 0x80, 0x3C, 0x3E, 0x26][Int.random(in: 0..<7, using: &random)]
        case 2: bytes.removeSubrange(at...)
        default: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 16)], at: at)
        }
        if bytes.isEmpty { break }
      }
      inputs.append(bytes)
    }
    return inputs
  }

  @Test("Inflate: random and mutated streams")
  func inflate() throws {
    for name in ["dynamic", "fixed", "stored", "mixed", "runs"] {
      let seed = try FormatsFixtures.bytes("deflate/\(name).deflate")
      for input in FormatsFuzzTests.inputs(from: seed, count: 300, seed: 1) {
        _ = try? Inflate.decompress(input, maxOutput: 1 << 20)
      }
    }
  }

  @Test("ZipArchive: random and mutated archives, every entry read")
  func zip() throws {
    for name in ["deflated.zip", "descriptor.zip", "zip64.zip", "crc.zip"] {
      let seed = try FormatsFixtures.bytes("zip/\(name)")
      for input in FormatsFuzzTests.inputs(from: seed, count: 300, seed: 2) {
        guard let archive = try? ZipArchive(bytes: input) else { continue }
        for entry in archive.entries { _ = try? archive.contents(of: entry) }
      }
    }
  }

  @Test("XMLReader: random and mutated documents read to the end")
  func xml() throws {
    let seed = Array(
      """
      <?xml version="1.0"?><!-- c --><a x="1" y='&amp;&#x41;'><b:c>t&lt;<![CDATA[<x>]]></b:c><?p i?><d/></a>
      """.utf8)
    for input in FormatsFuzzTests.inputs(from: seed, count: 3000, seed: 3) {
      var reader = XMLReader(input, maxDepth: 32)
      while let event = try? reader.next() { _ = event }
    }
  }

  @Test("Workbook: mutated xlsx and ods parts, and mutated archives")
  func workbook() throws {
    for name in ["openpyxl.xlsx", "libreoffice.ods"] {
      let bytes = try FormatsFixtures.bytes("workbook/\(name)")
      let limits = WorkbookLimits(maxCells: 10_000)
      for input in FormatsFuzzTests.inputs(from: bytes, count: 200, seed: 4) {
        _ = try? Workbook.read(input, limits: limits)
      }
      // Mutate the XML inside, then archive it again, so that the readers see damaged documents.
      let archive = try ZipArchive(bytes: bytes)
      for (index, entry) in archive.entries.enumerated() where entry.name.hasSuffix(".xml") {
        let part = try archive.contents(of: entry)
        for input in FormatsFuzzTests.inputs(from: part, count: 100, seed: 5 + UInt64(index)) {
          var writer = ZipWriter()
          for other in archive.entries {
            try writer.add(other.name, other.name == entry.name ? input : try archive.contents(of: other))
          }
          _ = try? Workbook.read(writer.archive(), limits: limits)
        }
      }
    }
  }
}
