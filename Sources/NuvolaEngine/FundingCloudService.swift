import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// How one application fares under PNRR 1.2: where it runs, which moves are fundable and in which
/// mode (A: rehost to IaaS; B: PaaS or SaaS), the move Nuvola proposes, or why it is not fundable
/// (already in SaaS or qualified cloud: done, not fundable again).
public struct FundingCloudService: Sendable, Equatable {
  /// Whether the service can be funded under 1.2, and if not, why.
  public enum Status: String, Sendable, CaseIterable {
    case fundable
    case alreadyDone = "already_done"
    case notFundable = "not_fundable"
    case needsFacts = "needs_facts"

    public var label: BilingualText {
      switch self {
      case .fundable: return BilingualText(key: "funding.fundable")
      case .alreadyDone:
        return BilingualText(key: "funding.already_done_not_fundable_again")
      case .notFundable: return BilingualText(key: "funding.not_fundable")
      case .needsFacts: return BilingualText(key: "funding.facts_missing")
      }
    }
  }

  /// A fundable move: a destination and the mode it is funded under.
  public struct Move: Sendable, Equatable {
    public var destination: CloudMigrationRules.Destination
    public var mode: CloudMigrationRules.Mode

    public var json: JSON {
      .object([("destination", .string(destination.rawValue)), ("mode", .string(mode.rawValue))])
    }
  }

  public var applicationId: String
  public var name: String
  public var domain: ServiceDomain?
  public var deployment: Deployment?
  public var origin: CloudMigrationRules.Origin?
  public var status: Status
  /// Every fundable move from the origin, in the order IaaS, PaaS, SaaS.
  public var moves: [Move]
  public var proposed: Move?
  public var dataClass: DataClass?
  /// Only services classified under the ACN rules can migrate [FAQ 002-measure-1-2/013].
  public var needsClassification: Bool
  public var reasons: [BilingualText]

  public var json: JSON {
    .object([
      ("application", .string(applicationId)),
      ("name", .string(name)),
      ("domain", domain.map { .string($0.rawValue) } ?? .null),
      ("deployment", deployment.map { .string($0.rawValue) } ?? .null),
      ("origin", origin.map { .string($0.rawValue) } ?? .null),
      ("status", .string(status.rawValue)),
      ("status_label", status.label.json),
      ("moves", .array(moves.map(\.json))),
      ("proposed", proposed?.json ?? .null),
      ("data_class", dataClass.map { .string($0.rawValue) } ?? .null),
      ("needs_classification", .bool(needsClassification)),
      ("reasons", .array(reasons.map(\.json))),
    ])
  }
}
