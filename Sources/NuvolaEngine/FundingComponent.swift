import NuvolaRules
import NuvolaSupport

/// The money one component of a measure gives a comune, with how sure it is: confirmed, an estimate
/// ("stima": an observed maximum or an unconfirmed source), or unknown (never shown as zero).
public struct FundingComponent: Sendable, Equatable {
  /// How sure the amount is.
  public enum Status: String, Sendable, CaseIterable {
    case confirmed
    case estimate
    case unknown

    public var label: BilingualText {
      switch self {
      case .confirmed: return BilingualText(key: "funding.confirmed")
      case .estimate: return BilingualText(key: "funding.estimate")
      case .unknown: return BilingualText(key: "funding.unknown")
      }
    }
  }

  public var component: MeasureComponent
  /// Nil when the population, or the amount itself, is unknown. For a counted per-service component
  /// (1.2: services by mode) it is `count` times `unitAmount`.
  public var amount: Money?
  /// The rules' amount for one service (or the lump sum itself).
  public var unitAmount: Money?
  /// How many services a per-service amount is counted for (1.2); nil when not counted.
  public var count: Int?
  public var status: Status
  public var basis: RuleAmount.Basis?
  public var note: String?

  /// `count`, for a per-service component, multiplies the rule's amount; nil leaves it per service.
  init(component: MeasureComponent, rule: RuleAmount?, count: Int? = nil) {
    self.component = component
    unitAmount = rule?.value
    let counted = component.kind == .perService ? count : nil
    self.count = counted
    amount = rule?.value.map { value in counted.map { value * $0 } ?? value }
    basis = rule?.basis
    note = rule?.note
    if let rule, rule.value != nil {
      status = rule.isEstimate ? .estimate : .confirmed
    } else {
      status = .unknown
    }
  }

  /// A sum of components (1.2: fixed part + n_A x A + n_B x B), under the component `total`: unknown
  /// when any part is (a per-service part with no count included), an estimate when any part is.
  init(total parts: [FundingComponent], component: MeasureComponent) {
    self.component = component
    var sum = Money.zero
    var known = true
    for part in parts {
      if let amount = part.amount, part.component.kind != .perService || part.count != nil {
        sum += amount
      } else {
        known = false
      }
    }
    amount = known ? sum : nil
    unitAmount = amount
    count = nil
    basis = nil
    note = nil
    if !known {
      status = .unknown
    } else {
      status = parts.contains { $0.status == .estimate } ? .estimate : .confirmed
    }
  }

  public var json: JSON {
    .object([
      ("key", .string(component.key)),
      ("kind", .string(component.kind.rawValue)),
      ("column", component.column.map(JSON.string) ?? .null),
      ("label", component.label.json),
      ("mandatory", .bool(component.mandatory)),
      ("amount", EngineJSON.optionalMoney(amount)),
      ("unit_amount", EngineJSON.optionalMoney(unitAmount)),
      ("count", count.map(JSON.int) ?? .null),
      ("status", .string(status.rawValue)),
      ("status_label", status.label.json),
      ("basis", basis.map { .string($0.rawValue) } ?? .null),
      ("note", note.map(JSON.string) ?? .null),
    ])
  }
}
