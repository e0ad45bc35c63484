/// A pull parser for the XML that office documents hold (SpreadsheetML, OpenDocument): elements,
/// attributes (qualified names as written: prefixes are not resolved), text with the five
/// predefined entities and numeric character references, CDATA sections, comments, processing
/// instructions and the XML declaration. UTF-8 only.
///
/// It expands no entity of its own: a DOCTYPE with an internal subset is refused (no "billion
/// laughs"), one without is skipped. Nesting is limited by `maxDepth`. The document must be well
/// formed as far as this reader sees it (one root, tags matched, attributes quoted and not
/// repeated, valid UTF-8); every problem is a `FormatError` with its line and column.
public struct XMLReader: Sendable {
  /// Deepest nesting of elements accepted.
  public let maxDepth: Int
  private let bytes: [UInt8]
  private var position = 0
  private var stack: [String] = []
  private var pendingEnd: String?
  private var sawRoot = false
  private var done = false
  private var text: [UInt8] = []

  /// A reader of `bytes` (a byte-order mark at the start is skipped).
  public init(_ bytes: [UInt8], maxDepth: Int = 256) {
    self.bytes = bytes
    self.maxDepth = maxDepth
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { position = 3 }
  }

  /// How deep the reader is: the number of elements open.
  public var depth: Int { stack.count }

  /// The next event, nil at the end of the document.
  public mutating func next() throws(FormatError) -> XMLEvent? {
    if let name = pendingEnd {
      pendingEnd = nil
      stack.removeLast()
      return .end(name)
    }
    guard !done else { return nil }
    let count = bytes.count
    text.removeAll(keepingCapacity: true)
    var textStart = -1
    while true {
      // Character data up to the next markup.
      let runStart = position
      var plain = true
      while position < count {
        let byte = bytes[position]
        if byte == UInt8(ascii: "<") { break }
        if byte == UInt8(ascii: "&") || byte == 0x0D || byte == UInt8(ascii: "]") { plain = false }
        position += 1
      }
      if position > runStart {
        if textStart < 0 { textStart = runStart }
        if plain {
          text.append(contentsOf: bytes[runStart..<position])
        } else {
          try appendText(runStart..<position)
        }
      }
      if position >= count {
        guard stack.isEmpty && sawRoot else {
          throw error(stack.isEmpty ? "no root element" : "the document ends inside <\(stack.last!)>", at: count)
        }
        try checkOutside(textStart)
        done = true
        return nil
      }
      // Markup at `position` ('<').
      let next = position + 1 < count ? bytes[position + 1] : 0
      if next == UInt8(ascii: "!") {
        if matches("<!--", at: position) {
          try skipComment()
        } else if matches("<![CDATA[", at: position) {
          guard !stack.isEmpty else { throw error("CDATA outside the root element", at: position) }
          if textStart < 0 { textStart = position }
          try appendCDATA()
        } else if matches("<!DOCTYPE", at: position) {
          try skipDoctype()
        } else {
          throw error("unknown markup after <!", at: position)
        }
        continue
      }
      if next == UInt8(ascii: "?") {
        try skipProcessingInstruction()
        continue
      }
      // A start or end tag: the text before it is an event of its own.
      if textStart >= 0 && !text.isEmpty {
        if stack.isEmpty {
          try checkOutside(textStart)
        } else {
          return .text(try string(text, at: textStart))
        }
      }
      text.removeAll(keepingCapacity: true)
      textStart = -1
      if next == UInt8(ascii: "/") { return try endTag() }
      return try startTag()
    }
  }

  // MARK: Tags

  private mutating func startTag() throws(FormatError) -> XMLEvent {
    let tagStart = position
    guard !(stack.isEmpty && sawRoot) else { throw error("a second root element", at: tagStart) }
    position += 1
    let name = try readName()
    var attributes: [XMLAttribute] = []
    while true {
      let hadSpace = skipSpace()
      guard position < bytes.count else { throw error("the document ends inside a tag", at: tagStart) }
      let byte = bytes[position]
      if byte == UInt8(ascii: ">") {
        position += 1
        try push(name, at: tagStart)
        return .start(XMLElement(name: name, attributes: attributes))
      }
      if byte == UInt8(ascii: "/") {
        guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else {
          throw error("expected /> to end an empty element", at: position)
        }
        position += 2
        try push(name, at: tagStart)
        pendingEnd = name
        return .start(XMLElement(name: name, attributes: attributes))
      }
      guard hadSpace else { throw error("expected a space before an attribute", at: position) }
      let attributeStart = position
      let attributeName = try readName()
      skipSpace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
        throw error("expected = after the attribute \(attributeName)", at: position)
      }
      position += 1
      skipSpace()
      let value = try readAttributeValue()
      for attribute in attributes where attribute.name == attributeName {
        throw error("the attribute \(attributeName) appears twice", at: attributeStart)
      }
      attributes.append(XMLAttribute(name: attributeName, value: value))
    }
  }

  private mutating func push(_ name: String, at offset: Int) throws(FormatError) {
    guard stack.count < maxDepth else {
      throw error("elements nested deeper than \(maxDepth)", at: offset)
    }
    stack.append(name)
    sawRoot = true
  }

  private mutating func endTag() throws(FormatError) -> XMLEvent {
    let tagStart = position
    position += 2
    let name = try readName()
    skipSpace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
      throw error("expected > to end </\(name)", at: position)
    }
    position += 1
    guard let open = stack.last else { throw error("</\(name)> closes no element", at: tagStart) }
    guard open == name else { throw error("</\(name)> closes <\(open)>", at: tagStart) }
    stack.removeLast()
    return .end(name)
  }

  /// A name: up to the next space, `/`, `>`, `=` or quote; it must not start with a digit, `-` or `.`.
  private mutating func readName() throws(FormatError) -> String {
    let start = position
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "="),
        UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<"), UInt8(ascii: "&"):
        break
      default:
        position += 1
        continue
      }
      break
    }
    guard position > start else { throw error("expected a name", at: start) }
    let first = bytes[start]
    guard !(first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")), first != UInt8(ascii: "-"),
      first != UInt8(ascii: ".")
    else {
      throw error("a name cannot start with \(Character(Unicode.Scalar(first)))", at: start)
    }
    return try string(bytes[start..<position], at: start)
  }

  private mutating func readAttributeValue() throws(FormatError) -> String {
    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'")
    else {
      throw error("expected a quoted attribute value", at: position)
    }
    let quote = bytes[position]
    position += 1
    let start = position
    var value: [UInt8] = []
    var plain = true
    while position < bytes.count && bytes[position] != quote {
      let byte = bytes[position]
      if byte == UInt8(ascii: "<") { throw error("< in an attribute value", at: position) }
      if byte == UInt8(ascii: "&") || byte == 0x09 || byte == 0x0A || byte == 0x0D { plain = false }
      position += 1
    }
    guard position < bytes.count else { throw error("the document ends inside an attribute value", at: start) }
    let end = position
    position += 1
    if plain { return try string(bytes[start..<end], at: start) }
    var index = start
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "&") {
        index = try appendReference(at: index, limit: end, to: &value)
      } else {
        // Attribute-value normalisation: white space characters are read as spaces (a CR LF as one).
        if byte == 0x0D && index + 1 < end && bytes[index + 1] == 0x0A { index += 1 }
        value.append(byte == 0x09 || byte == 0x0A || byte == 0x0D ? 0x20 : byte)
        index += 1
      }
    }
    return try string(value, at: start)
  }

  // MARK: Text

  /// Appends character data with references replaced and line ends normalised.
  private mutating func appendText(_ range: Range<Int>) throws(FormatError) {
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      if byte == UInt8(ascii: "&") {
        index = try appendReference(at: index, limit: range.upperBound, to: &text)
        continue
      }
      if byte == UInt8(ascii: "]") && matches("]]>", at: index) {
        throw error("]]> in text", at: index)
      }
      if byte == 0x0D {
        text.append(0x0A)
        if index + 1 < range.upperBound && bytes[index + 1] == 0x0A { index += 1 }
      } else {
        text.append(byte)
      }
      index += 1
    }
  }

  /// Appends the character an entity or character reference at `start` stands for; returns the
  /// offset past its `;`.
  private func appendReference(at start: Int, limit: Int, to output: inout [UInt8]) throws(FormatError) -> Int {
    var end = start + 1
    while end < limit && end - start <= 12 && bytes[end] != UInt8(ascii: ";") { end += 1 }
    guard end < limit, bytes[end] == UInt8(ascii: ";") else {
      throw error("& not followed by a reference ending in ;", at: start)
    }
    let name = bytes[(start + 1)..<end]
    switch String(decoding: name, as: UTF8.self) {
    case "lt": output.append(UInt8(ascii: "<"))
    case "gt": output.append(UInt8(ascii: ">"))
    case "amp": output.append(UInt8(ascii: "&"))
    case "quot": output.append(UInt8(ascii: "\""))
    case "apos": output.append(UInt8(ascii: "'"))
    case let reference where reference.hasPrefix("#"):
      var digits = reference.dropFirst()
      var radix = 10
      if digits.hasPrefix("x") {
        radix = 16
        digits = digits.dropFirst()
      }
      guard !digits.isEmpty, digits.allSatisfy({ $0.isHexDigit && (radix == 16 || $0.isNumber) }),
        let code = UInt32(digits, radix: radix), let scalar = Unicode.Scalar(code),
        code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code != 0xFFFE && code != 0xFFFF)
      else {
        throw error("&\(reference); is not a valid character reference", at: start)
      }
      output.append(contentsOf: String(Character(scalar)).utf8)
    case let reference:
      throw error("unknown entity &\(reference); (only the five predefined ones are read)", at: start)
    }
    return end + 1
  }

  private mutating func appendCDATA() throws(FormatError) {
    let start = position
    position += 9
    guard let end = find("]]>", from: position) else { throw error("unterminated CDATA section", at: start) }
    text.append(contentsOf: bytes[position..<end])
    position = end + 3
  }

  /// Text outside the root element may only be white space.
  private func checkOutside(_ textStart: Int) throws(FormatError) {
    guard textStart >= 0 else { return }
    for byte in text where !(byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D) {
      throw error("text outside the root element", at: textStart)
    }
  }

  // MARK: Skipped markup

  private mutating func skipComment() throws(FormatError) {
    let start = position
    guard let end = find("-->", from: position + 4) else { throw error("unterminated comment", at: start) }
    position = end + 3
  }

  /// `<?target ...?>`; the XML declaration may only name UTF-8 as the encoding.
  private mutating func skipProcessingInstruction() throws(FormatError) {
    let start = position
    guard let end = find("?>", from: position + 2) else {
      throw error("unterminated processing instruction", at: start)
    }
    let body = String(decoding: bytes[(start + 2)..<end], as: UTF8.self)
    if body.hasPrefix("xml ") || body == "xml" {
      guard start == 0 || (start == 3 && bytes[0] == 0xEF) else {
        throw error("the XML declaration must come first", at: start)
      }
      let lower = body.lowercased()
      if let range = lower.firstRange(of: "encoding") {
        let rest = lower[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        guard rest.hasPrefix("utf-8") || rest.hasPrefix("utf8") else {
          throw error("only UTF-8 documents are read", at: start)
        }
      }
    }
    position = end + 2
  }

  /// A DOCTYPE without an internal subset is skipped; one with `[` is refused: its entity
  /// declarations would have to be expanded.
  private mutating func skipDoctype() throws(FormatError) {
    let start = position
    guard !sawRoot else { throw error("a DOCTYPE inside the document", at: start) }
    position += 9
    var quote: UInt8 = 0
    while position < bytes.count {
      let byte = bytes[position]
      if quote != 0 {
        if byte == quote { quote = 0 }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: "[") {
        throw error("a DOCTYPE with an internal subset is not accepted (entity declarations)", at: start)
      } else if byte == UInt8(ascii: ">") {
        position += 1
        return
      }
      position += 1
    }
    throw error("unterminated DOCTYPE", at: start)
  }

  // MARK: Helpers

  @discardableResult
  private mutating func skipSpace() -> Bool {
    let start = position
    while position < bytes.count {
      let byte = bytes[position]
      guard byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else { break }
      position += 1
    }
    return position > start
  }

  private func matches(_ literal: StaticString, at offset: Int) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard offset >= 0, offset + count <= bytes.count else { return false }
    let pointer = literal.utf8Start
    for index in 0..<count where bytes[offset + index] != pointer[index] { return false }
    return true
  }

  private func find(_ literal: StaticString, from offset: Int) -> Int? {
    let first = literal.utf8Start[0]
    var index = offset
    while index < bytes.count {
      if bytes[index] == first && matches(literal, at: index) { return index }
      index += 1
    }
    return nil
  }

  private func string(_ utf8: ArraySlice<UInt8>, at offset: Int) throws(FormatError) -> String {
    // Names and most values are ASCII: valid as they are, and decoded without the generic
    // validation (whose metadata lookups were a sixth of reading a large sheet).
    let value = utf8.withUnsafeBufferPointer { buffer -> String? in
      var ascii = true
      for byte in buffer where byte >= 0x80 {
        ascii = false
        break
      }
      return ascii ? String(decoding: buffer, as: UTF8.self) : String(validating: buffer, as: UTF8.self)
    }
    guard let value else { throw error("invalid UTF-8", at: offset) }
    return value
  }

  private func string(_ utf8: [UInt8], at offset: Int) throws(FormatError) -> String {
    try string(utf8[...], at: offset)
  }

  /// An error at a byte offset, with its line and column.
  private func error(_ message: String, at offset: Int) -> FormatError {
    let end = min(max(0, offset), bytes.count)
    var line = 1
    var lineStart = 0
    for index in 0..<end where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    return FormatError(message, offset: end, line: line, column: end - lineStart + 1)
  }
}
