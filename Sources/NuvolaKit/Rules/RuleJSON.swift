import Foundation

/// A parsed rules file before validation. JSONDecoder tells booleans from numbers reliably on every
/// platform, which JSONSerialization's NSNumber does not.
enum RuleJSON: Decodable, Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([RuleJSON])
  case object([String: RuleJSON])

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(String.self) {
      // Strings first: they are most of a rules file, and a failed attempt costs an error value.
      self = .string(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode([String: RuleJSON].self) {
      self = .object(value)
    } else {
      self = .array(try container.decode([RuleJSON].self))
    }
  }

  /// Parses a whole file; a syntax error becomes a diagnostic naming the file.
  static func parse(_ data: Data, file: String) throws(InputError) -> RuleJSON {
    do {
      return try JSONDecoder().decode(RuleJSON.self, from: data)
    } catch let DecodingError.dataCorrupted(context) {
      let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
      throw InputError(
        Diagnostic(
          file: file, path: "$", message: "not valid JSON" + (detail.map { ": \($0)" } ?? ""),
          expected: "a JSON object"))
    } catch {
      throw InputError(
        Diagnostic(file: file, path: "$", message: "not valid JSON: \(error)", expected: "a JSON object"))
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
