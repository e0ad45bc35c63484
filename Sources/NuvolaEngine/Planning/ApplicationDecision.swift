import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// What the plan does with one application and why: the strategy (6R), the destination, the PNRR
/// 1.2 mode when the move is fundable, and every reason with the rule and the facts behind it.
public struct ApplicationDecision: Sendable, Equatable {
  /// The outcome, before any timing.
  public enum Disposition: String, Sendable, CaseIterable {
    /// Already in SaaS or a qualified cloud: no move.
    case alreadyInCloud = "already_in_cloud"
    /// Moves to the cloud (rehost, replatform, repurchase, refactor).
    case migrate
    /// Switched off.
    case retire
    /// Stays on premise.
    case retain
    /// Where it runs today is unknown: nothing can be decided.
    case undecided

    public var label: BilingualText {
      switch self {
      case .alreadyInCloud: return BilingualText(key: "plan.already_in_the_cloud")
      case .migrate: return BilingualText(key: "plan.moves")
      case .retire: return BilingualText(key: "plan.is_retired")
      case .retain: return BilingualText(key: "plan.stays_on_premise")
      case .undecided: return BilingualText(key: "plan.undecided")
      }
    }
  }

  public var applicationId: String
  public var name: String
  public var domain: ServiceDomain?
  public var deployment: Deployment?
  /// The comune's site it runs in (from the application, else from its server or VM host).
  public var site: String?
  /// Id of the group of the domain order (`sondrio-2`, `rest`).
  public var group: String
  public var groupIndex: Int
  public var disposition: Disposition
  /// Nil when already in the cloud or undecided.
  public var strategy: Strategy?
  /// The rule that chose the strategy (`man-repurchase`, `override`, `nuvola-fallback-rehost`...).
  public var rule: String?
  /// The comune chose the strategy (`strategy_override`).
  public var overridden: Bool
  /// The strategy rests on unknown facts or on Nuvola's fallback: check before acting.
  public var provisional: Bool
  public var destination: PlanDestination
  /// IaaS, PaaS or SaaS when the application moves to the cloud.
  public var serviceModel: CloudMigrationRules.Destination?
  /// PNRR 1.2 mode when the move is fundable.
  public var pnrrMode: CloudMigrationRules.Mode?
  public var reasons: [PlanReason]
  /// Facts the rules needed and the inventory does not give.
  public var missingFacts: [FindingEvidence]
  /// Rules that could also apply once the missing facts are known.
  public var alternatives: [String]

  /// It takes a place in a wave (a move to the cloud or a switch-off).
  public var isScheduled: Bool { disposition == .migrate || disposition == .retire }

  public var json: JSON {
    var members: [(String, JSON)] = [
      ("application", .string(applicationId)),
      ("name", .string(name)),
      ("group", .string(group)),
      ("disposition", .string(disposition.rawValue)),
      ("disposition_label", disposition.label.json),
      ("overridden", .bool(overridden)),
      ("provisional", .bool(provisional)),
      ("destination", .string(destination.rawValue)),
      ("destination_label", destination.label.json),
    ]
    members.append(("domain", domain.map { .string($0.rawValue) } ?? .null))
    members.append(("deployment", deployment.map { .string($0.rawValue) } ?? .null))
    members.append(("site", site.map(JSON.string) ?? .null))
    members.append(("strategy", strategy.map { .string($0.rawValue) } ?? .null))
    members.append(("rule", rule.map(JSON.string) ?? .null))
    members.append(("service_model", serviceModel.map { .string($0.rawValue) } ?? .null))
    members.append(("pnrr_mode", pnrrMode.map { .string($0.rawValue) } ?? .null))
    members.append(("reasons", .array(reasons.map(\.json))))
    members.append(("missing_facts", .array(missingFacts.map(\.json))))
    members.append(("alternatives", EngineJSON.strings(alternatives)))
    return .object(members)
  }
}
