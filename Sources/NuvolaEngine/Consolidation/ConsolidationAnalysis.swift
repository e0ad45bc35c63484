import NuvolaRules
import NuvolaSupport

/// The consolidation of many comuni (`nuvola consolidate`): how they are today, what buying together
/// saves, a shared service centre and its fee model, the population clusters, and the rollout from
/// pilots to the whole area, with the rules and sources behind every number.
public struct ConsolidationAnalysis: Sendable, Equatable {
  public var area: BilingualText
  /// By ISTAT code.
  public var members: [ConsolidationMember]
  public var today: TodayPicture
  public var procurement: JointProcurement
  public var centre: SharedCentre
  /// The rules' clusters in order, then the line of unknown population.
  public var clusters: [ClusterSummary]
  public var rollout: RolloutPlan
  public var notes: [BilingualText]
  public var rules: ConsolidationRules
  /// The cost default behind every estimated spend.
  public var spendPerInhabitant: RuleParameters.Parameter?

  public func member(_ istatCode: String) -> ConsolidationMember? {
    members.first { $0.istatCode == istatCode }
  }

  public var json: JSON {
    .object([
      ("area", area.json),
      ("members", .array(members.map(\.json))),
      ("today", today.json),
      ("joint_procurement", procurement.json),
      ("shared_centre", centre.json),
      ("clusters", .array(clusters.map(\.json))),
      ("rollout", rollout.json),
      ("notes", .array(notes.map(\.json))),
      ("rules", rules.json),
      ("spend_per_inhabitant", spendPerInhabitant?.json ?? .null),
      ("population_source", .string(Register.populationSource)),
    ])
  }
}
