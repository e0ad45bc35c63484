/// Helpers to build SQL text from names that come from the field tables.
enum SQL {
  /// A quoted identifier, so that a field named like an SQL keyword (`order`, `group`) still works.
  static func identifier(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  static func columnList(_ names: [String]) -> String {
    names.map(identifier).joined(separator: ", ")
  }

  static func placeholders(_ count: Int) -> String {
    Array(repeating: "?", count: count).joined(separator: ", ")
  }
}
