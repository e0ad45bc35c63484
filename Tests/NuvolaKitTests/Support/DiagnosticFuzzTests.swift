import Foundation
import Testing

@testable import NuvolaSupport

/// `Diagnostic.shorten` over random texts of random Unicode scalars (issue 24): whatever the input,
/// what reaches a message is bounded, holds no scalar a terminal would act on or hide, and is the same
/// every time. The generator is seeded, so a failure is the same failure on every run.
@Suite struct DiagnosticFuzzTests {
  /// SplitMix64: a fixed seed gives the same texts on every run and platform.
  struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// A scalar from the ranges that matter most (ASCII controls, C1, bidi and zero-width, BOM) half
  /// the time, from the whole code space otherwise.
  static func scalar(_ generator: inout SeededGenerator) -> Unicode.Scalar {
    let tricky: [ClosedRange<UInt32>] = [
      0x00...0x7F, 0x80...0x9F, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF...0xFEFF,
      0xE000...0xE0FF, 0xFE00...0xFE0F,
    ]
    while true {
      let value =
        Bool.random(using: &generator)
        ? UInt32.random(in: tricky.randomElement(using: &generator)!, using: &generator)
        : UInt32.random(in: 0...0x10FFFF, using: &generator)
      if let scalar = Unicode.Scalar(value) { return scalar }
    }
  }

  @Test func randomTextsComeOutBoundedVisibleAndTheSameEveryTime() {
    var generator = SeededGenerator(state: 24)
    for _ in 0..<2_000 {
      var text = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 0...200, using: &generator) { text.append(Self.scalar(&generator)) }
      let value = String(text)
      let shown = Diagnostic.shorten(value)
      // The bound: 80 scalars of rendering, plus the note of the length when the value is cut.
      let note =
        "... (\(DigitGrouping.grouped(UInt64(value.count), separator: UInt8(ascii: ","))) characters)"
      #expect(shown.unicodeScalars.count <= 80 - 3 + note.unicodeScalars.count, "\(shown)")
      let hidden = Diagnostic.hiddenScalars(in: shown)
      #expect(hidden.isEmpty, "\(hidden.map { String($0.value, radix: 16) })")
      #expect(!shown.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || $0 == "\u{FEFF}" })
      #expect(Diagnostic.shorten(value) == shown)
      // Quotes are escaped, so a value cannot close the quotes around it.
      #expect(
        !shown.replacingOccurrences(of: "\\\\", with: "").replacingOccurrences(of: "\\\"", with: "").contains(
          "\""))
    }
  }
}

extension Diagnostic {
  /// The scalars of `text` a terminal would act on or hide (for tests: none may reach a message).
  static func hiddenScalars(in text: String) -> [Unicode.Scalar] {
    text.unicodeScalars.filter { $0.value < 0x20 || $0.value == 0x7F || ($0.value >= 0x80 && !isVisible($0)) }
  }
}
