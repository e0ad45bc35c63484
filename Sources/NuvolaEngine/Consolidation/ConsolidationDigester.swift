import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// Turns each comune into a `ConsolidationMember`: from its stored inventory, or from the register
/// alone. Pure: the rules and the register are given, each call reads one value and returns one.
///
/// Built once per run; a region is digested one snapshot at a time, so memory holds digests, never
/// all inventories at once.
public struct ConsolidationDigester: Sendable {
  public let rules: RuleBook
  public let register: Register
  let fundingTable: RegisterFunding

  public init(rules: RuleBook, register: Register) {
    self.rules = rules
    self.register = register
    fundingTable = RegisterFunding(rules: rules)
  }

  /// A comune known only from the register: population (2011 census) and an estimated spend.
  public func member(registerEntry entry: RegisterEntry) -> ConsolidationMember {
    let population = PopulationFigure.fromRegister(entry, override: nil)
    var member = ConsolidationMember(
      istatCode: entry.istatCode, name: entry.name, province: entry.province, population: population,
      cluster: rules.consolidation.clusters.cluster(for: population.value), snapshot: nil, spend: .unknown,
      categories: [:], applicationsWithoutCost: 0, itemisedExceedsDeclared: false, sites: [],
      physicalServers: 0,
      virtualMachines: 0, applications: 0, cloudApplications: 0, applicationsByDomain: [:],
      applicationsWithoutDomain: 0, products: [], readiness: nil,
      funding: fundingTable.row(for: entry).amounts, fundingChecked: false)
    if let value = population.value, let perInhabitant = rules.spendPerInhabitant {
      member.spend = .estimate(population: value, perInhabitant: perInhabitant)
      member.categories[.estimated] = member.spend.value
    }
    return member
  }

  /// A comune with an inventory: everything the analysis needs, computed from the snapshot.
  public func member(_ snapshot: Snapshot) -> ConsolidationMember {
    let inventory = snapshot.inventory
    let comune = inventory.comune
    let entry = register.entry(code: comune.istatCode)
    let population = PopulationFigure(comune: comune, register: register)
    let summary = InventorySummary(inventory)
    var member = ConsolidationMember(
      istatCode: comune.istatCode, name: entry?.name ?? comune.name ?? comune.istatCode,
      province: entry?.province ?? "", population: population,
      cluster: rules.consolidation.clusters.cluster(for: population.value), snapshot: snapshot.info,
      spend: .unknown, categories: [:], applicationsWithoutCost: summary.applicationsWithoutCost,
      itemisedExceedsDeclared: false, sites: sites(inventory), physicalServers: summary.physicalServers,
      virtualMachines: summary.virtualMachines, applications: summary.applicationCount,
      cloudApplications: summary.cloudApplications, applicationsByDomain: [:], applicationsWithoutDomain: 0,
      products: products(inventory), readiness: nil, funding: [], fundingChecked: true)
    for application in inventory.applications {
      if let domain = application.domain {
        member.applicationsByDomain[domain, default: 0] += 1
      } else {
        member.applicationsWithoutDomain += 1
      }
    }
    fillSpend(&member, inventory: inventory)
    member.readiness = readiness(inventory, sites: member.sites)
    member.funding = fundingAmounts(inventory, population: population)
    return member
  }

  // MARK: Spend

  /// Itemised categories from the records; the rest of a declared spend, or of an estimate, after them.
  func fillSpend(_ member: inout ConsolidationMember, inventory: Inventory) {
    func add(_ category: SpendCategory, _ amounts: [Money?]) {
      let known = amounts.compactMap { $0 }
      if !known.isEmpty { member.categories[category] = known.reduce(.zero, +) }
    }
    add(.software, inventory.applications.map(\.yearlyCost))
    add(.hardwareMaintenance, inventory.assets.map(\.maintenanceCost))
    add(.sites, inventory.sites.flatMap { [$0.energyCost, $0.maintenanceCost] })
    add(.connectivity, inventory.links.map(\.yearlyCost))
    let itemised = member.categories.values.reduce(Money.zero, +)
    if let declared = inventory.comune.ictSpend {
      member.spend = .declared(declared)
      member.itemisedExceedsDeclared = itemised > declared
      member.categories[.unitemised] = max(.zero, declared - itemised)
    } else if let value = member.population.value, let perInhabitant = rules.spendPerInhabitant {
      member.spend = .estimate(population: value, perInhabitant: perInhabitant)
      // Only the part of the estimate that the records do not already itemise is an estimate.
      member.categories[.estimated] = max(.zero, (member.spend.value ?? .zero) - itemised)
    }
  }

  // MARK: Sites

  func sites(_ inventory: Inventory) -> [SiteDigest] {
    ConsolidationDigester.sites(inventory, classification: classifyCEDs(inventory, rules: rules))
  }

  /// The digest of every classified site; the plan uses the same test of a network-only site
  /// (`runsWorkloads`), so that a closet of switches is never "closed" by either.
  static func sites(_ inventory: Inventory, classification: CEDClassification) -> [SiteDigest] {
    var assetSite: [String: String] = [:]
    for asset in inventory.assets { if let site = asset.site { assetSite[asset.id] = site } }
    // A VM stands where its host stands.
    for asset in inventory.assets where asset.site == nil {
      if let host = asset.host, let site = assetSite[host] { assetSite[asset.id] = site }
    }
    var servers: [String: Int] = [:]
    var storage: [String: Int] = [:]
    var maintenance: [String: Money] = [:]
    for asset in inventory.assets {
      guard let site = asset.site else { continue }
      switch asset.kind {
      case .server, .virtualizationHost: servers[site, default: 0] += asset.count
      case .storage, .nas: storage[site, default: 0] += asset.count
      default: break
      }
      if asset.kind.isDataCentreEquipment, let cost = asset.maintenanceCost {
        maintenance[site, default: .zero] += cost
      }
    }
    var applications: [String: Int] = [:]
    for application in inventory.applications where application.deployment?.isCloud != true {
      guard let site = application.site ?? application.asset.flatMap({ assetSite[$0] }) else { continue }
      applications[site, default: 0] += 1
    }
    let byId = Dictionary(inventory.sites.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    return classification.sites.map { result in
      let site = byId[result.siteId]
      let costs = [site?.energyCost, site?.maintenanceCost]
      return SiteDigest(
        id: result.siteId, name: result.siteName, kind: result.siteKind, cedClass: result.cedClass,
        physicalServers: servers[result.siteId] ?? 0, storageDevices: storage[result.siteId] ?? 0,
        onPremiseApplications: applications[result.siteId] ?? 0,
        runningCost: costs.compactMap { $0 }.reduce(.zero, +), runningCostIncomplete: costs.contains(nil),
        equipmentMaintenance: maintenance[result.siteId] ?? .zero, itLoad: site?.itLoad)
    }
  }

  // MARK: Products

  func products(_ inventory: Inventory) -> [ProductUse] {
    var uses: [String: ProductUse] = [:]
    for application in inventory.applications.sorted(by: { $0.id < $1.id }) {
      guard let key = ProductUse.key(vendor: application.vendor, product: application.product),
        let product = application.product
      else { continue }
      var use =
        uses[key]
        ?? ProductUse(
          key: key, vendor: application.vendor, product: product, applications: 0, knownCost: .zero,
          unknownCosts: 0, domains: [])
      use.applications += 1
      if let cost = application.yearlyCost { use.knownCost += cost } else { use.unknownCosts += 1 }
      if let domain = application.domain, !use.domains.contains(domain) {
        use.domains.append(domain)
        use.domains.sort {
          ServiceDomain.allCases.firstIndex(of: $0)! < ServiceDomain.allCases.firstIndex(of: $1)!
        }
      }
      uses[key] = use
    }
    return uses.keys.sorted().map { uses[$0]! }
  }

  // MARK: Readiness

  func readiness(_ inventory: Inventory, sites: [SiteDigest]) -> ReadinessScore {
    let applications = inventory.applications
    var shares: [ReadinessFactor: Int?] = [:]
    shares[.cloudShare] = ConsolidationDigester.perMille(
      applications.count(where: { $0.deployment?.isCloud == true }), of: applications.count)
    let workloadSites = sites.filter(\.runsWorkloads)
    shares[.noGruppoB] =
      workloadSites.isEmpty
      ? 1000
      : ConsolidationDigester.perMille(
        workloadSites.count(where: { $0.cedClass == .a }), of: workloadSites.count)
    shares[.connectivity] = connectivityShare(inventory.links)
    shares[.itStaff] = inventory.comune.itStaff.map { $0 > 0 ? 1000 : 0 }
    shares[.knownFacts] = ConsolidationDigester.perMille(
      applications.count(where: { $0.deployment != nil && $0.yearlyCost != nil && $0.dataClass != nil }),
      of: applications.count)
    return ReadinessScore(shares: shares, weights: rules.consolidation.readinessWeights)
  }

  /// 1000 when a link reaches the audit's minimum for cloud services, 0 when every link is known to
  /// be slower, unknown otherwise (no links, or speeds not given).
  func connectivityShare(_ links: [Link]) -> Int? {
    let minimumDown = rules.auditThresholds.number("min_down_mbps")
    let minimumUp = rules.auditThresholds.number("min_up_mbps")
    guard !links.isEmpty else { return nil }
    if links.contains(where: { ($0.down ?? 0) >= minimumDown && ($0.up ?? 0) >= minimumUp }) { return 1000 }
    return links.allSatisfy { $0.down != nil && $0.up != nil } ? 0 : nil
  }

  /// `part / whole` in thousandths, rounded half up; nil when there is nothing to measure.
  static func perMille(_ part: Int, of whole: Int) -> Int? {
    whole == 0 ? nil : (part * 1000 + whole / 2) / whole
  }

  // MARK: Funding

  /// The amount of each register column, zero for a measure the inventory shows is not eligible
  /// (everything already in the cloud, for 1.2), unknown when the rules do not give it.
  func fundingAmounts(_ inventory: Inventory, population: PopulationFigure) -> [Money?] {
    let assessment = funding(for: inventory, population: population, rules: rules)
    return fundingTable.columns.map { column in
      guard let measure = assessment.measure(column.measureCode) else { return nil }
      if measure.eligibility == .notEligible { return .zero }
      return measure.components.first { $0.component.key == column.component.key }?.amount
    }
  }
}
