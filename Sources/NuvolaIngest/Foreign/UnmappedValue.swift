/// A value of a foreign file that an import read but could not map onto a field (an OS it does not
/// recognise, a licence that is none of Nuvola's kinds...), with where it was and why. The value is
/// not lost when it can be kept: it is written in the record's notes; the report says so.
public struct UnmappedValue: Sendable, Equatable {
  public var line: Int?
  public var column: Int?
  /// `vinfo.csv column OS` or `$.content.hardware.chassis_type`.
  public var path: String?
  /// The column or key the value came from.
  public var field: String
  public var value: String
  /// Why it was not mapped and what happened instead, in plain words.
  public var reason: String
  /// The id of the record concerned, when there is one.
  public var record: String?

  public init(
    line: Int?, column: Int? = nil, path: String? = nil, field: String, value: String, reason: String,
    record: String? = nil
  ) {
    self.line = line
    self.column = column
    self.path = path
    self.field = field
    self.value = value
    self.reason = reason
    self.record = record
  }
}
