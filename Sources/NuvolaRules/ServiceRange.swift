import NuvolaSupport

/// How many services (or APIs) a measure funds in a population class.
public struct ServiceRange: Sendable, Equatable {
  public var min: Int?
  public var max: Int?
  public var confirmed: Bool

  public var json: JSON {
    .object([
      ("min", min.map(JSON.int) ?? .null), ("max", max.map(JSON.int) ?? .null),
      ("confirmed", .bool(confirmed)),
    ])
  }

  init(_ node: RuleNode) throws(InputError) {
    min = try node.optionalMember("min")?.int(0...10_000)
    max = try node.optionalMember("max")?.int(0...10_000)
    confirmed = try node.bool("confirmed")
    if let min, let max, min > max {
      throw try node.member("max").failure("smaller than min", expected: "at least \(min)")
    }
  }
}
