import Foundation
import NuvolaFormats
import NuvolaSupport

/// A parsed rules file before validation. Read with Nuvola's own JSON parser (which keeps booleans
/// apart from numbers, and says where a syntax error or a repeated key is); Foundation's decoder
/// took a tenth of a second of every command's start-up.
enum RuleJSON: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([RuleJSON])
  case object([String: RuleJSON])

  /// Parses a whole file; a syntax error becomes a diagnostic naming the file, line and column.
  static func parse(_ data: Data, file: String) throws(InputError) -> RuleJSON {
    let node: JSONNode
    do {
      node = try JSONParser().parse(data, file: file)
    } catch {
      throw InputError(
        error.diagnostics.map {
          Diagnostic(
            file: file, line: $0.line, column: $0.column, path: "$", value: $0.value,
            message: "not valid JSON: " + $0.message, expected: $0.expected ?? "a JSON object")
        }, omitted: error.omitted)
    }
    return RuleJSON(node)
  }

  init(_ node: JSONNode) {
    switch node.value {
    case .null: self = .null
    case .bool(let flag): self = .bool(flag)
    // The parser has checked the literal against the JSON grammar, which Double's reader accepts.
    case .number(let literal): self = .number(Double(literal) ?? .nan)
    case .string(let text): self = .string(text)
    case .array(let items): self = .array(items.map(RuleJSON.init))
    case .object(let members):
      var object: [String: RuleJSON] = [:]
      object.reserveCapacity(members.count)
      // The parser rejects a repeated key, so every key comes once.
      for member in members { object[member.key] = RuleJSON(member.value) }
      self = .object(object)
    }
  }

  var typeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }

  /// A short rendering of the value for diagnostics.
  var excerpt: String {
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .number(let value): return JSON.format(value)
    case .string(let value): return value
    case .array(let items): return "[\(items.count) items]"
    case .object: return "{...}"
    }
  }
}
