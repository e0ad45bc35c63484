/// A parsed JSON document as one flat list of values in document order (a "tape"), pointing into
/// the bytes it was parsed from: no tree of nodes, no `String` until one is asked for.
///
/// Reading an inventory this way costs one array of small entries per file instead of a heap
/// node, a key `String` and a value `String` per member; at national scale (a quarter of a
/// million records) that was the largest cost of an import. `JSONNode` trees are built from the
/// tape when a caller wants one.
///
/// A container's entry comes before its contents; an object's members follow it as key entry,
/// value entries, key entry, value entries... Positions are byte offsets, turned into lines and
/// columns (`JSONLocator`) only when a problem is reported.
public final class JSONTape {
  public enum Kind: UInt8, BitwiseCopyable {
    case null
    case `false`
    case `true`
    case number
    case string
    case array
    case object
  }

  public struct Entry: BitwiseCopyable {
    public var kind: Kind
    /// A string holding escapes: its text is in `unescaped`, at `unescapedRanges[count]`.
    var escaped: Bool
    /// A string holding bytes above 0x7F.
    var nonASCII: Bool
    /// Offset of the value's first byte (a string's opening quote).
    public var start: Int
    /// Strings: offset of the closing quote; numbers and literals: offset after the last byte;
    /// arrays and objects: index of the entry after the last one they contain.
    var end: Int
    /// Arrays: items; objects: members; escaped strings: index in `unescapedRanges`.
    public var count: Int
  }

  /// The entries, owned: raw memory written by the scanner, freed with the tape.
  private let entries: UnsafeMutablePointer<Entry>
  let count: Int
  /// The text of strings with escapes, escapes resolved.
  let unescaped: [UInt8]
  let unescapedRanges: [Range<Int>]

  /// Takes ownership of `count` entries at `entries`.
  init(entries: UnsafeMutablePointer<Entry>, count: Int, unescaped: [UInt8], unescapedRanges: [Range<Int>]) {
    self.entries = entries
    self.count = count
    self.unescaped = unescaped
    self.unescapedRanges = unescapedRanges
  }

  deinit { entries.deallocate() }

  /// Runs `body` with the document: the tape together with the bytes it points into.
  public func withDocument<T>(source: UnsafeBufferPointer<UInt8>, _ body: (JSONDocument) throws -> T) rethrows -> T {
    try withExtendedLifetime(self) {
      try unescaped.withUnsafeBufferPointer { unescaped in
        try body(
          JSONDocument(
            entries: UnsafePointer(entries), count: count, source: source, unescaped: unescaped,
            unescapedRanges: unescapedRanges))
      }
    }
  }
}

/// A tape's entries and the bytes they point into, valid only while those are (inside
/// `JSONTape.withDocument`, or the scanner's own use).
public struct JSONDocument {
  let entries: UnsafePointer<JSONTape.Entry>
  let count: Int
  let source: UnsafeBufferPointer<UInt8>
  let unescaped: UnsafeBufferPointer<UInt8>
  let unescapedRanges: [Range<Int>]

  @inline(__always)
  public subscript(index: Int) -> JSONTape.Entry { entries[index] }

  /// Index of the entry after the value at `index` and everything it contains.
  @inline(__always)
  public func next(after index: Int) -> Int {
    let entry = entries[index]
    return entry.kind == .array || entry.kind == .object ? entry.end : index + 1
  }

  /// The UTF-8 text of the string at `index`, escapes resolved.
  @inline(__always)
  public func bytes(ofString index: Int) -> UnsafeBufferPointer<UInt8> {
    let entry = entries[index]
    if entry.escaped {
      let range = unescapedRanges[entry.count]
      return UnsafeBufferPointer(
        start: unescaped.baseAddress.map { $0 + range.lowerBound }, count: range.count)
    }
    return UnsafeBufferPointer(
      start: source.baseAddress.map { $0 + entry.start + 1 }, count: entry.end - entry.start - 1)
  }

  /// How many bytes may be read from the start of the string at `index`: its text and what
  /// follows it in the same buffer (for loading whole words).
  @inline(__always)
  public func readableBytes(ofString index: Int) -> Int {
    let entry = entries[index]
    if entry.escaped { return unescapedRanges[entry.count].count }
    return source.count - entry.start - 1
  }

  /// The literal bytes of a number (or of any scalar) at `index`.
  @inline(__always)
  public func bytes(ofScalar index: Int) -> UnsafeBufferPointer<UInt8> {
    let entry = entries[index]
    return UnsafeBufferPointer(
      start: source.baseAddress.map { $0 + entry.start }, count: entry.end - entry.start)
  }

  public func string(_ index: Int) -> String {
    String(decoding: bytes(ofString: index), as: UTF8.self)
  }

  /// Whether the string at `index` is exactly `text` (both ASCII, or compared as Swift strings).
  public func string(_ index: Int, equals text: StaticString) -> Bool {
    let bytes = bytes(ofString: index)
    guard !entries[index].nonASCII else { return string(index) == text.description }
    return bytes.hasSameBytes(as: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// The value at `index` as a `JSONNode`, containers with everything they contain.
  public func node(_ index: Int, locator: JSONLocator) -> JSONNode {
    JSONNodeBuilder(document: self, locator: locator).build(index)
  }

  /// `a string`, `an object`...: what `JSONNode.kindDescription` says.
  public func kindDescription(_ index: Int) -> String {
    switch entries[index].kind {
    case .null: return "null"
    case .false, .true: return "true or false"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }

  /// The value as a diagnostic shows it, as `JSONNode.displayText` does.
  public func displayText(_ index: Int) -> String {
    switch entries[index].kind {
    case .null: return "null"
    case .false: return "false"
    case .true: return "true"
    case .number: return String(decoding: bytes(ofScalar: index), as: UTF8.self)
    case .string: return string(index)
    case .array: return "[...]"
    case .object: return "{...}"
    }
  }
}

/// Builds `JSONNode` trees from a tape, with an explicit stack rather than recursion so that depth
/// costs heap, never the thread's stack (the parser's depth limit is configurable).
private struct JSONNodeBuilder {
  let document: JSONDocument
  let locator: JSONLocator

  private struct Open {
    var isObject: Bool
    var line: Int
    var column: Int
    var remaining: Int
    var items: [JSONNode] = []
    var members: [JSONMember] = []
    var key = ""
    var keyLine = 0
    var keyColumn = 0
  }

  func build(_ root: Int) -> JSONNode {
    var stack: [Open] = []
    var index = root
    while true {
      let entry = document[index]
      let (line, column) = locator.position(of: entry.start)
      var node: JSONNode
      switch entry.kind {
      case .array where entry.count > 0, .object where entry.count > 0:
        stack.append(
          Open(isObject: entry.kind == .object, line: line, column: column, remaining: entry.count))
        index += 1
        if entry.kind == .object { index = readKey(index, into: &stack[stack.count - 1]) }
        continue
      case .array: node = JSONNode(.array([]), line: line, column: column)
      case .object: node = JSONNode(.object([]), line: line, column: column)
      case .null: node = JSONNode(.null, line: line, column: column)
      case .false: node = JSONNode(.bool(false), line: line, column: column)
      case .true: node = JSONNode(.bool(true), line: line, column: column)
      case .number: node = JSONNode(.number(document.displayText(index)), line: line, column: column)
      case .string: node = JSONNode(.string(document.string(index)), line: line, column: column)
      }
      index += 1
      // Put the value in its container; close every container that ends here.
      while !stack.isEmpty {
        let top = stack.count - 1
        if stack[top].isObject {
          stack[top].members.append(
            JSONMember(
              key: stack[top].key, line: stack[top].keyLine, column: stack[top].keyColumn, value: node))
        } else {
          stack[top].items.append(node)
        }
        stack[top].remaining -= 1
        if stack[top].remaining > 0 {
          if stack[top].isObject { index = readKey(index, into: &stack[top]) }
          break
        }
        let open = stack.removeLast()
        node = JSONNode(
          open.isObject ? .object(open.members) : .array(open.items), line: open.line, column: open.column)
      }
      if stack.isEmpty { return node }
    }
  }

  private func readKey(_ index: Int, into open: inout Open) -> Int {
    open.key = document.string(index)
    (open.keyLine, open.keyColumn) = locator.position(of: document[index].start)
    return index + 1
  }
}
