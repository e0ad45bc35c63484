import Foundation
import NuvolaSupport

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
    let (tape, problems) = parseTape(buffer, file: file)
    guard let tape, problems.isEmpty else { return .failure(InputError(problems)) }
    let locator = JSONLocator(buffer)
    return .success(tape.withDocument(source: buffer) { $0.node(0, locator: locator) })
  }

  /// The tape, nil after a syntax error, and every problem: duplicate keys leave a usable tape (the
  /// inventory reader goes on to check the values), a syntax error does not. The tape points into
  /// `buffer`: read it while the buffer is valid.
  public func parseTape(
    _ buffer: UnsafeBufferPointer<UInt8>, file: String
  ) -> (tape: JSONTape?, problems: [Diagnostic]) {
    var scanner = JSONScanner(bytes: buffer, file: file, maxDepth: maxDepth)
    defer { scanner.deallocate() }
    do {
      try scanner.document()
      return (scanner.tape(), scanner.problems)
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
  /// `bytes.baseAddress`; never read at or past `end` (a dummy for an empty buffer).
  let base: UnsafePointer<UInt8>
  let end: Int
  let file: String
  let maxDepth: Int
  var index = 0
  /// The tape being written (raw memory, see `TapeBuffer`), and the text of strings with escapes.
  var entries: TapeBuffer<JSONTape.Entry>
  var unescaped: [UInt8] = []
  var unescapedRanges: [Range<Int>] = []
  /// The arrays and objects open around the current position, innermost last. An explicit stack,
  /// not recursion: the depth of a hostile document costs heap, never the thread's stack.
  var stack = TapeBuffer<Container>(capacity: 16)
  /// The keys of every open object, each object's after those of the objects around it.
  var keys = TapeBuffer<Key>(capacity: 64)
  /// Whether errors are about the value being read (its path ends with its key or index) or about
  /// the container around it (a missing ',' or key).
  var atValue = true
  var problems: [Diagnostic] = []
  /// Made on the first problem: positions are only needed to report one.
  var locator: JSONLocator?
  /// The index of objects with more members than `indexedObjectSize`, by depth in `stack`.
  var keyIndexes: [Int: [String: Int]] = [:]

  /// Where `base` points for an empty buffer, which has no address: it is never read (nothing is
  /// read at or past `end`), but the scanner's loops need a pointer.
  nonisolated(unsafe) private static let emptyBase: UnsafeMutablePointer<UInt8> = {
    let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    pointer.initialize(to: 0)
    return pointer
  }()

  init(bytes: UnsafeBufferPointer<UInt8>, file: String, maxDepth: Int) {
    self.bytes = bytes
    base = bytes.baseAddress ?? UnsafePointer(JSONScanner.emptyBase)
    self.end = bytes.count
    self.file = file
    self.maxDepth = maxDepth
    // About one value per 12 bytes of a pretty-printed inventory.
    entries = TapeBuffer(capacity: bytes.count / 12 + 16)
  }

  /// Frees the scanner's memory; the tape's unless `tape()` took it.
  func deallocate() {
    entries.deallocate()
    stack.deallocate()
    keys.deallocate()
  }

  /// The tape read so far, which takes the entries' memory.
  mutating func tape() -> JSONTape {
    let (base, count) = entries.take()
    return JSONTape(entries: base, count: count, unescaped: unescaped, unescapedRanges: unescapedRanges)
  }

  /// The entries written so far as a document, for messages (valid until the next write).
  func withDocument<T>(_ body: (JSONDocument) -> T) -> T {
    unescaped.withUnsafeBufferPointer { unescaped in
      body(
        JSONDocument(
          entries: UnsafePointer(entries.base), count: entries.count, source: bytes, unescaped: unescaped,
          unescapedRanges: unescapedRanges))
    }
  }

  static let valueExpectation =
    "a value: an object, an array, a string in double quotes, a number, true, false or null"

  mutating func document() throws(JSONSyntaxError) {
    if end >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      index = 3
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
    try value()
    skipWhitespace()
    if index < end {
      throw failure(
        at: index, message: "unexpected content after the end of the JSON document", found: token(at: index),
        expected: "the end of the file (one JSON value per document)")
    }
  }

  // MARK: - Positions and errors

  mutating func position(of offset: Int) -> (line: Int, column: Int) {
    if locator == nil { locator = JSONLocator(bytes) }
    return locator!.position(of: offset)
  }

  mutating func failure(
    at position: Int, message: String, found: String?, expected: String
  ) -> JSONSyntaxError {
    let (line, column) = self.position(of: position)
    return JSONSyntaxError(
      diagnostic: Diagnostic(
        file: file, line: line, column: column, path: currentPath(includingValue: atValue),
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

  /// The text of the string entry at `entry`, for messages.
  func text(ofString entry: Int) -> String {
    withDocument { $0.string(entry) }
  }

  // MARK: - Grammar

  @inline(__always)
  mutating func skipWhitespace() {
    var cursor = index
    while cursor < end {
      if cursor + 8 <= end {
        // A run of spaces (indentation), up to eight at a time: the first byte that is not a
        // space is the lowest non-zero byte of the word XOR eight spaces.
        let word = UnsafeRawPointer(base + cursor).loadUnaligned(as: UInt64.self) ^ 0x2020_2020_2020_2020
        if word == 0 {
          cursor += 8
          continue
        }
        cursor += UInt64(littleEndian: word).trailingZeroBitCount >> 3
      }
      let byte = base[cursor]
      // Space, tab, line feed, carriage return: the only bytes at or below 0x20 JSON allows here.
      guard byte <= 0x20,
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
          || byte == UInt8(ascii: "\r")
      else { break }
      cursor += 1
    }
    index = cursor
  }

  mutating func literal(_ word: StaticString, _ kind: JSONTape.Kind) throws(JSONSyntaxError) {
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
    entries.append(
      JSONTape.Entry(kind: kind, escaped: false, nonASCII: false, start: start, end: index, count: 0))
  }

  /// An array or object being read. Plain values only, so that the stack is cheap to touch; the
  /// index of a big object lives in `keyIndexes`.
  struct Container: BitwiseCopyable {
    var isObject: Bool
    /// Its entry on the tape, completed when it closes.
    var entry: Int
    /// Items or members read so far.
    var count = 0
    /// The entry of the key whose value is being read (-1 before the first key).
    var key = -1
    /// That key's hash, and whether it holds bytes above 0x7F.
    var keyHash: UInt64 = 0
    var keyNonASCII = false
    /// Where the object's keys start in `keys`.
    var keysStart: Int
    /// One bit per key hash seen: a key whose bit is clear is certainly new.
    var bloom: UInt64 = 0
    /// Keys with bytes above 0x7F, which compare as Swift strings (canonical equivalence), not bytes.
    var nonASCIIKeys = 0
    /// Whether the object has an entry in `keyIndexes`.
    var indexed = false

    init(isObject: Bool, entry: Int, keysStart: Int) {
      self.isObject = isObject
      self.entry = entry
      self.keysStart = keysStart
    }
  }

  /// A key of an open object.
  struct Key: BitwiseCopyable {
    var hash: UInt64
    var entry: Int
  }

  /// Objects with more members than this get an index for their duplicate-key check.
  static let indexedObjectSize = 32

  /// `$.assets[2].ram_gb`: the path of the value being read, or of its container.
  func currentPath(includingValue: Bool) -> String {
    var components: [JSONPath.Component] = []
    for position in 0..<stack.count {
      let container = stack[position]
      if position == stack.count - 1 && !includingValue { break }
      if container.isObject {
        components.append(.key(container.key >= 0 ? text(ofString: container.key) : ""))
      } else {
        components.append(.index(container.count))
      }
    }
    return JSONPath(components).description
  }

  /// Reads one value, containers and all, onto the tape.
  mutating func value() throws(JSONSyntaxError) {
    readValue: while true {
      skipWhitespace()
      atValue = true
      guard index < end else {
        throw failure(
          at: index, message: "the document ends too early", found: nil,
          expected: JSONScanner.valueExpectation)
      }
      let start = index
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
        let entry = entries.count
        entries.append(
          JSONTape.Entry(
            kind: isObject ? .object : .array, escaped: false, nonASCII: false, start: start, end: entry + 1,
            count: 0))
        if index < end && bytes[index] == closing {
          index += 1
        } else {
          stack.append(Container(isObject: isObject, entry: entry, keysStart: keys.count))
          if isObject { try key() }
          continue readValue
        }
      } else {
        try scalar()
      }
      // Put the value in its container; close every container that ends here.
      while stack.count > 0 {
        let top = stack.count - 1
        atValue = false
        if stack[top].isObject {
          addMember(to: top)
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
          keys.truncate(to: container.keysStart)
          if container.indexed { keyIndexes[top] = nil }
          close(container)
        } else {
          stack[top].count += 1
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
          close(stack.removeLast())
        }
      }
      return
    }
  }

  /// Completes a container's entry once its last member or item is on the tape.
  mutating func close(_ container: Container) {
    entries[container.entry].end = entries.count
    entries[container.entry].count = container.count
  }

  /// A string, number, `true`, `false` or `null` at the current position.
  mutating func scalar() throws(JSONSyntaxError) {
    switch bytes[index] {
    case UInt8(ascii: "\""):
      _ = try string()
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      let start = index
      try number()
      entries.append(
        JSONTape.Entry(kind: .number, escaped: false, nonASCII: false, start: start, end: index, count: 0))
    case UInt8(ascii: "t"):
      try literal("true", .true)
    case UInt8(ascii: "f"):
      try literal("false", .false)
    case UInt8(ascii: "n"):
      try literal("null", .null)
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
      let trailing = index < end && bytes[index] == UInt8(ascii: "}") && stack[top].count > 0
      throw failure(
        at: index, message: trailing ? "a comma before '}'" : foundDescription(at: index),
        found: token(at: index), expected: trailing ? "another member after ','" : "a key in double quotes")
    }
    let key = try string()
    skipWhitespace()
    guard index < end, bytes[index] == UInt8(ascii: ":") else {
      throw failure(
        at: index, message: foundDescription(at: index), found: token(at: index),
        expected: "':' after the key \(Diagnostic.quoted(text(ofString: key)))")
    }
    index += 1
    let entry = entries[key]
    stack[top].key = key
    stack[top].keyNonASCII = entry.nonASCII
    if entry.escaped {
      let range = unescapedRanges[entry.count]
      stack[top].keyHash = unescaped.withUnsafeBufferPointer {
        JSONScanner.keyHash($0.baseAddress! + range.lowerBound, count: range.count, readable: range.count)
      }
    } else {
      stack[top].keyHash = JSONScanner.keyHash(
        base + entry.start + 1, count: entry.end - entry.start - 1, readable: end - entry.start - 1)
    }
  }

  /// A hash of `count` key bytes from their first and last eight bytes and their count: equal keys
  /// hash equal, and keys that differ only inside a long middle are told apart by comparing bytes.
  /// Eight bytes are loaded at once where `readable` bytes allow it (in the document, a key is
  /// followed by at least its closing quote and ':'); only the key's own bytes count.
  @inline(__always)
  static func keyHash(_ start: UnsafePointer<UInt8>, count: Int, readable: Int) -> UInt64 {
    @inline(__always)
    func word(_ offset: Int, _ length: Int) -> UInt64 {
      if offset + 8 <= readable {
        let loaded = UInt64(littleEndian: UnsafeRawPointer(start + offset).loadUnaligned(as: UInt64.self))
        return length >= 8 ? loaded : loaded & ((1 << UInt64(length * 8)) &- 1)
      }
      var value: UInt64 = 0
      for index in 0..<min(length, 8) { value |= UInt64(start[offset + index]) << UInt64(index * 8) }
      return value
    }
    var hash =
      (word(0, count) ^ UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15)
      &* 0xBF58_476D_1CE4_E5B9
    if count > 8 {
      hash = (hash ^ (hash >> 31) ^ word(count - 8, 8)) &* 0x94D0_49BB_1331_11EB
    }
    return hash ^ (hash >> 29)
  }

  /// Adds the member whose value was just read, reporting a key seen before in the same object.
  @inline(__always)
  mutating func addMember(to top: Int) {
    let container = stack[top]
    let bit: UInt64 = 1 << (container.keyHash >> 58)
    if container.indexed || container.keyNonASCII || container.nonASCIIKeys > 0
      || container.bloom & bit != 0
    {
      addMemberChecking(to: top)
      return
    }
    keys.append(Key(hash: container.keyHash, entry: container.key))
    stack[top].count += 1
    stack[top].bloom |= bit
    if stack[top].count == JSONScanner.indexedObjectSize { buildKeyIndex(top) }
  }

  /// `addMember` when the key may have been seen before: compares it with the object's keys.
  mutating func addMemberChecking(to top: Int) {
    let container = stack[top]
    let key = container.key
    let hash = container.keyHash
    let first: Int?
    if container.indexed {
      first = keyIndexes[top]?[text(ofString: key)].map { keys[container.keysStart + $0].entry }
    } else if container.keyNonASCII || container.nonASCIIKeys > 0 {
      // Canonically equivalent keys are the same key, as Swift strings compare them.
      let text = text(ofString: key)
      let keys = self.keys
      first = withDocument { document in
        (container.keysStart..<keys.count).lazy.map { keys[$0].entry }.first { document.string($0) == text }
      }
    } else {
      let keys = self.keys
      first = withDocument { document in
        let bytes = document.bytes(ofString: key)
        return (container.keysStart..<keys.count).lazy.map { keys[$0] }.first {
          $0.hash == hash && document.bytes(ofString: $0.entry).hasSameBytes(as: bytes)
        }?.entry
      }
    }
    if let first {
      let text = text(ofString: key)
      let (line, column) = position(of: entries[key].start)
      let original = position(of: entries[first].start)
      problems.append(
        Diagnostic(
          file: file, line: line, column: column,
          path: currentPath(includingValue: true), value: text,
          message: "duplicate key \(Diagnostic.quoted(text)) (first at line \(original.line), column \(original.column))",
          expected: "each key at most once in an object"))
    }
    let ordinal = container.count
    keys.append(Key(hash: hash, entry: key))
    stack[top].count += 1
    stack[top].bloom |= 1 << (hash >> 58)
    if container.keyNonASCII { stack[top].nonASCIIKeys += 1 }
    if container.indexed {
      if first == nil {
        let text = text(ofString: key)
        keyIndexes[top]?[text] = ordinal
      }
    } else if stack[top].count == JSONScanner.indexedObjectSize {
      buildKeyIndex(top)
    }
  }

  /// Gives the object at `top` an index of its keys (to the member number of their first use).
  mutating func buildKeyIndex(_ top: Int) {
    var built: [String: Int] = [:]
    for position in 0..<(keys.count - stack[top].keysStart) {
      let text = text(ofString: keys[stack[top].keysStart + position].entry)
      if built[text] == nil { built[text] = position }
    }
    keyIndexes[top] = built
    stack[top].indexed = true
  }

  /// Steps over a number, checking it against the JSON grammar.
  mutating func number() throws(JSONSyntaxError) {
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
  }

  /// Reads a string starting at its opening quote onto the tape; returns its entry.
  mutating func string() throws(JSONSyntaxError) -> Int {
    let open = index
    let start = index + 1
    var cursor = start
    var nonASCII = false
    // Fast path: no escapes, the bytes are the string. Eight bytes at a time while none of them is
    // a quote, a backslash, a control character or non-ASCII (SWAR: a byte is flagged when
    // subtracting from it borrows, which exactly the matching bytes do).
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    while true {
      while cursor + 8 <= end {
        let word = UInt64(littleEndian: UnsafeRawPointer(base + cursor).loadUnaligned(as: UInt64.self))
        let quote = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslash = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        let special =
          (((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
            | word) & highs
        if special != 0 {
          // The lowest flagged byte is the first special one (a borrow only flags bytes above it).
          cursor += special.trailingZeroBitCount >> 3
          break
        }
        cursor += 8
      }
      guard cursor < end else { break }
      let byte = base[cursor]
      if byte >= 0x20 && byte < 0x80 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
        cursor += 1
        continue
      }
      if byte == UInt8(ascii: "\"") {
        entries.append(
          JSONTape.Entry(
            kind: .string, escaped: false, nonASCII: nonASCII, start: open, end: cursor, count: 0))
        index = cursor + 1
        return entries.count - 1
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte >= 0x80 { nonASCII = true }
      index = cursor
      try plainByte(byte)
      cursor = index
    }
    index = cursor
    let unescapedStart = unescaped.count
    unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let range = unescapedStart..<unescaped.count
        if !nonASCII { nonASCII = unescaped[range].contains { $0 >= 0x80 } }
        entries.append(
          JSONTape.Entry(
            kind: .string, escaped: true, nonASCII: nonASCII, start: open, end: index,
            count: unescapedRanges.count))
        unescapedRanges.append(range)
        index += 1
        return entries.count - 1
      }
      if byte == UInt8(ascii: "\\") {
        try escape()
        continue
      }
      let before = index
      try plainByte(byte)
      unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[before..<index]))
    }
    throw failure(
      at: open, message: "the string opened here is never closed", found: nil,
      expected: "a closing \" on the same line")
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
      unescaped.append(simple)
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
    UTF8.encode(scalar) { unescaped.append($0) }
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
