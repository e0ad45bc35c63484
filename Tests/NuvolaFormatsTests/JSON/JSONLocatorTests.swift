import NuvolaFormats
import Testing

/// Lines and columns computed from byte offsets only when a problem needs them must be those a
/// person counts: lines at line feeds, columns in Unicode scalars, the byte-order mark not counted.
@Suite struct JSONLocatorTests {
  /// The position of every offset, counted the plain way.
  static func naivePositions(_ bytes: [UInt8]) -> [(line: Int, column: Int)] {
    let origin = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var positions: [(Int, Int)] = []
    var line = 1
    var column = 1
    for offset in 0...bytes.count {
      positions.append(offset < origin ? (1, 1) : (line, column))
      guard offset < bytes.count, offset >= origin else { continue }
      if bytes[offset] == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if bytes[offset] & 0xC0 != 0x80 {
        column += 1
      }
    }
    return positions
  }

  static let documents: [[UInt8]] = [
    Array("{\n  \"città\": [1, 2],\n  \"b\": \"😀 x\"\n}".utf8),
    [0xEF, 0xBB, 0xBF] + Array("{\"a\":\n1}".utf8),
    // One long line past several checkpoints, then more lines.
    Array(("[" + String(repeating: "\"àé\", ", count: 3_000) + "0]\n\n[1]").utf8),
    Array(String(repeating: "line\n", count: 5_000).utf8),
  ]

  @Test(arguments: 0..<documents.count)
  func positionsInAnyOrderMatchCounting(document: Int) {
    let bytes = Self.documents[document]
    let expected = Self.naivePositions(bytes)
    bytes.withUnsafeBufferPointer { buffer in
      let locator = JSONLocator(buffer)
      // Forward, backward, and jumping around (a seeded shuffle).
      var offsets = Array(0...bytes.count)
      offsets += offsets.reversed()
      var state: UInt64 = 42
      for _ in 0..<2_000 {
        state = state &* 6_364_136_223_846_793_005 &+ 1
        offsets.append(Int(state >> 33) % (bytes.count + 1))
      }
      let wrong = offsets.filter { offset in
        let position = locator.position(of: offset)
        return position.line != expected[offset].line || position.column != expected[offset].column
      }
      #expect(wrong.isEmpty, "wrong position at offsets \(wrong.prefix(10))")
    }
  }
}
