import NuvolaSupport

/// The rules of `nuvola consolidate` (consolidation.json): population clusters, the volume-discount
/// model of joint procurement, shared contracts, the shared service centre's cost and fee model,
/// readiness weights and rollout. Each value carries its source or is marked as an assumption.
///
/// Amounts are whole cents and rates whole basis points, checked at load, so that every saving and
/// fee is exact and the same on every machine.
public struct ConsolidationRules: Sendable, Equatable {
  public static let kind = "consolidation"

  public var provenance: RuleProvenance
  public var clusters: ClusterBoundaries
  public var volumeDiscount: VolumeDiscount
  public var baseServices: BaseServices
  /// Every scalar value with its unit, source and status, for reports to cite.
  public var values: RuleParameters

  /// Saving of a contract shared by comuni running the same product, in basis points.
  public let sharedContractBasisPoints: Int
  public let sharedContractMinComuni: Int
  public let centreFixedCost: Money
  public let centreStaffCostPerFTE: Money
  public let centreMembersPerFTE: Int
  public let centrePlatformCostPerInhabitant: Money
  /// Tariff of one service on request for a year, by cluster key.
  public let tariffs: [String: Money]
  /// Points of 100 per readiness factor; they add up to 100.
  public let readinessWeights: [ReadinessFactor: Int]
  public let waveSize: Int

  static let requiredValues =
    [
      "shared_contract_rate", "shared_contract_min_comuni", "centre_fixed_yearly_cost",
      "centre_staff_cost_per_fte", "centre_members_per_fte", "centre_platform_cost_per_inhabitant",
      "rollout_wave_size",
    ] + ReadinessFactor.allCases.map(\.parameterKey)

  /// The key of the tariff of a cluster in the `values` object.
  public static func tariffKey(_ cluster: String) -> String { "on_request_tariff_" + cluster }

  /// The tariff of a service on request for a comune of this cluster; nil for an unknown population.
  public func tariff(for cluster: ClusterBoundaries.Cluster?) -> Money? {
    cluster.flatMap { tariffs[$0.key] }
  }

  init(_ node: RuleNode, provenance: RuleProvenance) throws(InputError) {
    self.provenance = provenance
    clusters = try ClusterBoundaries(node.member("clusters"))
    volumeDiscount = try VolumeDiscount(node.member("volume_discount"))
    baseServices = try BaseServices(node.member("base_services"))
    let valuesNode = try node.member("values")
    let required =
      ConsolidationRules.requiredValues + clusters.clusters.map { ConsolidationRules.tariffKey($0.key) }
    values = try RuleParameters(node, provenance: provenance, required: required)

    func entry(_ key: String) throws(InputError) -> RuleNode { try valuesNode.member(key).member("value") }
    sharedContractBasisPoints = try VolumeDiscount.basisPoints(entry("shared_contract_rate"))
    sharedContractMinComuni = try entry("shared_contract_min_comuni").int(2...100_000)
    centreFixedCost = try entry("centre_fixed_yearly_cost").money()
    centreStaffCostPerFTE = try entry("centre_staff_cost_per_fte").money()
    centreMembersPerFTE = try entry("centre_members_per_fte").int(1...100_000)
    centrePlatformCostPerInhabitant = try entry("centre_platform_cost_per_inhabitant").money()
    waveSize = try entry("rollout_wave_size").int(1...100_000)
    var tariffs: [String: Money] = [:]
    for cluster in clusters.clusters {
      tariffs[cluster.key] = try entry(ConsolidationRules.tariffKey(cluster.key)).money()
    }
    self.tariffs = tariffs
    var weights: [ReadinessFactor: Int] = [:]
    for factor in ReadinessFactor.allCases {
      weights[factor] = try entry(factor.parameterKey).int(0...100)
    }
    // Weights are points of 100, so that a score reads as a percentage without rescaling.
    let total = weights.values.reduce(0, +)
    guard total == 100 else {
      throw valuesNode.failure(
        "readiness weights add up to \(total)", expected: "readiness_weight_* values adding up to 100")
    }
    readinessWeights = weights
  }

  public var json: JSON {
    var parameters: [(String, JSON)] = []
    for key in values.values.keys.sorted() { parameters.append((key, values.values[key]!.json)) }
    return .object([
      ("provenance", provenance.json),
      ("clusters", clusters.json),
      ("volume_discount", volumeDiscount.json),
      ("base_services", baseServices.json),
      ("values", .object(parameters)),
    ])
  }
}
