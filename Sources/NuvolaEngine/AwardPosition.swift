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
      case .paid: return BilingualText(it: "erogato", en: "paid")
      case .toComplete:
        return BilingualText(it: "assegnato: da completare e asseverare", en: "awarded: to complete and asseverate")
      case .renounced: return BilingualText(it: "rinunciato", en: "renounced")
      case .notApplied: return BilingualText(it: "non candidato", en: "not applied for")
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
    let itMoney = Self.money(awarded, .it)
    let enMoney = Self.money(awarded, .en)
    switch consequence {
    case .notApplied:
      return BilingualText(
        it: "Nessun contributo risulta assegnato al Comune per questa misura (non candidato): l'importo delle regole è storico, non ottenibile.",
        en: "No award to the comune is published for this measure (not applied for): the rules' amount is history, not obtainable.")
    case .renounced:
      return BilingualText(
        it: "Il contributo assegnato è stato rinunciato.", en: "The award was renounced.")
    case .paid:
      return BilingualText(
        it: "Contributo erogato: \(itMoney), dopo l'asseverazione.", en: "Award paid: \(enMoney), after the asseverazione.")
    case .toComplete:
      let last = deadlines.last
      let itEnd = last.map { " Ultimo pagamento PNRR: \($0.deadline.day.italian)." } ?? ""
      let enEnd = last.map { " Last PNRR payment: \($0.deadline.day.description)." } ?? ""
      let passed = deadlines.filter(\.passed)
      let itPassed = passed.isEmpty ? "" : " Già passate: " + passed.map { $0.deadline.day.italian }.joined(separator: ", ") + "."
      let enPassed = passed.isEmpty ? "" : " Already past: " + passed.map { $0.deadline.day.description }.joined(separator: ", ") + "."
      return BilingualText(
        it: "Assegnato \(itMoney), non ancora erogato: da completare e asseverare prima della fine del PNRR.\(itEnd)\(itPassed)",
        en: "Awarded \(enMoney), not yet paid: to complete and asseverate before the PNRR ends.\(enEnd)\(enPassed)")
    }
  }

  static func money(_ value: Money, _ language: Language) -> String { ConsolidationText.money(value, language) }

  public var json: JSON {
    .object([
      ("measure", .string(measure)), ("consequence", .string(consequence.rawValue)),
      ("label", consequence.label.json), ("as_of", .string(asOf.description)),
      ("awarded", EngineJSON.money(awarded)), ("awards", .array(awards.map(\.json))),
      (
        "deadlines",
        .array(
          deadlines.map { item in
            .object([("id", .string(item.deadline.id)), ("day", .string(item.deadline.day.description)), ("passed", .bool(item.passed))])
          })
      ),
      (
        "services_paid",
        decomposition.map { .object([("mode_a", .int(Int64($0.modeA))), ("mode_b", .int(Int64($0.modeB))), ("fixed", EngineJSON.money($0.fixed))]) } ?? .null
      ),
      ("at_risk", EngineJSON.strings(atRisk)),
      ("text", sentence.json),
    ])
  }
}
