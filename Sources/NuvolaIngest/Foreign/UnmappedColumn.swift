/// A column of a foreign CSV (or a key of a foreign JSON document) that an import did not map onto
/// the inventory: one the format defines but Nuvola has no field for, or one Nuvola does not know.
public struct UnmappedColumn: Sendable, Equatable {
  public enum Reason: String, Sendable, Equatable {
    /// Part of the format, deliberately not mapped (`docs/importers.md` says why).
    case ignored
    /// Not part of the format as Nuvola knows it (a custom attribute, a typo...).
    case unknown
  }

  /// The column header or key, as written in the file.
  public var name: String
  /// 1-based column of a CSV header; nil for JSON.
  public var column: Int?
  /// Where the key was first seen, for JSON (`$.content.antivirus`).
  public var path: String?
  public var reason: Reason
  /// For an unknown column that looks like a misspelling: the mapped column it probably means.
  public var suggestion: String?

  public init(
    name: String, column: Int? = nil, path: String? = nil, reason: Reason, suggestion: String? = nil
  ) {
    self.name = name
    self.column = column
    self.path = path
    self.reason = reason
    self.suggestion = suggestion
  }
}
