import Testing

@testable import NuvolaGenerate

@Suite("SeededRandom")
struct SeededRandomTests {
  /// Pinned values: a change here changes every generated inventory, so it must be deliberate.
  @Test func theSequenceIsPinned() {
    var random = SeededRandom(seed: 0)
    #expect(random.next() == 0xe220_a839_7b1d_cdaf)
    #expect(random.next() == 0x6e78_9e6a_a1b9_65f4)
  }

  @Test func streamsDependOnSeedAndKey() {
    var a = SeededRandom(seed: 1, key: "014061")
    var b = SeededRandom(seed: 1, key: "014061")
    var c = SeededRandom(seed: 1, key: "014062")
    var d = SeededRandom(seed: 2, key: "014061")
    let first = a.next()
    #expect(first == b.next())
    #expect(first != c.next())
    #expect(first != d.next())
  }

  @Test func drawsStayWithinTheirRanges() {
    var random = SeededRandom(seed: 99)
    var seen = Set<Int>()
    for _ in 0..<2_000 {
      let value = random.int(3...7)
      #expect((3...7).contains(value))
      seen.insert(value)
      let unit = random.unit()
      #expect(unit >= 0 && unit < 1)
      #expect([0, 1, 2].contains(random.weighted([1, 0, 3])))
      #expect(random.weighted([1, 0, 3]) != 1)
    }
    #expect(seen == [3, 4, 5, 6, 7])
  }
}
