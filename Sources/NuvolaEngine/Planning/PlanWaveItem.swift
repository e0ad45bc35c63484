import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// One application in a wave: what happens to it, what it costs once and every year after, why it
/// is in this wave and not earlier, and the risks to watch.
public struct PlanWaveItem: Sendable, Equatable {
  public var applicationId: String
  public var name: String
  public var domain: ServiceDomain?
  public var group: String
  public var strategy: Strategy
  public var destination: PlanDestination
  public var serviceModel: CloudMigrationRules.Destination?
  public var pnrrMode: CloudMigrationRules.Mode?
  public var provisional: Bool
  public var oneOffCost: Money
  /// Today's yearly cost; nil when unknown.
  public var yearlyCostBefore: Money?
  /// Yearly cost after the move (0 when retired); nil when unknown.
  public var yearlyCostAfter: Money?
  public var contract: PlanContractCheck?
  /// Why this wave and not an earlier one (the `timing` lines give the detail).
  public var reason: PlanWaveReason
  /// The applications it moves with because they depend on each other in a cycle.
  public var movesWith: [String]
  /// Why this wave: earliest wave allowed, and every wait with its constraint.
  public var timing: [BilingualText]
  public var risks: [BilingualText]

  public var json: JSON {
    var members: [(String, JSON)] = [
      ("application", .string(applicationId)), ("name", .string(name)), ("group", .string(group)),
      ("strategy", .string(strategy.rawValue)), ("destination", .string(destination.rawValue)),
      ("provisional", .bool(provisional)), ("one_off_cost", EngineJSON.money(oneOffCost)),
    ]
    members.append(("domain", domain.map { .string($0.rawValue) } ?? .null))
    members.append(("service_model", serviceModel.map { .string($0.rawValue) } ?? .null))
    members.append(("pnrr_mode", pnrrMode.map { .string($0.rawValue) } ?? .null))
    members.append(("yearly_cost_before", EngineJSON.optionalMoney(yearlyCostBefore)))
    members.append(("yearly_cost_after", EngineJSON.optionalMoney(yearlyCostAfter)))
    members.append(("contract", contract?.json ?? .null))
    members.append(("reason", .string(reason.rawValue)))
    members.append(("reason_text", reason.label.json))
    members.append(("moves_with", EngineJSON.strings(movesWith)))
    members.append(("timing", .array(timing.map(\.json))))
    members.append(("risks", .array(risks.map(\.json))))
    return .object(members)
  }
}
