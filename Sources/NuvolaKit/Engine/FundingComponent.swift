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
      case .confirmed: return BilingualText(it: "confermato", en: "confirmed")
      case .estimate: return BilingualText(it: "stima", en: "estimate")
      case .unknown: return BilingualText(it: "sconosciuto", en: "unknown")
      }
    }
  }

  public var component: MeasureComponent
  /// Nil when the population, or the amount itself, is unknown.
  public var amount: Money?
  public var status: Status
  public var basis: RuleAmount.Basis?
  public var note: String?

  init(component: MeasureComponent, rule: RuleAmount?) {
    self.component = component
    amount = rule?.value
    basis = rule?.basis
    note = rule?.note
    if let rule, rule.value != nil {
      status = rule.isEstimate ? .estimate : .confirmed
    } else {
      status = .unknown
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
      ("status", .string(status.rawValue)),
      ("status_label", status.label.json),
      ("basis", basis.map { .string($0.rawValue) } ?? .null),
      ("note", note.map(JSON.string) ?? .null),
    ])
  }
}
