import NuvolaSupport

/// One part of a measure's money: a lump sum (e.g. the 1.4.1 website package) or an amount per
/// service (pagoPA), with the register-wide CSV column it fills, if any.
public struct MeasureComponent: Sendable, Equatable {
  /// Whether the amount is paid once or for each service.
  public enum Kind: String, Sendable, CaseIterable {
    case lumpSum = "lump_sum"
    case perService = "per_service"
  }

  public var key: String
  public var kind: Kind
  /// Column of `nuvola funding --register` (`1.4.5`, `1.4.1_website`...); nil when not reported there.
  public var column: String?
  public var label: BilingualText
  public var mandatory: Bool
  /// For a per-service component of 1.2: the migration mode whose services it counts.
  public var mode: CloudMigrationRules.Mode?

  public var json: JSON {
    .object([
      ("key", .string(key)), ("kind", .string(kind.rawValue)), ("column", column.map(JSON.string) ?? .null),
      ("label", label.json), ("mandatory", .bool(mandatory)), ("mode", mode.map { .string($0.rawValue) } ?? .null),
    ])
  }

  public init(
    key: String, kind: Kind, column: String?, label: BilingualText, mandatory: Bool,
    mode: CloudMigrationRules.Mode? = nil
  ) {
    self.key = key
    self.kind = kind
    self.column = column
    self.label = label
    self.mandatory = mandatory
    self.mode = mode
  }

  init(_ node: RuleNode) throws(InputError) {
    key = try node.string("key")
    let kindNode = try node.member("kind")
    guard let kind = Kind(rawValue: try kindNode.string()) else {
      throw kindNode.failure("unknown kind", expected: "lump_sum or per_service")
    }
    self.kind = kind
    column = try node.optionalString("column")
    label = try BilingualText(node.member("label"))
    mandatory = try node.optionalMember("mandatory")?.bool() ?? true
    if let modeNode = try node.optionalMember("mode"), !modeNode.isNull {
      guard let mode = CloudMigrationRules.Mode(rawValue: try modeNode.string()) else {
        throw modeNode.failure("unknown mode", expected: "A or B")
      }
      guard kind == .perService else {
        throw modeNode.failure("a mode on a lump sum", expected: "a mode only on a per_service component")
      }
      self.mode = mode
    } else {
      mode = nil
    }
  }
}
