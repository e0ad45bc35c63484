import NuvolaSupport

/// One plan year (12 months from the start) of the cost comparison: both scenarios by category,
/// the saving, the running totals (the cumulative curve) and the discounted saving behind the NPV.
public struct PlanYearCost: Sendable, Equatable {
  /// 1 for the first year.
  public var index: Int
  public var start: YearMonth
  public var end: YearMonth
  public var onPremise: PlanCostBreakdown
  public var plan: PlanCostBreakdown
  /// On premise minus plan: positive when the plan costs less that year.
  public var savings: Money
  public var cumulativeOnPremise: Money
  public var cumulativePlan: Money
  public var cumulativeSavings: Money
  /// The saving discounted to the start: savings / (1 + rate)^index.
  public var discountedSavings: Money

  public var json: JSON {
    .object([
      ("year", .int(index)), ("start", .string(start.description)), ("end", .string(end.description)),
      ("on_premise", onPremise.json), ("plan", plan.json), ("savings", EngineJSON.money(savings)),
      ("cumulative_on_premise", EngineJSON.money(cumulativeOnPremise)),
      ("cumulative_plan", EngineJSON.money(cumulativePlan)),
      ("cumulative_savings", EngineJSON.money(cumulativeSavings)),
      ("discounted_savings", EngineJSON.money(discountedSavings)),
    ])
  }
}
