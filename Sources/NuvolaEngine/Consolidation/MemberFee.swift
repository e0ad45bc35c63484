import NuvolaModel
import NuvolaSupport

/// What one comune pays the shared centre (membership fee for its inhabitants plus tariffs for the
/// services on request it uses) against what it spends today.
public struct MemberFee: Sendable, Equatable {
  public var istatCode: String
  public var name: String
  public var population: Int
  public var clusterKey: String
  public var membershipFee: Money
  /// The comune received one of the cents left over by the proportional split.
  public var remainderCent: Bool
  /// Domains on request it runs today; nil without an inventory (unknown, no tariffs counted).
  public var requested: [ServiceDomain]?
  public var tariff: Money
  public var spendToday: SpendFigure
  /// Known yearly cost the centre takes over: its applications, and the running and equipment costs of
  /// its sites that close; nil without an inventory.
  public var takenOver: Money?

  public var tariffs: Money { tariff * (requested?.count ?? 0) }
  public var pays: Money { membershipFee + tariffs }
  /// Positive when the centre costs the comune less than what it takes over.
  public var saving: Money? { takenOver.map { $0 - pays } }

  public var json: JSON {
    .object([
      ("istat_code", .string(istatCode)), ("name", .string(name)), ("population", .int(population)),
      ("cluster", .string(clusterKey)), ("membership_fee", EngineJSON.money(membershipFee)),
      ("remainder_cent", .bool(remainderCent)),
      ("requested_services", requested.map { .array($0.map { .string($0.rawValue) }) } ?? .null),
      ("tariff", EngineJSON.money(tariff)), ("tariffs", EngineJSON.money(tariffs)),
      ("pays", EngineJSON.money(pays)),
      ("spend_today", spendToday.json), ("taken_over", EngineJSON.optionalMoney(takenOver)),
      ("saving_on_taken_over", EngineJSON.optionalMoney(saving)),
    ])
  }
}
