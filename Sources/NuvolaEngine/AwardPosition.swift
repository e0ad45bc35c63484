import NuvolaAwards
import NuvolaRules
import NuvolaSupport

/// What a comune holds on one measure on the as-of day, from the published awards, and what follows:
/// paid ("erogato"), assigned and still to complete and asseverate before the PNRR ends, renounced,
/// or never applied for (the rules' amount is then history, not a promise). For 1.2 the award is
/// decomposed into the services it paid for and set against the inventory: services the award
/// counts on that the inventory still shows on premises are the asseverazione risk list.
public struct AwardPosition: Sendable, Equatable {
  public enum Consequence: String, Sendable {
    case paid
    case toComplete = "to_complete"
    case renounced
    case notApplied = "not_applied"

    public var label: BilingualText {
      switch self {
      case .paid: return BilingualText(key: "award_position.paid")
      case .toComplete:
        return BilingualText(key: "award_position.awarded_to_complete_and_asseverate")
      case .renounced: return BilingualText(key: "award_position.renounced")
      case .notApplied: return BilingualText(key: "award_position.not_applied_for")
      }
    }
  }

  public var measure: String
  public var consequence: Consequence
  public var asOf: Day
  /// Every award of the measure, renounced ones included, oldest first.
  public var awards: [Award]
  /// Sum of the awards not renounced.
  public var awarded: Money
  /// The milestones of the end of the PNRR that bind an award still to complete, each with whether
  /// it is past on the as-of day.
  public var deadlines: [(deadline: RuleDeadline, passed: Bool)]
  /// For 1.2: the services the award paid for (fixed part + n_A x A + n_B x B), when it decomposes.
  public var decomposition: Cloud12Decomposition?
  /// For 1.2 awards still to complete: applications the inventory still shows as to migrate.
  public var atRisk: [String]

  public static func == (lhs: AwardPosition, rhs: AwardPosition) -> Bool {
    lhs.measure == rhs.measure && lhs.consequence == rhs.consequence && lhs.asOf == rhs.asOf
      && lhs.awards == rhs.awards && lhs.atRisk == rhs.atRisk && lhs.decomposition == rhs.decomposition
  }

  /// The position on `measure` given a comune's awards (of any measure: only this one's are kept).
  public init(
    measure: Measure, awards: some Sequence<Award>, asOf: Day, calendar: PNRRCalendar,
    services: [FundingCloudService]
  ) {
    let awards = awards.filter { $0.measure.code == measure.code }
    self.measure = measure.code
    self.asOf = asOf
    self.awards = awards.sorted(by: Award.precedes)
    let held = awards.filter { $0.state != .renounced }
    awarded = held.reduce(Money.zero) { $0 + $1.amount }
    if awards.isEmpty {
      consequence = .notApplied
    } else if held.isEmpty {
      consequence = .renounced
    } else if held.contains(where: { $0.state == .assigned }) {
      consequence = .toComplete
    } else {
      consequence = .paid
    }
    deadlines =
      consequence == .toComplete ? calendar.milestones.map { ($0, $0.day < asOf) } : []
    if measure.cloud != nil, let award = held.last {
      decomposition = Cloud12Decomposition.decompose(award.amount, measure: measure)
    } else {
      decomposition = nil
    }
    atRisk =
      consequence == .toComplete && measure.cloud != nil
      ? services.filter { $0.status == .fundable }.map { "\($0.applicationId) \($0.name)" } : []
  }

  /// One sentence for the grant writer, the dossier and the mayor.
  public var sentence: BilingualText {
    let money = TextNumber.money(awarded)
    switch consequence {
    case .notApplied:
      return BilingualText(key: "award_position.no_award_to_the_comune")
    case .renounced:
      return BilingualText(key: "award_position.the_award_was_renounced")
    case .paid:
      return BilingualText(key: "award_position.paid_sentence", ["money": money])
    case .toComplete:
      let end = deadlines.last.map {
        BilingualText(key: "award_position.last_payment", ["day": $0.deadline.day])
      }
      let passed = deadlines.filter(\.passed)
      let past =
        passed.isEmpty
        ? nil
        : BilingualText(
          key: "award_position.already_past",
          ["days": TextList(passed.map { $0.deadline.day }, separator: ", ")])
      return BilingualText(
        key: "award_position.to_complete",
        ["money": money, "end": end ?? .empty, "passed": past ?? .empty])
    }
  }

  static func money(_ value: Money, _ language: Language) -> String {
    ConsolidationText.money(value, language)
  }

  public var json: JSON {
    .object([
      ("measure", .string(measure)), ("consequence", .string(consequence.rawValue)),
      ("label", consequence.label.json), ("as_of", .string(asOf.description)),
      ("awarded", EngineJSON.money(awarded)), ("awards", .array(awards.map(\.json))),
      (
        "deadlines",
        .array(
          deadlines.map { item in
            .object([
              ("id", .string(item.deadline.id)), ("day", .string(item.deadline.day.description)),
              ("passed", .bool(item.passed)),
            ])
          })
      ),
      (
        "services_paid",
        decomposition.map {
          .object([
            ("mode_a", .int(Int64($0.modeA))), ("mode_b", .int(Int64($0.modeB))),
            ("fixed", EngineJSON.money($0.fixed)),
          ])
        } ?? .null
      ),
      ("at_risk", EngineJSON.strings(atRisk)),
      ("text", sentence.json),
    ])
  }
}
