import NuvolaModel
import NuvolaSupport

/// The rules of `nuvola plan` (planning.json): Sondrio's domain order for the waves, the strategy
/// rules of the AgID manual, where each ACN class may go, which deadlines apply, what closing a CED
/// switches off, and every cost default with its source or marked as an assumption.
public struct PlanningRules: Sendable, Equatable {
  public static let kind = "planning"

  /// A group of domains that move together in the default order (Sondrio: contabilita, atti...).
  public struct DomainGroup: Sendable, Equatable {
    public var id: String
    public var label: BilingualText
    public var domains: [ServiceDomain]
  }

  /// Where an ACN class is planned: an ACN-qualified cloud, or the Polo Strategico Nazionale.
  public enum Host: String, Sendable, CaseIterable {
    case qualifiedCloud = "qualified_cloud"
    case psn
  }

  public var provenance: RuleProvenance
  /// Groups in wave order; domains not listed form the last group, `rest`.
  public var domainGroups: [DomainGroup]
  public var rest: DomainGroup
  public var domainOrderSource: RuleSource
  public var domainOrderNote: String?
  /// Strategy rules in priority order: the first whose facts all hold decides.
  public var strategyRules: [PlanningStrategyRule]
  /// The strategy when no rule holds (marked as Nuvola's assumption).
  public var fallback: PlanningStrategyRule
  public var hosts: [DataClass: Host]
  public var hostsSource: RuleSource
  public var hostsNote: String?
  /// The measure whose deadlines the plan checks (`1.2`) and the ids of those deadlines.
  public var deadlineMeasure: String
  public var classifiedDeadlineId: String
  public var fundingDeadlineId: String
  /// Asset kinds switched off when a CED closes; the others (network) stay for the offices.
  public var closureRemovesKinds: [AssetKind]
  public var closureSource: RuleSource
  /// Remedies by asset kind and for repurchases, local systems and SaaS contracts; nil when a
  /// planning.json of the user leaves the section out (the plan then gives no asset remedies).
  public var remedies: RemedyRules?
  /// Every number with unit, source and status.
  public var values: RuleParameters
  /// The same numbers by key, for the planner's inner loops (a parameter carries many strings).
  public var numbers: [String: Double]

  /// Keys the planner reads; a planning.json without them is rejected at load.
  static let requiredValues: [String] =
    [
      "down_mbps_per_saas_user", "up_mbps_per_saas_user", "min_down_mbps", "min_up_mbps",
      "link_upgrade_one_off", "link_upgrade_yearly_extra", "migration_per_gb", "cloud_fee_minimum",
      "refresh_deferral_max_months", "staff_hour_cost", "staff_hours_onprem_application",
      "staff_hours_cloud_application", "staff_hours_physical_server", "funding_payment_lag_months",
    ]
    + Strategy.allCases.map { "migration_one_off_" + $0.rawValue }.filter { $0 != "migration_one_off_retain" }
    + [Strategy.rehost, .replatform, .repurchase, .refactor].map { "cloud_fee_ratio_" + $0.rawValue }

  /// The index of the group of a domain in the wave order; unknown and unlisted domains are `rest`.
  public func groupIndex(of domain: ServiceDomain?) -> Int {
    guard let domain else { return domainGroups.count }
    return domainGroups.firstIndex { $0.domains.contains(domain) } ?? domainGroups.count
  }

  /// The group at an index given by `groupIndex(of:)`.
  public func group(at index: Int) -> DomainGroup {
    index < domainGroups.count ? domainGroups[index] : rest
  }

  /// The replacement cycle of an asset kind in years, when planning.json gives one.
  public func lifetime(of kind: AssetKind) -> RuleParameters.Parameter? {
    values["lifetime_" + kind.rawValue]
  }

  /// The price of replacing one asset of this kind, when planning.json gives one.
  public func refreshCost(of kind: AssetKind) -> RuleParameters.Parameter? {
    values["refresh_cost_" + kind.rawValue]
  }

  init(_ node: RuleNode, provenance: RuleProvenance) throws(InputError) {
    self.provenance = provenance
    let orderNode = try node.member("domain_order")
    domainOrderSource = try RuleSource(orderNode.member("source"))
    domainOrderNote = try orderNode.optionalString("note")
    var groups: [DomainGroup] = []
    var seen: Set<ServiceDomain> = []
    for item in try orderNode.items("groups") {
      var domains: [ServiceDomain] = []
      for domainNode in try item.items("domains") {
        guard let domain = ServiceDomain(rawValue: try domainNode.string()) else {
          throw domainNode.failure("unknown domain", expected: "a domain code of the inventory format")
        }
        guard seen.insert(domain).inserted else {
          throw domainNode.failure("domain listed twice", expected: "each domain in one group")
        }
        domains.append(domain)
      }
      groups.append(DomainGroup(id: try item.string("id"), label: try BilingualText(item), domains: domains))
    }
    domainGroups = groups
    let restNode = try orderNode.member("rest")
    rest = DomainGroup(id: try restNode.string("id"), label: try BilingualText(restNode), domains: [])

    var rules: [PlanningStrategyRule] = []
    for item in try node.items("strategy_rules") {
      let rule = try PlanningStrategyRule(item, requireConditions: true)
      if rules.contains(where: { $0.id == rule.id }) {
        throw try item.member("id").failure("duplicate rule id", expected: "unique ids")
      }
      rules.append(rule)
    }
    strategyRules = rules
    fallback = try PlanningStrategyRule(node.member("fallback"), requireConditions: false)

    let destinationsNode = try node.member("destinations")
    hostsSource = try RuleSource(destinationsNode.member("source"))
    hostsNote = try destinationsNode.optionalString("note")
    var hosts: [DataClass: Host] = [:]
    let byClass = try destinationsNode.member("by_class")
    for dataClass in DataClass.allCases {
      let hostNode = try byClass.member(dataClass.rawValue)
      guard let host = Host(rawValue: try hostNode.string()) else {
        throw hostNode.failure("unknown destination", expected: "qualified_cloud or psn")
      }
      hosts[dataClass] = host
    }
    self.hosts = hosts

    let deadlines = try node.member("deadlines")
    deadlineMeasure = try deadlines.string("measure")
    classifiedDeadlineId = try deadlines.string("classified_services")
    fundingDeadlineId = try deadlines.string("funding_close")

    let closure = try node.member("ced_closure")
    closureSource = try RuleSource(closure.member("source"))
    var kinds: [AssetKind] = []
    for item in try closure.items("removes_kinds") {
      guard let kind = AssetKind(rawValue: try item.string()) else {
        throw item.failure("unknown asset kind", expected: AssetKind.codes.joined(separator: ", "))
      }
      kinds.append(kind)
    }
    closureRemovesKinds = kinds
    remedies = try node.optionalMember("remedies").map { (item) throws(InputError) in try RemedyRules(item) }

    values = try RuleParameters(node, provenance: provenance, required: PlanningRules.requiredValues)
    numbers = values.values.mapValues(\.value)
  }
}
