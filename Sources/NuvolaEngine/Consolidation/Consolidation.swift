import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// Analyses the consolidation of the given comuni: today, joint procurement, shared service centre,
/// clusters and rollout. Pure: every input is a value, and the same members give the same analysis
/// (members are taken by ISTAT code, whatever order they come in).
public func consolidate(
  _ members: [ConsolidationMember], rules: RuleBook, options: ConsolidationOptions
) -> ConsolidationAnalysis {
  var seen: Set<String> = []
  let sorted = members.sorted { $0.istatCode < $1.istatCode }.filter { seen.insert($0.istatCode).inserted }
  let products = Consolidation.products(sorted, rules: rules.consolidation)
  return ConsolidationAnalysis(
    area: options.area, members: sorted,
    today: Consolidation.today(sorted, products: products, rules: rules.consolidation),
    procurement: Consolidation.procurement(sorted, products: products, rules: rules.consolidation),
    centre: Consolidation.centre(sorted, rules: rules.consolidation, options: options),
    clusters: Consolidation.clusters(sorted, rules: rules.consolidation),
    rollout: Consolidation.rollout(sorted, rules: rules, options: options),
    notes: Consolidation.notes(sorted), rules: rules.consolidation,
    spendPerInhabitant: rules.spendPerInhabitant)
}

/// The sections of `consolidate(_:rules:options:)`, one function each.
enum Consolidation {
  /// `amount x basisPoints / 10,000`, rounded half up to the cent (amounts here are never negative).
  static func share(_ amount: Money, basisPoints: Int) -> Money {
    Money(cents: (amount.cents * Int64(basisPoints) + 5_000) / 10_000)
  }

  // MARK: Today

  /// Every product run by a member, with the comuni running it and what a shared contract saves.
  static func products(_ members: [ConsolidationMember], rules: ConsolidationRules) -> [SharedProduct] {
    var byKey: [String: SharedProduct] = [:]
    // Per comune, then summed: each comune's saving is what it sees on its own contract line.
    var savings: [String: Money] = [:]
    for member in members {
      for use in member.products {
        savings[use.key, default: .zero] += share(use.knownCost, basisPoints: rules.sharedContractBasisPoints)
        var product =
          byKey[use.key]
          ?? SharedProduct(
            key: use.key, vendor: use.vendor, product: use.product, comuni: [], applications: 0,
            knownCost: .zero, applicationsWithoutCost: 0, domains: [], isShared: false, saving: .zero)
        product.comuni.append(member.istatCode)
        product.applications += use.applications
        product.knownCost += use.knownCost
        product.applicationsWithoutCost += use.unknownCosts
        for domain in use.domains where !product.domains.contains(domain) { product.domains.append(domain) }
        byKey[use.key] = product
      }
    }
    let order = Dictionary(uniqueKeysWithValues: ServiceDomain.allCases.enumerated().map { ($1, $0) })
    var products: [SharedProduct] = []
    for key in byKey.keys {
      var product = byKey[key]!
      product.domains.sort { order[$0]! < order[$1]! }
      product.isShared = product.comuni.count >= rules.sharedContractMinComuni
      if product.isShared { product.saving = savings[key] ?? .zero }
      products.append(product)
    }
    return products.sorted {
      ($0.comuni.count, $0.knownCost.cents, $1.key) > ($1.comuni.count, $1.knownCost.cents, $0.key)
    }
  }

  static func today(_ members: [ConsolidationMember], products: [SharedProduct], rules: ConsolidationRules)
    -> TodayPicture
  {
    var today = TodayPicture()
    var domainApplications: [ServiceDomain: Int] = [:]
    var domainComuni: [ServiceDomain: Int] = [:]
    for member in members {
      today.comuni += 1
      if member.hasInventory { today.withInventory += 1 }
      if let value = member.population.value {
        today.population += value
      } else {
        today.populationUnknown += 1
      }
      switch member.spend.status {
      case .declared:
        today.spendDeclared += member.spend.value ?? .zero
        today.comuniDeclared += 1
      case .estimate:
        today.spendEstimated += member.spend.value ?? .zero
        today.comuniEstimated += 1
      case .unknown:
        today.comuniSpendUnknown += 1
      }
      today.sitesClassA += member.sitesOf(.a)
      today.sitesGruppoB += member.sitesOf(.gruppoB)
      today.workloadSites += member.sites.count(where: \.runsWorkloads)
      today.physicalServers += member.physicalServers
      today.virtualMachines += member.virtualMachines
      today.applications += member.applications
      today.cloudApplications += member.cloudApplications
      today.applicationsWithoutCost += member.applicationsWithoutCost
      for (domain, count) in member.applicationsByDomain {
        domainApplications[domain, default: 0] += count
        domainComuni[domain, default: 0] += 1
      }
    }
    today.domains = ServiceDomain.allCases.compactMap { domain in
      guard let applications = domainApplications[domain] else { return nil }
      return TodayPicture.DomainUse(
        domain: domain, applications: applications, comuni: domainComuni[domain] ?? 0,
        isBase: rules.baseServices.isBase(domain))
    }
    var vendors: [String: (name: String, comuni: Set<String>, applications: Int, cost: Money)] = [:]
    for product in products {
      guard let vendor = product.vendor, !Register.foldName(vendor).isEmpty else { continue }
      let key = Register.foldName(vendor)
      var entry = vendors[key] ?? (vendor, [], 0, .zero)
      entry.comuni.formUnion(product.comuni)
      entry.applications += product.applications
      entry.cost += product.knownCost
      vendors[key] = entry
    }
    today.vendors = vendors.keys.sorted().map {
      let entry = vendors[$0]!
      return TodayPicture.VendorUse(
        vendor: entry.name, comuni: entry.comuni.count, applications: entry.applications,
        knownCost: entry.cost)
    }.sorted { ($0.comuni, $1.vendor) > ($1.comuni, $0.vendor) }
    today.products = products
    return today
  }

  // MARK: Clusters

  static func clusters(_ members: [ConsolidationMember], rules: ConsolidationRules) -> [ClusterSummary] {
    var summaries =
      rules.clusters.clusters.map { ClusterSummary(cluster: $0) } + [ClusterSummary(cluster: nil)]
    for member in members {
      let index =
        member.cluster.flatMap { cluster in summaries.firstIndex { $0.cluster == cluster } }
        ?? summaries.count - 1
      summaries[index].comuni += 1
      summaries[index].population += member.population.value ?? 0
      if let readiness = member.readiness {
        summaries[index].withInventory += 1
        summaries[index].readinessTenths += readiness.tenths
      }
      switch member.spend.status {
      case .declared: summaries[index].spendDeclared += member.spend.value ?? .zero
      case .estimate: summaries[index].spendEstimated += member.spend.value ?? .zero
      case .unknown: break
      }
    }
    return summaries
  }

  // MARK: Notes

  static func notes(_ members: [ConsolidationMember]) -> [BilingualText] {
    var notes: [BilingualText] = []
    let registerOnly = members.count(where: { !$0.hasInventory })
    if registerOnly > 0 {
      notes.append(
        BilingualText(
          key: "consolidation.comuni_without_an_inventory_register", ["register_only": registerOnly]))
    }
    let unknownPopulation = members.filter { $0.population.value == nil }
    if !unknownPopulation.isEmpty {
      let names = unknownPopulation.map(\.label).joined(separator: ", ")
      notes.append(
        BilingualText(key: "consolidation.population_unknown_comuni_created_after", ["names": names]))
    }
    let exceeding = members.filter(\.itemisedExceedsDeclared)
    if !exceeding.isEmpty {
      let names = exceeding.map(\.label).joined(separator: ", ")
      notes.append(
        BilingualText(key: "consolidation.itemised_costs_above_the_declared", ["names": names]))
    }
    return notes
  }
}
