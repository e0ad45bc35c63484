import Foundation

/// A JSON parser (RFC 8259) that keeps the position of every value and reports problems the way a
/// person can act on them: line, column, JSON path, what was found and what was expected.
///
/// Foundation's decoders cannot say where a value was nor report several problems at once. This
/// parser stops at the first syntax error (nothing after it can be trusted) but reports every
/// duplicate key. It rejects invalid UTF-8 and lone surrogates. Nesting is read with a stack on the
/// heap, never by recursion, and limited (512 levels by default): hostile input cannot exhaust the
/// thread's stack nor memory through depth.
public struct JSONParser: Sendable {
  public static let defaultMaxDepth = 512
  /// Deepest nesting of arrays and objects accepted.
  public var maxDepth: Int

  public init(maxDepth: Int = JSONParser.defaultMaxDepth) {
    self.maxDepth = maxDepth
  }

  /// Parses a whole document. `file` names it in diagnostics.
  public func parse(_ bytes: [UInt8], file: String) throws(InputError) -> JSONNode {
    let result = bytes.withUnsafeBufferPointer { parseResult($0, file: file) }
    return try result.get()
  }

  public func parse(_ data: Data, file: String) throws(InputError) -> JSONNode {
    let result = data.withUnsafeBytes { parseResult($0.assumingMemoryBound(to: UInt8.self), file: file) }
    return try result.get()
  }

  public func parse(_ text: String, file: String) throws(InputError) -> JSONNode {
    try parse(Array(text.utf8), file: file)
  }

  private func parseResult(
    _ buffer: UnsafeBufferPointer<UInt8>, file: String
  ) -> Result<JSONNode, InputError> {
    let (node, problems) = parseCollecting(buffer, file: file)
    if let node, problems.isEmpty { return .success(node) }
    return .failure(InputError(problems))
  }

  /// The tree, nil after a syntax error, and every problem: duplicate keys leave a usable tree (the
  /// inventory reader goes on to check the values), a syntax error does not.
  func parseCollecting(
    _ buffer: UnsafeBufferPointer<UInt8>, file: String
  ) -> (node: JSONNode?, problems: [Diagnostic]) {
    var scanner = JSONScanner(bytes: buffer, file: file, maxDepth: maxDepth)
    do {
      let node = try scanner.document()
      return (node, scanner.problems)
    } catch {
      return (nil, scanner.problems + [error.diagnostic])
    }
  }
}

/// A syntax error: the one problem after which parsing cannot go on.
private struct JSONSyntaxError: Error {
  var diagnostic: Diagnostic
}

/// The state of one pass over a JSON buffer.
private struct JSONScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  let end: Int
  let file: String
  let maxDepth: Int
  var index = 0
  var line = 1
  var lineStart = 0
  // Columns count Unicode scalars; they are computed from the last position asked for, so that
  // long single-line documents cost linear time, not quadratic.
  var markIndex = 0
  var markColumn = 1
  /// The arrays and objects open around the current position, innermost last. An explicit stack,
  /// not recursion: the depth of a hostile document costs heap, never the thread's stack.
  var stack: [Container] = []
  /// Whether errors are about the value being read (its path ends with its key or index) or about
  /// the container around it (a missing ',' or key).
  var atValue = true
  var problems: [Diagnostic] = []
  var scratch: [UInt8] = []

  init(bytes: UnsafeBufferPointer<UInt8>, file: String, maxDepth: Int) {
    self.bytes = bytes
    self.end = bytes.count
    self.file = file
    self.maxDepth = maxDepth
  }

  static let valueExpectation =
    "a value: an object, an array, a string in double quotes, a number, true, false or null"

  mutating func document() throws(JSONSyntaxError) -> JSONNode {
    if end >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      index = 3
      lineStart = 3
      markIndex = 3
    } else if end >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
      throw failure(
        at: 0, message: "the file is encoded as UTF-16, not UTF-8", found: nil,
        expected: "a JSON document encoded as UTF-8")
    }
    skipWhitespace()
    guard index < end else {
      throw failure(
        at: index, message: "the document is empty", found: nil, expected: JSONScanner.valueExpectation)
    }
    let node = try value()
    skipWhitespace()
    if index < end {
      throw failure(
        at: index, message: "unexpected content after the end of the JSON document", found: token(at: index),
        expected: "the end of the file (one JSON value per document)")
    }
    return node
  }

  // MARK: - Positions and errors

  mutating func column(at position: Int) -> Int {
    if markIndex < lineStart || markIndex > position {
      markIndex = lineStart
      markColumn = 1
    }
    var column = markColumn
    var cursor = markIndex
    while cursor < position {
      if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
      cursor += 1
    }
    markIndex = position
    markColumn = column
    return column
  }

  mutating func failure(
    at position: Int, message: String, found: String?, expected: String, line: Int? = nil, column: Int? = nil
  ) -> JSONSyntaxError {
    let column = column ?? self.column(at: position)
    return JSONSyntaxError(
      diagnostic: Diagnostic(
        file: file, line: line ?? self.line, column: column, path: currentPath(includingValue: atValue),
        value: found,
        message: "invalid JSON: " + message, expected: expected))
  }

  /// The text at `position` as a diagnostic shows it: a word, or one character.
  func token(at position: Int) -> String? {
    guard position < end else { return nil }
    var cursor = position
    while cursor < end, cursor - position < 24 {
      let byte = bytes[cursor]
      let isWordByte =
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
        || byte == UInt8(ascii: "_")
      if !isWordByte { break }
      cursor += 1
    }
    if cursor == position {
      cursor += UTF8Validator.sequenceLength(bytes, at: position, end: end) ?? 1
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<min(cursor, end)]), as: UTF8.self)
  }

  func foundDescription(at position: Int) -> String {
    position < end ? "unexpected character" : "the document ends too early"
  }

  // MARK: - Grammar

  @inline(__always)
  mutating func skipWhitespace() {
    while index < end {
      switch bytes[index] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
        index += 1
      case UInt8(ascii: "\n"):
        index += 1
        line += 1
        lineStart = index
      default:
        return
      }
    }
  }

  mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
    let start = index
    let count = word.utf8CodeUnitCount
    var matches = start + count <= end
    if matches {
      let pointer = word.utf8Start
      for offset in 0..<count where bytes[start + offset] != pointer[offset] {
        matches = false
        break
      }
    }
    if matches, start + count < end {
      // `truex` is one bad word, not `true` followed by junk.
      let next = bytes[start + count]
      if (next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z"))
        || (next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9"))
      {
        matches = false
      }
    }
    guard matches else {
      throw failure(
        at: start, message: "unexpected word where a value should be", found: token(at: start),
        expected: JSONScanner.valueExpectation + " (true, false and null are lowercase)")
    }
    index = start + count
  }

  /// An array or object being read.
  struct Container {
    var isObject: Bool
    var line: Int
    var column: Int
    var items: [JSONNode] = []
    var members: [JSONMember] = []
    /// Small objects are checked for duplicate keys by a linear scan; big ones get an index.
    var keyIndex: [String: Int]?
    /// The key whose value is being read.
    var key = ""
    var keyLine = 0
    var keyColumn = 0
  }

  /// `$.assets[2].ram_gb`: the path of the value being read, or of its container.
  func currentPath(includingValue: Bool) -> String {
    var components: [JSONPath.Component] = []
    for (position, container) in stack.enumerated() {
      if position == stack.count - 1 && !includingValue { break }
      components.append(container.isObject ? .key(container.key) : .index(container.items.count))
    }
    return JSONPath(components).description
  }

  /// Reads one value, containers and all.
  mutating func value() throws(JSONSyntaxError) -> JSONNode {
    var node: JSONNode
    readValue: while true {
      skipWhitespace()
      atValue = true
      guard index < end else {
        throw failure(
          at: index, message: "the document ends too early", found: nil,
          expected: JSONScanner.valueExpectation)
      }
      let startLine = line
      let startColumn = column(at: index)
      let byte = bytes[index]
      if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
        if stack.count >= maxDepth {
          throw failure(
            at: index, message: "arrays and objects are nested deeper than \(maxDepth) levels", found: nil,
            expected: "at most \(maxDepth) levels of nested arrays and objects")
        }
        index += 1
        skipWhitespace()
        let isObject = byte == UInt8(ascii: "{")
        let closing = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        if index < end && bytes[index] == closing {
          index += 1
          node = JSONNode(isObject ? .object([]) : .array([]), line: startLine, column: startColumn)
        } else {
          stack.append(Container(isObject: isObject, line: startLine, column: startColumn))
          if isObject { try key() }
          continue readValue
        }
      } else {
        node = JSONNode(try scalar(), line: startLine, column: startColumn)
      }
      // Put the value in its container; close every container that ends here.
      while let top = stack.indices.last {
        atValue = false
        if stack[top].isObject {
          addMember(node, to: top)
          skipWhitespace()
          guard index < end else {
            throw failure(
              at: index, message: "the document ends inside an object", found: nil, expected: "',' or '}'")
          }
          if bytes[index] == UInt8(ascii: ",") {
            index += 1
            try key()
            continue readValue
          }
          guard bytes[index] == UInt8(ascii: "}") else {
            throw failure(
              at: index, message: "unexpected character after a member of an object", found: token(at: index),
              expected: "',' or '}'")
          }
          index += 1
          let container = stack.removeLast()
          node = JSONNode(.object(container.members), line: container.line, column: container.column)
        } else {
          stack[top].items.append(node)
          skipWhitespace()
          guard index < end else {
            throw failure(
              at: index, message: "the document ends inside an array", found: nil, expected: "',' or ']'")
          }
          if bytes[index] == UInt8(ascii: ",") {
            index += 1
            skipWhitespace()
            if index < end && bytes[index] == UInt8(ascii: "]") {
              throw failure(
                at: index, message: "a comma before ']'", found: "]", expected: "another value after ','")
            }
            continue readValue
          }
          guard bytes[index] == UInt8(ascii: "]") else {
            throw failure(
              at: index, message: "unexpected character after a value in an array", found: token(at: index),
              expected: "',' or ']'")
          }
          index += 1
          let container = stack.removeLast()
          node = JSONNode(.array(container.items), line: container.line, column: container.column)
        }
      }
      return node
    }
  }

  /// A string, number, `true`, `false` or `null` at the current position.
  mutating func scalar() throws(JSONSyntaxError) -> JSONNode.Value {
    switch bytes[index] {
    case UInt8(ascii: "\""):
      return .string(try string())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return .number(try number())
    case UInt8(ascii: "t"):
      try literal("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try literal("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try literal("null")
      return .null
    default:
      throw failure(
        at: index, message: "unexpected character where a value should be", found: token(at: index),
        expected: JSONScanner.valueExpectation)
    }
  }

  /// Reads `"key":` into the innermost object, which is open after `{` or `,`.
  mutating func key() throws(JSONSyntaxError) {
    atValue = false
    skipWhitespace()
    let top = stack.count - 1
    guard index < end, bytes[index] == UInt8(ascii: "\"") else {
      let trailing = index < end && bytes[index] == UInt8(ascii: "}") && !stack[top].members.isEmpty
      throw failure(
        at: index, message: trailing ? "a comma before '}'" : foundDescription(at: index),
        found: token(at: index), expected: trailing ? "another member after ','" : "a key in double quotes")
    }
    let keyLine = line
    let keyColumn = column(at: index)
    let key = try string()
    skipWhitespace()
    guard index < end, bytes[index] == UInt8(ascii: ":") else {
      throw failure(
        at: index, message: foundDescription(at: index), found: token(at: index),
        expected: "':' after the key \"\(key)\"")
    }
    index += 1
    stack[top].key = key
    stack[top].keyLine = keyLine
    stack[top].keyColumn = keyColumn
  }

  /// Adds the value read for the pending key, reporting a key seen before in the same object.
  mutating func addMember(_ node: JSONNode, to top: Int) {
    let key = stack[top].key
    let first: Int?
    if let keyIndex = stack[top].keyIndex {
      first = keyIndex[key]
    } else {
      first = stack[top].members.firstIndex { $0.key == key }
    }
    if let first {
      let original = stack[top].members[first]
      problems.append(
        Diagnostic(
          file: file, line: stack[top].keyLine, column: stack[top].keyColumn,
          path: currentPath(includingValue: true), value: key,
          message: "duplicate key \"\(key)\" (first at line \(original.line), column \(original.column))",
          expected: "each key at most once in an object"))
    }
    stack[top].members.append(
      JSONMember(key: key, line: stack[top].keyLine, column: stack[top].keyColumn, value: node))
    if stack[top].keyIndex != nil {
      let position = stack[top].members.count - 1
      if first == nil { stack[top].keyIndex?[key] = position }
    } else if stack[top].members.count == 16 {
      var built: [String: Int] = [:]
      for (position, member) in stack[top].members.enumerated() where built[member.key] == nil {
        built[member.key] = position
      }
      stack[top].keyIndex = built
    }
  }

  mutating func number() throws(JSONSyntaxError) -> String {
    let start = index
    func isDigit(_ position: Int) -> Bool {
      position < end && bytes[position] >= UInt8(ascii: "0") && bytes[position] <= UInt8(ascii: "9")
    }
    var valid = true
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    if index < end && bytes[index] == UInt8(ascii: "0") {
      index += 1
    } else if isDigit(index) {
      while isDigit(index) { index += 1 }
    } else {
      valid = false
    }
    if valid, index < end, bytes[index] == UInt8(ascii: ".") {
      index += 1
      if !isDigit(index) { valid = false }
      while isDigit(index) { index += 1 }
    }
    if valid, index < end, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < end && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
        index += 1
      }
      if !isDigit(index) { valid = false }
      while isDigit(index) { index += 1 }
    }
    // `012`, `1.`, `1.5x`, `--1`: the number runs on into characters that cannot follow it.
    if valid, index < end {
      let next = bytes[index]
      if (next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9"))
        || (next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z"))
        || (next >= UInt8(ascii: "A") && next <= UInt8(ascii: "Z")) || next == UInt8(ascii: ".")
        || next == UInt8(ascii: "-") || next == UInt8(ascii: "+")
      {
        valid = false
      }
    }
    guard valid else {
      index = start
      throw failure(
        at: start, message: "invalid number", found: token(at: start),
        expected: "a number like 12, -3.5 or 1e3 (no leading zeros, '+' or thousands separators)")
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
  }

  /// Reads a string starting at its opening quote.
  mutating func string() throws(JSONSyntaxError) -> String {
    let openLine = line
    let openColumn = column(at: index)
    index += 1
    let start = index
    // Fast path: no escapes, the bytes are the string.
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        index += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { break }
      try plainByte(byte)
    }
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        return String(decoding: scratch, as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") {
        try escape()
        continue
      }
      let before = index
      try plainByte(byte)
      scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[before..<index]))
    }
    throw failure(
      at: index, message: "the string opened here is never closed", found: nil,
      expected: "a closing \" on the same line", line: openLine, column: openColumn)
  }

  /// Steps over one character of a string that is not a quote or backslash, checking it.
  @inline(__always)
  mutating func plainByte(_ byte: UInt8) throws(JSONSyntaxError) {
    if byte < 0x20 {
      let what =
        byte == UInt8(ascii: "\n")
        ? "a line break" : "the control character U+00" + UTF8Validator.hex(byte).dropFirst(2)
      throw failure(
        at: index, message: "\(what) inside a string", found: nil,
        expected: "the escape \\n, \\t or \\u00XX instead (or a closing \" before the end of the line)")
    }
    if byte < 0x80 {
      index += 1
      return
    }
    guard let length = UTF8Validator.sequenceLength(bytes, at: index, end: end) else {
      throw failure(
        at: index, message: "invalid UTF-8: byte \(UTF8Validator.hex(byte)) at byte offset \(index)",
        found: nil,
        expected: "text encoded as UTF-8")
    }
    index += length
  }

  mutating func escape() throws(JSONSyntaxError) {
    let start = index
    guard index + 1 < end else {
      throw failure(
        at: index, message: "the document ends inside a string", found: nil,
        expected: "an escape and a closing \"")
    }
    let code = bytes[index + 1]
    index += 2
    let simple: UInt8?
    switch code {
    case UInt8(ascii: "\""): simple = UInt8(ascii: "\"")
    case UInt8(ascii: "\\"): simple = UInt8(ascii: "\\")
    case UInt8(ascii: "/"): simple = UInt8(ascii: "/")
    case UInt8(ascii: "b"): simple = 0x08
    case UInt8(ascii: "f"): simple = 0x0C
    case UInt8(ascii: "n"): simple = 0x0A
    case UInt8(ascii: "r"): simple = 0x0D
    case UInt8(ascii: "t"): simple = 0x09
    case UInt8(ascii: "u"): simple = nil
    default:
      index = start
      throw failure(
        at: start, message: "invalid escape in a string",
        found: token(at: start + 1).map { "\\" + $0.prefix(1) },
        expected: "one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
    }
    if let simple {
      scratch.append(simple)
      return
    }
    var scalarValue = try hexQuad(escapeStart: start)
    if (0xD800...0xDBFF).contains(scalarValue) {
      // A high surrogate must be followed by an escaped low surrogate: together they are one scalar.
      guard index + 1 < end, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
        throw loneSurrogate(at: start)
      }
      let lowStart = index
      index += 2
      let low = try hexQuad(escapeStart: lowStart)
      guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate(at: start) }
      scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
    } else if (0xDC00...0xDFFF).contains(scalarValue) {
      throw loneSurrogate(at: start)
    }
    guard let scalar = Unicode.Scalar(scalarValue) else { throw loneSurrogate(at: start) }
    UTF8.encode(scalar) { scratch.append($0) }
  }

  mutating func hexQuad(escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
    var result: UInt32 = 0
    for _ in 0..<4 {
      guard index < end else {
        throw failure(
          at: escapeStart, message: "incomplete \\u escape", found: token(at: escapeStart),
          expected: "\\u and 4 hexadecimal digits")
      }
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default:
        let found = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[escapeStart..<min(index + 1, end)]), as: UTF8.self)
        throw failure(
          at: escapeStart, message: "invalid \\u escape", found: found,
          expected: "\\u and 4 hexadecimal digits")
      }
      result = result << 4 | UInt32(digit)
      index += 1
    }
    return result
  }

  mutating func loneSurrogate(at start: Int) -> JSONSyntaxError {
    let found = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(start + 6, end)]), as: UTF8.self)
    return failure(
      at: start, message: "a lone UTF-16 surrogate in a \\u escape", found: found,
      expected: "a high surrogate \\uD800-\\uDBFF followed by a low surrogate \\uDC00-\\uDFFF")
  }
}
