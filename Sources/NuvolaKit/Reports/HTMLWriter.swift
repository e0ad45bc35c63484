/// Builds HTML text: elements, attributes and escaped text. Every piece of text and every attribute
/// value goes through `escape`, so text from an inventory (`<script>alert(1)</script>`) can only
/// ever show as text. Only markup this module writes itself (the stylesheet, SVG it drew) is
/// appended raw.
///
/// The page is built as UTF-8 bytes in raw memory (`TapeBuffer`), not by appending to a `String`
/// or an `Array`: a national run renders some 1.3 GB of HTML in millions of small pieces, and an
/// array's per-append checks cost more than the copying. The writer owns that memory: `finish()`
/// hands the page over and frees it, and the writer is not used afterwards.
struct HTMLWriter {
  private var tape: TapeBuffer<UInt8>

  init(capacity: Int = 96 * 1024) {
    tape = TapeBuffer(capacity: capacity)
  }

  /// The page, once written; frees the writer's memory.
  mutating func finish() -> [UInt8] {
    let bytes = tape.array
    tape.deallocate()
    return bytes
  }

  /// Escapes `& < > " '`: safe in text and in quoted attribute values alike.
  static func escape(_ text: String) -> String {
    var tape = TapeBuffer<UInt8>(capacity: text.utf8.count + 16)
    defer { tape.deallocate() }
    append(escaping: text, to: &tape)
    return String(decoding: UnsafeBufferPointer(start: tape.base, count: tape.count), as: UTF8.self)
  }

  static func append(escaping text: String, to tape: inout TapeBuffer<UInt8>) {
    var text = text
    text.withUTF8 { source in
      guard let base = source.baseAddress else { return }
      // Runs without special characters are copied in one go; most text is a single run. Eight
      // bytes are tested at a time; only a word holding a special character is looked at byte by byte.
      var runStart = 0
      var index = 0
      func escapeByte(at index: Int) {
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
        replacement.withUTF8Buffer { tape.append(contentsOf: $0) }
        runStart = index + 1
      }
      while index + 8 <= source.count {
        if hasSpecialByte(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
          for byteIndex in index..<index + 8 { escapeByte(at: byteIndex) }
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

  /// Whether any of the eight bytes of `word` is `& < > " '`: a byte equal to `c` becomes zero
  /// after `xor` with `c` in every byte, and `(v - 0x01...) & ~v & 0x80...` is non-zero exactly when
  /// some byte of `v` is zero.
  @inline(__always)
  static func hasSpecialByte(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    @inline(__always) func zeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
    return
      (zeroByte(word ^ (ones &* 0x26)) | zeroByte(word ^ (ones &* 0x3C)) | zeroByte(word ^ (ones &* 0x3E))
      | zeroByte(word ^ (ones &* 0x22)) | zeroByte(word ^ (ones &* 0x27))) != 0
  }

  mutating func open(_ tag: String, _ attributes: [(String, String)] = []) {
    tape.append(UInt8(ascii: "<"))
    tape.append(utf8: tag)
    appendAttributes(attributes)
    tape.append(UInt8(ascii: ">"))
  }

  mutating func close(_ tag: String) {
    tape.append(UInt8(ascii: "<"))
    tape.append(UInt8(ascii: "/"))
    tape.append(utf8: tag)
    tape.append(UInt8(ascii: ">"))
  }

  /// An element holding escaped text.
  mutating func element(_ tag: String, _ attributes: [(String, String)] = [], text: String) {
    open(tag, attributes)
    self.text(text)
    close(tag)
  }

  /// An element without content (`<meta>`, `<br>`).
  mutating func void(_ tag: String, _ attributes: [(String, String)] = []) {
    open(tag, attributes)
  }

  mutating func text(_ text: String) {
    HTMLWriter.append(escaping: text, to: &tape)
  }

  /// Markup this module produced itself; never text from outside.
  mutating func raw(_ markup: String) {
    tape.append(utf8: markup)
  }

  /// An opening tag written as given, for the hot paths (table cells) that would otherwise build an
  /// attribute list per cell; `markup` must be a literal of this module.
  mutating func tag(_ markup: StaticString) {
    markup.withUTF8Buffer { tape.append(contentsOf: $0) }
  }

  mutating func newline() {
    tape.append(UInt8(ascii: "\n"))
  }

  private mutating func appendAttributes(_ attributes: [(String, String)]) {
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
