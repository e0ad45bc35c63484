import NuvolaSupport

/// The calendar of the PNRR for comuni (`pnrr-calendar.json`): every call of PA digitale 2026 open to
/// comuni, from the published avvisi.csv, and the facts that decide what can still be done: the end of
/// the PNRR, what follows an award, the obligations that outlive it and the funding known after it.
public struct PNRRCalendar: Sendable, Equatable {
  public static let kind = "pnrr_calendar"

  public var provenance: RuleProvenance
  /// Calls for comuni, by measure and opening day.
  public var calls: [CallWindow]
  /// The date of the avvisi.csv file the calls were taken from.
  public var callsFileDate: Day
  /// End of the PNRR: targets, payment requests, assessment, last payment.
  public var milestones: [RuleDeadline]
  public var afterAward: [PNRRFact]
  public var obligations: [PNRRFact]
  public var fundingAfter: [PNRRFact]

  /// The calls of one measure, oldest first.
  public func calls(of measure: String) -> [CallWindow] { calls.filter { $0.measure == measure } }

  /// The last milestone: the day after which no PNRR money is paid.
  public var end: Day? { milestones.map(\.day).max() }

  /// The obligations that concern a comune: everyone's, and those of its kind (`gruppo_b`...).
  public func obligations(for kinds: Set<String>) -> [PNRRFact] {
    obligations.filter { $0.appliesTo == nil || $0.appliesTo == "all" || kinds.contains($0.appliesTo!) }
  }

  public var json: JSON {
    .object([
      ("provenance", provenance.json),
      ("calls_file_date", .string(callsFileDate.description)),
      ("calls", .array(calls.map(\.json))),
      ("milestones", .array(milestones.map(\.json))),
      ("after_award", .array(afterAward.map(\.json))),
      ("obligations", .array(obligations.map(\.json))),
      ("funding_after", .array(fundingAfter.map(\.json))),
    ])
  }

  init(_ node: RuleNode, provenance: RuleProvenance) throws(InputError) {
    self.provenance = provenance
    callsFileDate = try node.day("calls_file_date")
    var calls: [CallWindow] = []
    for item in try node.items("calls") {
      let call = try CallWindow(item)
      if call.measure == nil {
        throw try item.member("id").failure("call without its measure", expected: "a member \"measure\"")
      }
      if calls.contains(where: { $0.id == call.id }) {
        throw try item.member("id").failure("call listed twice", expected: "unique call ids")
      }
      calls.append(call)
    }
    self.calls = calls.sorted { ($0.measure ?? "", $0.opens, $0.id) < ($1.measure ?? "", $1.opens, $1.id) }
    var milestones: [RuleDeadline] = []
    for item in try node.items("milestones") {
      milestones.append(try RuleDeadline(item))
    }
    self.milestones = milestones.sorted { $0.day < $1.day }
    func facts(_ key: String) throws(InputError) -> [PNRRFact] {
      var facts: [PNRRFact] = []
      for item in try node.items(key) { facts.append(try PNRRFact(item)) }
      return facts
    }
    afterAward = try facts("after_award")
    obligations = try facts("obligations")
    fundingAfter = try facts("funding_after")
  }
}
