/// The PNRR funding a comune can claim: per measure eligibility and amounts with sources, the 1.2
/// services and how each can move, what is already done, and the dossier checklist.
public struct FundingAssessment: Sendable, Equatable {
  public var istatCode: String
  public var name: String?
  public var population: PopulationFigure
  public var measures: [FundingMeasure]
  public var cloudServices: [FundingCloudService]
  public var dossier: [RuleItem]

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
    ])
  }
}
