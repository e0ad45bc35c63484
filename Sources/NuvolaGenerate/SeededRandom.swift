/// A small seedable pseudo-random generator (SplitMix64) for synthetic inventories.
///
/// The sequence and every derived draw (ranges, chances, picks) are defined here rather than by the
/// standard library, whose algorithms may change between Swift releases: a seed must give the same
/// inventory, byte for byte, on every machine and toolchain.
struct SeededRandom {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// An independent stream for one key (an ISTAT code), so that a comune's inventory does not depend
  /// on which other comuni were generated before it, nor in what order.
  init(seed: UInt64, key: String) {
    // FNV-1a spreads the key's bytes; mixing twice decorrelates neighbouring codes and seeds.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    state = SeededRandom.mix(SeededRandom.mix(seed) ^ hash)
  }

  mutating func next() -> UInt64 {
    state = state &+ 0x9e37_79b9_7f4a_7c15
    return SeededRandom.mix(state)
  }

  static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }

  /// A whole number in the range, every value (nearly) equally likely.
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    let width = UInt64(range.upperBound - range.lowerBound) &+ 1
    if width == 0 { return Int(truncatingIfNeeded: next()) }
    // Multiply-high maps 64 random bits onto the range without a division; the bias is negligible.
    return range.lowerBound + Int(next().multipliedFullWidth(by: width).high)
  }

  /// A number in [0, 1).
  mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

  /// A number in the range (upper bound excluded).
  mutating func double(_ range: ClosedRange<Double>) -> Double {
    range.lowerBound + unit() * (range.upperBound - range.lowerBound)
  }

  /// True with the given probability.
  mutating func chance(_ probability: Double) -> Bool { unit() < probability }

  mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

  /// An index drawn with the given relative weights.
  mutating func weighted(_ weights: [Int]) -> Int {
    let total = weights.reduce(0, +)
    var draw = int(0...(total - 1))
    for (index, weight) in weights.enumerated() {
      if draw < weight { return index }
      draw -= weight
    }
    return weights.count - 1
  }

  /// `value` varied by up to `spread` either way (0.1 = ±10%).
  mutating func jitter(_ value: Double, _ spread: Double) -> Double {
    value * double((1 - spread)...(1 + spread))
  }
}
