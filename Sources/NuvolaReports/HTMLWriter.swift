import NuvolaSupport

/// Builds HTML text: elements, attributes and escaped text. Every piece of text and every attribute
/// value goes through `escape`, so text from an inventory (`<script>alert(1)</script>`) can only
/// ever show as text. Only markup this module writes itself (the stylesheet, SVG it drew) is
/// appended raw.
///
/// The page is built as UTF-8 bytes in raw memory (`TapeBuffer`), not by appending to a `String`
/// or an `Array`: a national run renders some 1.3 GB of HTML in millions of small pieces, and an
/// array's per-append checks cost more than the copying. The writer owns that memory: `finish()`
/// hands the page over and frees it, and the writer is not used afterwards.
public struct HTMLWriter {
  private var tape: TapeBuffer<UInt8>

  public init(capacity: Int = 96 * 1024) {
    tape = TapeBuffer(capacity: capacity)
  }

  /// The page, once written; frees the writer's memory.
  public mutating func finish() -> [UInt8] {
    let bytes = tape.array
    tape.deallocate()
    return bytes
  }

  /// Escapes `& < > " '`: safe in text and in quoted attribute values alike.
  static func escape(_ text: String) -> String {
    var tape = TapeBuffer<UInt8>(capacity: text.utf8.count + 16)
    defer { tape.deallocate() }
    append(escaping: text, to: &tape)
    return tape.string
  }

  static func append(escaping text: String, to tape: inout TapeBuffer<UInt8>) {
    var text = text
    text.withUTF8 { source in
      guard let base = source.baseAddress else { return }
      // Runs without special characters are copied in one go; most text is a single run. Eight
      // bytes are tested at a time; only a word holding a special character is looked at byte by byte.
      var runStart = 0
      var index = 0
      @inline(__always) func escapeByte(at index: Int) {
        let replacement: StaticString
        switch source[index] {
        case UInt8(ascii: "&"): replacement = "&amp;"
        case UInt8(ascii: "<"): replacement = "&lt;"
        case UInt8(ascii: ">"): replacement = "&gt;"
        case UInt8(ascii: "\""): replacement = "&quot;"
        case UInt8(ascii: "'"): replacement = "&#39;"
        default: return
        }
        tape.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
        tape.append(replacement)
        runStart = index + 1
      }
      while index + 8 <= source.count {
        // Sixteen bytes at once first: most blocks hold nothing to escape and are skipped whole.
        if index + 16 <= source.count,
          !hasSpecialByte(UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self))
        {
          index += 16
          continue
        }
        var mask = specialBytes(
          UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
        // One bit per special byte, lowest byte first: only those bytes are looked at.
        while mask != 0 {
          escapeByte(at: index + mask.trailingZeroBitCount >> 3)
          mask &= mask &- 1
        }
        index += 8
      }
      while index < source.count {
        escapeByte(at: index)
        index += 1
      }
      tape.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<source.count]))
    }
  }

  /// The bytes of `word` (little-endian) that are `& < > " '`: bit 7 of each such byte is set, every
  /// other bit is clear. A byte equal to `c` becomes zero after `xor` with `c` in every byte, and
  /// `~(((v & 0x7F...) + 0x7F...) | v | 0x7F...)` marks exactly the zero bytes of `v` (no carry
  /// crosses from one byte to the next).
  @inline(__always)
  static func specialBytes(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    @inline(__always) func zeroBytes(_ value: UInt64) -> UInt64 { ~(((value & low7) &+ low7) | value | low7) }
    return zeroBytes(word ^ (ones &* 0x26)) | zeroBytes(word ^ (ones &* 0x3C))
      | zeroBytes(word ^ (ones &* 0x3E))
      | zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x27))
  }

  /// Whether any of the sixteen bytes is `& < > " '`. `&` and `'` differ only in bit 0, and `<` and
  /// `>` only in bit 1, so three comparisons cover the five characters.
  @inline(__always)
  static func hasSpecialByte(_ block: SIMD16<UInt8>) -> Bool {
    typealias Mask = SIMDMask<SIMD16<Int8>>
    let ampersandOrApostrophe: Mask =
      (block | SIMD16<UInt8>(repeating: 0x01)) .== SIMD16<UInt8>(repeating: 0x27)
    let angleBracket: Mask = (block | SIMD16<UInt8>(repeating: 0x02)) .== SIMD16<UInt8>(repeating: 0x3E)
    let quote: Mask = block .== SIMD16<UInt8>(repeating: 0x22)
    // `any(_:)` reduces lane by lane through a call; the sixteen lanes read as two words test at once.
    let lanes = unsafeBitCast(ampersandOrApostrophe .| angleBracket .| quote, to: SIMD2<UInt64>.self)
    return lanes[0] | lanes[1] != 0
  }

  public mutating func open(_ tag: String, _ attributes: [(String, String)] = []) {
    tape.append(UInt8(ascii: "<"))
    tape.append(utf8: tag)
    HTMLWriter.append(attributes: attributes, to: &tape)
    tape.append(UInt8(ascii: ">"))
  }

  public mutating func close(_ tag: String) {
    tape.append(UInt8(ascii: "<"))
    tape.append(UInt8(ascii: "/"))
    tape.append(utf8: tag)
    tape.append(UInt8(ascii: ">"))
  }

  /// An element holding escaped text.
  public mutating func element(_ tag: String, _ attributes: [(String, String)] = [], text: String) {
    open(tag, attributes)
    self.text(text)
    close(tag)
  }

  /// An element without content (`<meta>`, `<br>`).
  public mutating func void(_ tag: String, _ attributes: [(String, String)] = []) {
    open(tag, attributes)
  }

  public mutating func text(_ text: String) {
    HTMLWriter.append(escaping: text, to: &tape)
  }

  /// Markup this module produced itself; never text from outside.
  public mutating func raw(_ markup: String) {
    tape.append(utf8: markup)
  }

  /// An opening tag written as given, for the hot paths (table cells) that would otherwise build an
  /// attribute list per cell; `markup` must be a literal of this module.
  mutating func tag(_ markup: StaticString) {
    tape.append(markup)
  }

  public mutating func newline() {
    tape.append(UInt8(ascii: "\n"))
  }

  /// ` name="value"` for each pair, every value escaped: HTML elements and SVG shapes alike.
  static func append(attributes: [(String, String)], to tape: inout TapeBuffer<UInt8>) {
    for (name, value) in attributes {
      tape.append(UInt8(ascii: " "))
      tape.append(utf8: name)
      tape.append(UInt8(ascii: "="))
      tape.append(UInt8(ascii: "\""))
      HTMLWriter.append(escaping: value, to: &tape)
      tape.append(UInt8(ascii: "\""))
    }
  }
}
