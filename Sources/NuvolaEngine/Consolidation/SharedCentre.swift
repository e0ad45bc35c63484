import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// A shared service centre for the comuni (Como SISCOTEL, CST Liguria): where it runs (a class-A site
/// that can host the others, or qualified cloud), which sites close, base services for all and
/// services on request, its yearly cost, and the fee model that covers that cost exactly.
public struct SharedCentre: Sendable, Equatable {
  /// Where the centre's workloads run.
  public enum Destination: Sendable, Equatable {
    /// A class-A site of a member comune.
    case site(istatCode: String, siteId: String, siteName: String)
    case qualifiedCloud
  }

  /// Use of one domain across the members: base service or on request.
  public struct DomainDemand: Sendable, Equatable {
    public var domain: ServiceDomain
    public var isBase: Bool
    public var comuni: Int
    public var applications: Int

    public var json: JSON {
      .object([
        ("domain", .string(domain.rawValue)),
        ("label", BilingualText(it: domain.italianLabel, en: domain.englishLabel).json),
        ("base_service", .bool(isBase)), ("comuni", .int(comuni)), ("applications", .int(applications)),
      ])
    }
  }

  /// The comune that seats the centre (`--centre`, else the one hosting it, else the largest).
  public var seat: String?
  public var seatReason: BilingualText
  public var destination: Destination
  public var destinationReason: BilingualText
  /// Every class-A site of the members: those that could host others.
  public var candidates: [SiteDecision]
  /// Every site of every member with an inventory, by comune and site.
  public var decisions: [SiteDecision]
  public var demand: [DomainDemand]
  public var baseServices: BaseServices
  public var cost: CentreCost
  /// EUR per inhabitant, in ten-thousandths (rounded, for display; the fees themselves are exact).
  public var feePerInhabitant: Int64
  public var fees: [MemberFee]
  /// Comuni left out of the fee model because their population is unknown.
  public var excluded: [String]
  public var notes: [BilingualText]

  public var closing: [SiteDecision] { decisions.filter { $0.action == .close } }
  public var revenue: Money { fees.reduce(.zero) { $0 + $1.pays } }
  /// Fees and tariffs cover the cost to the cent.
  public var balanced: Bool { revenue == cost.total }
  public var serversMoved: Int { closing.reduce(0) { $0 + $1.site.physicalServers } }
  public var applicationsMoved: Int { closing.reduce(0) { $0 + $1.site.onPremiseApplications } }
  public var runningCostSaved: Money {
    closing.reduce(.zero) { $0 + $1.site.runningCost + $1.site.equipmentMaintenance }
  }

  public var json: JSON {
    let destinationJSON: JSON
    switch destination {
    case .site(let code, let site, let name):
      destinationJSON = .object([
        ("kind", .string("class_a_site")), ("istat_code", .string(code)), ("site", .string(site)),
        ("site_name", .string(name)),
      ])
    case .qualifiedCloud:
      destinationJSON = .object([("kind", .string("qualified_cloud"))])
    }
    return .object([
      ("seat", seat.map(JSON.string) ?? .null), ("seat_reason", seatReason.json),
      ("destination", destinationJSON), ("destination_reason", destinationReason.json),
      ("candidates", .array(candidates.map(\.json))),
      ("sites", .array(decisions.map(\.json))),
      ("closing", .int(closing.count)), ("servers_moved", .int(serversMoved)),
      ("applications_moved", .int(applicationsMoved)),
      ("running_cost_saved", EngineJSON.money(runningCostSaved)),
      ("services", .array(demand.map(\.json))), ("base_services", baseServices.json),
      ("cost", cost.json),
      ("fee_per_inhabitant", .double(Double(feePerInhabitant) / 10_000)),
      ("fee_rule", ProportionalSplit.rule.json),
      ("fees", .array(fees.map(\.json))),
      ("membership_fees", EngineJSON.money(fees.reduce(.zero) { $0 + $1.membershipFee })),
      ("tariffs", EngineJSON.money(fees.reduce(.zero) { $0 + $1.tariffs })),
      ("revenue", EngineJSON.money(revenue)), ("balanced", .bool(balanced)),
      ("excluded", EngineJSON.strings(excluded)), ("notes", .array(notes.map(\.json))),
    ])
  }
}
