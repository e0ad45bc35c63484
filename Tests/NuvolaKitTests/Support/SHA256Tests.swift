import Testing

@testable import NuvolaSupport

@Suite struct SHA256Tests {
  /// FIPS 180-2 appendix B and the NIST example values.
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrs"
        + "mnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
  ])
  func fipsVectors(message: String, digest: String) {
    #expect(SHA256.hex(message.utf8) == digest)
    #expect(SHA256.hex(Array(message.utf8)) == digest)
  }

  @Test func oneMillionA() {
    let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
    #expect(SHA256.hex(message) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// Lengths around the padding boundaries (55 bytes fit the length in one block, 56 do not).
  @Test(arguments: [
    (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
    (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
    (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
    (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
    (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
    (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
    (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
  ])
  func paddingBoundaries(length: Int, digest: String) {
    #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: length)) == digest)
  }

  /// Feeding the bytes in pieces of any size gives the digest of the whole.
  @Test(arguments: [1, 3, 63, 64, 65, 200])
  func incrementalUpdates(pieceSize: Int) {
    let bytes = Array((0..<4).flatMap { _ in (0...255).map(UInt8.init) })
    var hasher = SHA256()
    var start = 0
    while start < bytes.count {
      let end = min(start + pieceSize, bytes.count)
      hasher.update(bytes[start..<end])
      start = end
    }
    let digest = SHA256.hexDigits(hasher.finalize())
    #expect(digest == "785b0751fc2c53dc14a4ce3d800e69ef9ce1009eb327ccf458afe09c242c26c9")
  }

  /// A collection without contiguous storage takes the copying path.
  @Test func nonContiguousCollection() {
    let bytes = "abc".utf8.lazy.map { $0 }
    #expect(SHA256.hex(bytes) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(SHA256.digest(Array("abc".utf8)).count == 32)
  }
}
