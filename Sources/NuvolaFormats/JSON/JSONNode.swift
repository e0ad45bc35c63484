/// A parsed JSON value with the line and column where it starts, so that problems found while
/// reading an inventory can point at the exact place in the file.
///
/// Numbers keep their literal text: integers, decimals and amounts of money are decoded from it
/// exactly, never through a binary floating-point value.
public struct JSONNode: Sendable, Equatable {
  public enum Value: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number as written (`-12.50`, `1e3`), already checked against the JSON grammar.
    case number(String)
    case string(String)
    case array([JSONNode])
    /// Members in document order; duplicate keys are reported by the parser.
    case object([JSONMember])
  }

  public var value: Value
  /// Line of the value's first character (1-based).
  public var line: Int
  /// Column of the value's first character (1-based, in Unicode scalars).
  public var column: Int

  public init(_ value: Value, line: Int, column: Int) {
    self.value = value
    self.line = line
    self.column = column
  }

  /// The member with this key, for objects; the first one when the key is repeated.
  public subscript(key: String) -> JSONNode? {
    guard case .object(let members) = value else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// What the value is, in words (`a string`, `an object`), for messages.
  public var kindDescription: String {
    switch value {
    case .null: return "null"
    case .bool: return "true or false"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }

  /// The value as a diagnostic shows it: strings without quotes, containers abbreviated.
  public var displayText: String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let literal): return literal
    case .string(let text): return text
    case .array: return "[...]"
    case .object: return "{...}"
    }
  }
}

/// One member of a JSON object, with the position of its key.
public struct JSONMember: Sendable, Equatable {
  public var key: String
  public var line: Int
  public var column: Int
  public var value: JSONNode

  public init(key: String, line: Int, column: Int, value: JSONNode) {
    self.key = key
    self.line = line
    self.column = column
    self.value = value
  }
}
