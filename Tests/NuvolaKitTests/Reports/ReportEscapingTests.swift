import Testing

@testable import NuvolaReports
@testable import NuvolaSupport

/// The escapers of the HTML and Markdown builders, and the SVG number format.
@Suite struct ReportEscapingTests {
  @Test func htmlEscapesTheFiveSpecialCharacters() {
    #expect(
      HTMLWriter.escape("<script>alert('x')</script> & \"q\"")
        == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
    #expect(HTMLWriter.escape("Contabilità e bilancio") == "Contabilità e bilancio")
    #expect(HTMLWriter.escape("") == "")
  }

  /// The escaper tests eight bytes at a time: every special character, at every position of texts
  /// from 0 to 40 bytes (so across eight- and sixteen-byte blocks and in the tail), next to letters, digits,
  /// spaces and non-ASCII bytes, gives the same text as a plain character-by-character escape.
  /// The eight-byte test marks exactly the special bytes: every byte value at every position of a
  /// word, next to a zero byte and next to 0x01 (where a borrowing test would misfire).
  @Test func specialBytesMarksExactlyTheSpecialBytes() {
    let special: Set<UInt8> = [0x26, 0x3C, 0x3E, 0x22, 0x27]
    for neighbour: UInt8 in [0x61, 0x00, 0x01, 0x80, 0xFF] {
      for position in 0..<8 {
        for value in 0...255 {
          var word = UInt64(0)
          for index in 0..<8 {
            word |= UInt64(index == position ? UInt8(value) : neighbour) << (8 * UInt64(index))
          }
          let expected = special.contains(UInt8(value)) ? UInt64(0x80) << (8 * UInt64(position)) : 0
          #expect(HTMLWriter.specialBytes(word) == expected)
        }
      }
    }
    #expect(HTMLWriter.specialBytes(0x2727_2727_2727_2727) == 0x8080_8080_8080_8080)
  }

  /// The sixteen-byte test finds a block holding a special byte, whatever the byte's position and
  /// whatever the other bytes, and only then.
  @Test func hasSpecialByteFindsExactlyTheBlocksWithASpecialByte() {
    let special: Set<UInt8> = [0x26, 0x3C, 0x3E, 0x22, 0x27]
    for neighbour: UInt8 in [0x61, 0x00, 0x23, 0x3D, 0x3F, 0xFF] {
      for position in 0..<16 {
        for value in 0...255 {
          var block = SIMD16<UInt8>(repeating: neighbour)
          block[position] = UInt8(value)
          #expect(HTMLWriter.hasSpecialByte(block) == special.contains(UInt8(value)))
        }
      }
    }
  }

  @Test func htmlEscapeMatchesACharacterByCharacterEscapeAtEveryPosition() {
    func reference(_ text: String) -> String {
      text.map { character -> String in
        switch character {
        case "&": return "&amp;"
        case "<": return "&lt;"
        case ">": return "&gt;"
        case "\"": return "&quot;"
        case "'": return "&#39;"
        default: return String(character)
        }
      }.joined()
    }
    let fillers = ["a", " ", "9", "=", "?", "à", "%", "\u{7F}"]
    var checked = 0
    for length in 0...40 {
      for special in ["&", "<", ">", "\"", "'"] {
        for position in 0..<max(length, 1) {
          for filler in fillers {
            var characters = Array(repeating: filler, count: length)
            if length > 0 { characters[position] = special }
            let text = characters.joined()
            #expect(HTMLWriter.escape(text) == reference(text), "\(text)")
            checked += 1
          }
        }
      }
    }
    // Two specials in one word, and words made only of specials.
    for text in [
      "<<>>&&\"\"''", "abcdefg<hijklmn>", "12345678&", "àèìòù<>€", String(repeating: "'", count: 17),
      "abcdefghij<klmn>op&qrstuvwxyz0123456789\"", String(repeating: "&", count: 33),
    ] {
      #expect(HTMLWriter.escape(text) == reference(text))
    }
    #expect(checked > 4_000)
  }

  @Test(arguments: [
    ("<script>", "\\<script>"),
    ("a | b", "a \\| b"),
    ("*bold* `code` ~x~", "\\*bold\\* \\`code\\` \\~x\\~"),
    ("os_version", "os_version"),
    ("_emphasis_", "\\_emphasis\\_"),
    ("[FAQ] PA digitale", "[FAQ] PA digitale"),
    ("[x](http://e.vil)", "[x\\](http://e.vil)"),
    ("line\nbreak", "line break"),
    ("# not a heading", "\\# not a heading"),
    ("C:\\temp", "C:\\\\temp"),
  ])
  func markdownInline(text: String, escaped: String) {
    #expect(MarkdownWriter.escape(text) == escaped)
  }

  @Test(arguments: [
    ("- item", "\\- item"),
    ("+ item", "\\+ item"),
    ("1. first", "1\\. first"),
    ("> quote", "\\> quote"),
    ("    indented code", "indented code"),
    ("21.642 abitanti", "21.642 abitanti"),
    ("=HYPERLINK(\"x\")", "\\=HYPERLINK(\"x\")"),
  ])
  func markdownAtTheStartOfALine(text: String, escaped: String) {
    #expect(MarkdownWriter.escape(text, lineStart: true) == escaped)
  }

  @Test func svgNumbersHaveOneDecimalAndAPoint() {
    #expect(SVGWriter.number(12) == "12")
    #expect(SVGWriter.number(12.345) == "12.3")
    #expect(SVGWriter.number(-3.26) == "-3.3")
    #expect(SVGWriter.number(.nan) == "0")
    #expect(SVGWriter.number(0) == "0")
    #expect(SVGWriter.number(-0.04) == "0")
    #expect(SVGWriter.number(-0.05) == "-0.1")
    #expect(SVGWriter.number(0.95) == "1")
    #expect(SVGWriter.number(1_234_567.89) == "1234567.9")
    // Too large for the digits: drawn at 0 rather than trapping on the conversion.
    #expect(SVGWriter.number(1e300) == "0")
    #expect(SVGWriter.number(-.infinity) == "0")
  }

  @Test func axisStepsAreRound() {
    #expect(
      ReportCharts.axis(upTo: Money(euros: 263_527))
        == [0, 100_000, 200_000, 300_000].map { Money(euros: $0) })
    #expect(ReportCharts.axis(upTo: Money(euros: 7)) == [0, 2, 4, 6, 8].map { Money(euros: $0) })
    #expect(ReportCharts.axis(upTo: .zero).first == .zero)
  }
}
