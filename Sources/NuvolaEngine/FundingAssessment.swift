import NuvolaRules
import NuvolaSupport

/// The PNRR funding a comune can claim: per measure eligibility and amounts with sources, the 1.2
/// services and how each can move, what is already done, and the dossier checklist.
public struct FundingAssessment: Sendable, Equatable {
  public var istatCode: String
  public var name: String?
  public var population: PopulationFigure
  public var measures: [FundingMeasure]
  public var cloudServices: [FundingCloudService]
  public var dossier: [RuleItem]
  /// The day the calls and deadlines are judged on, when one was given.
  public var asOf: Day?
  /// End of the PNRR, what follows an award, funding known after it.
  public var calendar: PNRRCalendar

  public func measure(_ code: String) -> FundingMeasure? { measures.first { $0.code == code } }

  public var fundableServices: [FundingCloudService] { cloudServices.filter { $0.status == .fundable } }
  public var alreadyDone: [FundingCloudService] { cloudServices.filter { $0.status == .alreadyDone } }

  public var json: JSON {
    .object([
      ("istat_code", .string(istatCode)),
      ("name", name.map(JSON.string) ?? .null),
      ("population", population.json),
      ("measures", .array(measures.map(\.json))),
      ("cloud_services", .array(cloudServices.map(\.json))),
      ("dossier", .array(dossier.map(\.json))),
      ("as_of", asOf.map { .string($0.description) } ?? .null),
      ("pnrr_end", .array(calendar.milestones.map(milestone))),
      ("after_award", .array(calendar.afterAward.map(\.json))),
      ("funding_after_pnrr", .array(calendar.fundingAfter.map(\.json))),
    ])
  }

  /// A milestone of the end of the PNRR, and whether it is past on the as-of day.
  private func milestone(_ deadline: RuleDeadline) -> JSON {
    guard case .object(var members) = deadline.json else { return deadline.json }
    members.append(("passed", asOf.map { .bool(deadline.day < $0) } ?? .null))
    return .object(members)
  }
}
