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
    var out = ""
    out.reserveCapacity(256)
    write(into: &out, indent: 0, pretty: pretty, sortKeys: sortKeys)
    return out
  }

  private func write(into out: inout String, indent: Int, pretty: Bool, sortKeys: Bool) {
    switch self {
    case .null: out += "null"
    case .bool(let value): out += value ? "true" : "false"
    case .int(let value): out += String(value)
    case .double(let value): out += JSON.format(value)
    case .string(let value): JSON.quote(value, into: &out)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "["
      for (index, item) in items.enumerated() {
        if index > 0 { out += "," }
        if pretty { JSON.newline(&out, indent + 1) }
        item.write(into: &out, indent: indent + 1, pretty: pretty, sortKeys: sortKeys)
      }
      if pretty { JSON.newline(&out, indent) }
      out += "]"
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      let ordered = sortKeys ? members.sorted { Array($0.0.utf8).lexicographicallyPrecedes($1.0.utf8) } : members
      out += "{"
      for (index, (key, value)) in ordered.enumerated() {
        if index > 0 { out += "," }
        if pretty { JSON.newline(&out, indent + 1) }
        JSON.quote(key, into: &out)
        out += pretty ? ": " : ":"
        value.write(into: &out, indent: indent + 1, pretty: pretty, sortKeys: sortKeys)
      }
      if pretty { JSON.newline(&out, indent) }
      out += "}"
    }
  }

  private static func newline(_ out: inout String, _ indent: Int) {
    out += "\n"
    out += String(repeating: "  ", count: indent)
  }

  /// Shortest text that reads back as the same double; whole numbers without a fraction.
  static func format(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
  }

  /// Writes a JSON string literal, escaping quotes, backslashes and control characters.
  public static func quote(_ text: String, into out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
