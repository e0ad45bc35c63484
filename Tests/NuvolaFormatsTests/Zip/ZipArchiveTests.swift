import NuvolaFormats
import Testing

@Suite("ZIP archives")
struct ZipArchiveTests {
  private func archive(_ name: String, limits: ZipLimits = ZipLimits()) throws -> ZipArchive {
    try ZipArchive(bytes: FormatsFixtures.bytes("zip/\(name)"), limits: limits)
  }

  @Test("An archive written by Python's zipfile: comment, folder, deflated and stored entries")
  func deflated() throws {
    let zip = try archive("deflated.zip")
    #expect(zip.entries.map(\.name) == ["docs/", "docs/assets.csv", "../evil/../name.txt", "stored.txt"])
    #expect(zip.entries.map(\.isFolder) == [true, false, false, false])
    let expected = try FormatsFixtures.bytes("deflate/dynamic.raw")
    #expect(try zip.contents(named: "docs/assets.csv") == expected)
    #expect(zip.entry(named: "docs/assets.csv")?.method == 8)
    #expect(try zip.contents(named: "stored.txt") == Array("stored bytes".utf8))
    #expect(try zip.contents(named: "../evil/../name.txt") == Array("just a name".utf8))
    #expect(try zip.contents(named: "docs/") == [])
    #expect(try zip.contents(named: "missing") == nil)
  }

  @Test("Entries followed by data descriptors read by the central directory's sizes")
  func dataDescriptors() throws {
    let zip = try archive("descriptor.zip")
    #expect(zip.entries.allSatisfy { $0.flags & 8 != 0 })
    #expect(try zip.contents(named: "stream.txt") == Array(String(repeating: "streamed ", count: 100).utf8))
    #expect(try zip.contents(named: "assets.csv")?.count == 732)
  }

  @Test("ZIP64 sizes, offsets and end of central directory")
  func zip64() throws {
    let zip = try archive("zip64.zip")
    #expect(zip.entries.first?.uncompressedSize == 11)
    #expect(try zip.contents(named: "big.txt") == Array("hello zip64".utf8))
  }

  @Test("A ZIP bomb is refused when the archive is opened")
  func bomb() throws {
    let error = #expect(throws: FormatError.self) { try archive("bomb.zip") }
    #expect(error?.message == "the entry zeros.xml expands more than 500 times (a ZIP bomb?)")
    let small = #expect(throws: FormatError.self) {
      try archive("bomb.zip", limits: ZipLimits(maxEntrySize: 1 << 20))
    }
    #expect(small?.message == "the entry zeros.xml expands to 16777216 bytes, more than 1048576")
    let total = #expect(throws: FormatError.self) {
      try archive("deflated.zip", limits: ZipLimits(maxTotalSize: 100))
    }
    #expect(total?.message == "the entries expand to more than 100 bytes in all")
    let entries = #expect(throws: FormatError.self) {
      try archive("deflated.zip", limits: ZipLimits(maxEntries: 3))
    }
    #expect(entries?.message == "the archive has 4 entries, more than 3")
  }

  @Test("An entry that expands past its declared size is refused at the declared size")
  func liar() throws {
    let zip = try archive("liar.zip")
    let error = #expect(throws: FormatError.self) { try zip.contents(named: "assets.csv") }
    #expect(error?.message == "the entry expands past its declared size of 100 bytes")
    #expect(error?.part == "assets.csv")
  }

  @Test("A damaged CRC-32 is refused")
  func crc() throws {
    let zip = try archive("crc.zip")
    let error = #expect(throws: FormatError.self) { try zip.contents(named: "assets.csv") }
    #expect(error?.message == "CRC-32 mismatch: the data is damaged")
  }

  @Test("Methods other than stored and deflate are refused")
  func bzip2() throws {
    let zip = try archive("bzip2.zip")
    let error = #expect(throws: FormatError.self) { try zip.contents(named: "a.txt") }
    #expect(error?.message == "compression method 12 is not supported (only stored and deflate)")
  }

  @Test("What is not an archive, or a cut one, is an error")
  func notAnArchive() throws {
    let short = #expect(throws: FormatError.self) { try ZipArchive(bytes: Array("hello".utf8)) }
    #expect(short?.message == "not a ZIP archive: too short for an end of central directory")
    let text = #expect(throws: FormatError.self) {
      try ZipArchive(bytes: [UInt8](repeating: 0x41, count: 100))
    }
    #expect(text?.message == "not a ZIP archive: no end of central directory")
    let bytes = try FormatsFixtures.bytes("zip/deflated.zip")
    for cut in 0..<bytes.count {
      do {
        let zip = try ZipArchive(bytes: Array(bytes[..<cut]))
        for entry in zip.entries { _ = try? zip.contents(of: entry) }
      } catch {
        #expect(!error.message.isEmpty)
      }
    }
    // Every single byte damaged: an error or a reading, never a crash.
    for position in 0..<bytes.count {
      var damaged = bytes
      damaged[position] ^= 0xFF
      guard let zip = try? ZipArchive(bytes: damaged) else { continue }
      for entry in zip.entries { _ = try? zip.contents(of: entry) }
    }
  }

  @Test("The writer's archives read back, byte for byte the same each time")
  func writer() throws {
    var writer = ZipWriter()
    try writer.add("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8))
    try writer.add("città/è.xml", Array("<a/>".utf8))
    try writer.add("empty", [])
    let bytes = writer.archive()
    #expect(bytes == writer.archive())
    let zip = try ZipArchive(bytes: bytes)
    #expect(zip.entries.map(\.name) == ["mimetype", "città/è.xml", "empty"])
    #expect(zip.entries.allSatisfy { $0.method == 0 })
    #expect(try zip.contents(named: "città/è.xml") == Array("<a/>".utf8))
    // The mimetype is first and stored, at offset 38, as OpenDocument asks.
    #expect(Array(bytes[30..<38]) == Array("mimetype".utf8))
    #expect(try ZipArchive(bytes: ZipWriter().archive()).entries.isEmpty)
  }
}
