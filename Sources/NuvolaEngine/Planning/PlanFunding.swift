import NuvolaSupport

/// The PNRR 1.2 lump sum in the cost comparison: how much (from the funding engine), how sure, and
/// whether and when the plan counts it (paid after completion; lost if the moves end after the day
/// lump-sum projects close, unless the comune was already admitted).
public struct PlanFunding: Sendable, Equatable {
  public var measure: String
  public var eligibility: FundingMeasure.Eligibility?
  public var amount: Money?
  public var status: FundingComponent.Status?
  /// Applications whose move is fundable and planned.
  public var applications: [String]
  public var counted: Bool
  /// Month the lump sum is expected, when counted.
  public var expected: YearMonth?
  public var reasons: [BilingualText]

  public var json: JSON {
    .object([
      ("measure", .string(measure)), ("eligibility", eligibility.map { .string($0.rawValue) } ?? .null),
      ("amount", EngineJSON.optionalMoney(amount)), ("status", status.map { .string($0.rawValue) } ?? .null),
      ("applications", EngineJSON.strings(applications)), ("counted", .bool(counted)),
      ("expected", expected.map { .string($0.description) } ?? .null),
      ("reasons", .array(reasons.map(\.json))),
    ])
  }
}
