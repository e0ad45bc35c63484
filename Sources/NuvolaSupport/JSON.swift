/// A JSON value to write. Objects keep their keys in the order given, so a writer can choose a
/// readable order (inventories follow the schema) or sorted keys (machine output); both are
/// deterministic.
public enum JSON: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int64)
  case double(Double)
  case string(String)
  case array([JSON])
  case object([(String, JSON)])

  public static func == (lhs: JSON, rhs: JSON) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.int(let a), .int(let b)): return a == b
    case (.double(let a), .double(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  public static func int(_ value: Int) -> JSON { .int(Int64(value)) }

  /// Serialises the value. `pretty` indents by two spaces; `sortKeys` orders object keys by their
  /// UTF-8 bytes. The text ends without a newline.
  public func serialized(pretty: Bool = true, sortKeys: Bool = false) -> String {
    String(decoding: bytes(pretty: pretty, sortKeys: sortKeys), as: UTF8.self)
  }

  /// The serialised UTF-8 bytes (the national-scale generator writes ~100 MB of JSON, so the
  /// writer appends bytes rather than building strings piece by piece).
  public func bytes(pretty: Bool = true, sortKeys: Bool = false) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(1024)
    write(into: &out, indent: 0, pretty: pretty, sortKeys: sortKeys)
    return out
  }

  private func write(into out: inout [UInt8], indent: Int, pretty: Bool, sortKeys: Bool) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
    case .int(let value): out.append(contentsOf: String(value).utf8)
    case .double(let value): out.append(contentsOf: JSON.format(value).utf8)
    case .string(let value): JSON.quote(value, into: &out)
    case .array(let items):
      if items.isEmpty {
        out.append(contentsOf: "[]".utf8)
        return
      }
      out.append(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        if pretty { JSON.newline(&out, indent + 1) }
        item.write(into: &out, indent: indent + 1, pretty: pretty, sortKeys: sortKeys)
      }
      if pretty { JSON.newline(&out, indent) }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      if members.isEmpty {
        out.append(contentsOf: "{}".utf8)
        return
      }
      let ordered =
        sortKeys ? members.sorted { Array($0.0.utf8).lexicographicallyPrecedes($1.0.utf8) } : members
      out.append(UInt8(ascii: "{"))
      for (index, (key, value)) in ordered.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        if pretty { JSON.newline(&out, indent + 1) }
        JSON.quote(key, into: &out)
        out.append(UInt8(ascii: ":"))
        if pretty { out.append(UInt8(ascii: " ")) }
        value.write(into: &out, indent: indent + 1, pretty: pretty, sortKeys: sortKeys)
      }
      if pretty { JSON.newline(&out, indent) }
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func newline(_ out: inout [UInt8], _ indent: Int) {
    out.append(UInt8(ascii: "\n"))
    for _ in 0..<(indent * 2) { out.append(UInt8(ascii: " ")) }
  }

  /// Shortest text that reads back as the same double; whole numbers without a fraction.
  public static func format(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
  }

  /// Writes a JSON string literal, escaping quotes, backslashes and control characters (and U+2028,
  /// U+2029, which JavaScript treats as line ends).
  public static func quote(_ text: String, into out: inout String) {
    var bytes: [UInt8] = []
    quote(text, into: &bytes)
    out += String(decoding: bytes, as: UTF8.self)
  }

  static func quote(_ text: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""): out.append(contentsOf: [92, 34])
        case UInt8(ascii: "\\"): out.append(contentsOf: [92, 92])
        case UInt8(ascii: "\n"): out.append(contentsOf: [92, 110])
        case UInt8(ascii: "\r"): out.append(contentsOf: [92, 114])
        case UInt8(ascii: "\t"): out.append(contentsOf: [92, 116])
        case 0..<0x20:
          let hex = Array("0123456789abcdef".utf8)
          out.append(contentsOf: [92, 117, 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        case 0xE2
        where index + 2 < bytes.count && bytes[index + 1] == 0x80
          && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
          out.append(contentsOf: Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8))
          index += 2
        default: out.append(byte)
        }
        index += 1
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
