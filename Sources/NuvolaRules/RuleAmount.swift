import NuvolaSupport

/// An amount a rules file states, with how it is known: published in the FAQ, awarded in the open
/// data, fitted from the open data's awards (not official), a secondary source, or unknown (never
/// replaced by zero).
public struct RuleAmount: Sendable, Equatable {
  /// How the amount is known.
  public enum Basis: String, Sendable, CaseIterable {
    case published
    case awarded
    /// Fitted from the awards of the open data (every award decomposes by it), not an official table.
    case fitted
    case secondarySource = "secondary_source"
    case unknown
  }

  public var value: Money?
  public var basis: Basis
  public var confirmed: Bool
  public var note: String?

  /// Shown as "stima" (estimate): any value the sources do not confirm.
  public var isEstimate: Bool { value != nil && !confirmed }

  public var json: JSON {
    var members: [(String, JSON)] = [
      ("value", value.map(EngineJSON.money) ?? .null), ("basis", .string(basis.rawValue)),
      ("confirmed", .bool(confirmed)), ("estimate", .bool(isEstimate)),
    ]
    if let note { members.append(("note", .string(note))) }
    return .object(members)
  }

  init(_ node: RuleNode) throws(InputError) {
    let valueNode = try node.member("value")
    value = valueNode.isNull ? nil : try valueNode.money()
    let basisNode = try node.member("basis")
    guard let basis = Basis(rawValue: try basisNode.string()) else {
      throw basisNode.failure(
        "unknown basis", expected: "one of " + Basis.allCases.map(\.rawValue).joined(separator: ", "))
    }
    self.basis = basis
    confirmed = try node.bool("confirmed")
    note = try node.optionalString("note")
    // An unknown amount must say so in both places, so that a missing number is never read as zero.
    if (value == nil) != (basis == .unknown) {
      throw basisNode.failure(
        "value and basis disagree", expected: "basis \"unknown\" exactly when value is null")
    }
    if basis == .unknown && confirmed {
      throw try node.member("confirmed").failure("an unknown amount cannot be confirmed", expected: "false")
    }
  }
}
