import NuvolaRules
import NuvolaSupport

/// What one PNRR measure means for a comune: eligibility and why, the population class, the amounts
/// with their status, services, conditions, deadlines, calls and sources.
public struct FundingMeasure: Sendable, Equatable {
  /// Eligible, not eligible, or unknown when facts are missing.
  public enum Eligibility: String, Sendable, CaseIterable {
    case eligible
    case notEligible = "not_eligible"
    case unknown

    public var label: BilingualText {
      switch self {
      case .eligible: return BilingualText(key: "funding.eligible")
      case .notEligible: return BilingualText(key: "funding.not_eligible")
      case .unknown: return BilingualText(key: "funding.to_be_checked")
      }
    }
  }

  public var code: String
  public var title: BilingualText
  public var eligibility: Eligibility
  public var reasons: [BilingualText]
  /// Nil when the population is unknown.
  public var populationClass: MeasureClass?
  public var components: [FundingComponent]
  /// For a measure counted by mode (1.2): the sum of the components, fixed part + n_A x A + n_B x B.
  public var total: FundingComponent?
  public var services: ServiceRange?
  public var classesConfirmed: Bool
  public var conditions: [RuleItem]
  public var deadlines: [RuleDeadline]
  public var calls: [CallWindow]
  /// Calls open on the day given to `funding`, when one was given.
  public var openCalls: [String]?
  /// Where the calls stand on the day given to `funding`, when one was given.
  public var callStatus: CallStatus?
  /// The comune's awards on this measure and what follows, when awards and a day were given.
  public var position: AwardPosition? = nil
  public var provenance: RuleProvenance

  /// The amount a reader should see first: the total of a measure counted by mode (1.2), else the
  /// component reported in the register-wide CSV (or the first).
  public var headline: FundingComponent? {
    total ?? components.first { $0.component.column != nil } ?? components.first
  }

  /// The component a total stands under: a lump sum keyed `total`, in the measure's minimum column.
  static func totalComponent(_ measure: Measure) -> MeasureComponent {
    MeasureComponent(
      key: "total", kind: .lumpSum, column: measure.minimumColumn,
      label: BilingualText(key: "funding.total_fixed_part_plus_services"),
      mandatory: true)
  }

  private var totalJSON: JSON { total?.json ?? .null }

  public var json: JSON {
    .object([
      ("measure", .string(code)),
      ("title", title.json),
      ("eligibility", .string(eligibility.rawValue)),
      (
        "eligible",
        eligibility == .unknown ? .null : .bool(eligibility == .eligible)
      ),
      ("eligibility_label", eligibility.label.json),
      ("reasons", .array(reasons.map(\.json))),
      ("population_class", populationClass?.json ?? .null),
      ("classes_confirmed", .bool(classesConfirmed)),
      ("components", .array(components.map(\.json))),
      ("total", totalJSON),
      ("services", services?.json ?? .null),
      ("conditions", .array(conditions.map(\.json))),
      ("deadlines", .array(deadlines.map(\.json))),
      ("calls", .array(calls.map(\.json))),
      ("open_calls", openCalls.map(EngineJSON.strings) ?? .null),
      ("call_status", callStatusJSON),
      ("award_position", positionJSON),
      ("sources", .array(provenance.sources.map(\.json))),
      ("rules_file", .string(provenance.fileName)),
      ("rules_origin", .string(provenance.origin)),
      ("rules_date", .string(provenance.date.description)),
    ])
  }

  private var callStatusJSON: JSON { callStatus?.json ?? .null }
  private var positionJSON: JSON { position?.json ?? .null }
}
