import NuvolaModel
import NuvolaRules
import NuvolaSupport

extension Consolidation {
  /// The shared service centre: where it runs, what closes, what it costs and who pays what.
  static func centre(
    _ members: [ConsolidationMember], rules: ConsolidationRules, options: ConsolidationOptions
  ) -> SharedCentre {
    let (seat, seatReason, host, hostReason) = chooseHost(members, options: options)
    let destination: SharedCentre.Destination =
      host.map { .site(istatCode: $0.member.istatCode, siteId: $0.site.id, siteName: $0.site.name) }
      ?? .qualifiedCloud
    var decisions: [SiteDecision] = []
    for member in members where member.hasInventory {
      for site in member.sites {
        let isHost = host.map { $0.member.istatCode == member.istatCode && $0.site.id == site.id } ?? false
        decisions.append(decide(site, of: member, isHost: isHost, destination: destination))
      }
    }
    let closingCost = Dictionary(
      grouping: decisions.filter { $0.action == .close }, by: \.istatCode
    ).mapValues { $0.reduce(Money.zero) { $0 + $1.site.runningCost + $1.site.equipmentMaintenance } }

    let payers = members.filter { $0.population.value != nil && $0.cluster != nil }
    let population = payers.reduce(0) { $0 + ($1.population.value ?? 0) }
    var requests = 0
    var onRequest = Money.zero
    for member in payers where member.hasInventory {
      let count = member.domainsUsed.count(where: { !rules.baseServices.isBase($0) })
      requests += count
      onRequest += (rules.tariff(for: member.cluster) ?? .zero) * count
    }
    let cost = CentreCost(
      fixed: payers.isEmpty ? .zero : rules.centreFixedCost, members: payers.count,
      membersPerFTE: rules.centreMembersPerFTE,
      staffFTE: (payers.count + rules.centreMembersPerFTE - 1) / rules.centreMembersPerFTE,
      staffCostPerFTE: rules.centreStaffCostPerFTE,
      platformCostPerInhabitant: rules.centrePlatformCostPerInhabitant, population: population,
      onRequestServices: requests, onRequest: onRequest)
    let shares = ProportionalSplit.split(
      cost.base, weights: payers.map { (key: $0.istatCode, weight: $0.population.value ?? 0) })
    var fees: [MemberFee] = []
    for (member, share) in zip(payers, shares) {
      let software = member.amount(.software)
      fees.append(
        MemberFee(
          istatCode: member.istatCode, name: member.name, population: member.population.value ?? 0,
          clusterKey: member.cluster?.key ?? "", membershipFee: share.amount,
          remainderCent: share.remainderCent,
          requested: member.hasInventory ? member.domainsUsed.filter { !rules.baseServices.isBase($0) } : nil,
          tariff: rules.tariff(for: member.cluster) ?? .zero, spendToday: member.spend,
          takenOver: member.hasInventory ? software + (closingCost[member.istatCode] ?? .zero) : nil))
    }
    return SharedCentre(
      seat: seat?.istatCode, seatReason: seatReason, destination: destination, destinationReason: hostReason,
      candidates: decisions.filter { $0.site.cedClass == .a }, decisions: decisions,
      demand: demand(members, rules: rules), baseServices: rules.baseServices, cost: cost,
      feePerInhabitant: ProportionalSplit.perUnit(cost.base, weight: population), fees: fees,
      excluded: members.filter { $0.population.value == nil || $0.cluster == nil }.map(\.istatCode),
      notes: centreNotes(members, payers: payers))
  }

  typealias Host = (member: ConsolidationMember, site: SiteDigest)

  /// The seat and the class-A site that hosts, if any: the `--centre` comune's own class-A site;
  /// without `--centre`, the class-A site of the largest comune that has one; otherwise qualified cloud.
  static func chooseHost(_ members: [ConsolidationMember], options: ConsolidationOptions)
    -> (ConsolidationMember?, BilingualText, Host?, BilingualText)
  {
    func bestSite(_ member: ConsolidationMember) -> SiteDigest? {
      member.sites.filter { $0.cedClass == .a }.sorted {
        ($0.runsWorkloads ? 1 : 0, $0.itLoad ?? 0, $1.id) > ($1.runsWorkloads ? 1 : 0, $1.itLoad ?? 0, $0.id)
      }.first
    }
    func larger(_ a: ConsolidationMember, _ b: ConsolidationMember) -> Bool {
      (a.population.value ?? -1, b.istatCode) > (b.population.value ?? -1, a.istatCode)
    }
    let withClassA = members.filter { bestSite($0) != nil }.sorted(by: larger)
    let others = { (except: String) -> String in
      withClassA.filter { $0.istatCode != except }.map(\.label).joined(separator: ", ")
    }
    if let code = options.centre, let seat = members.first(where: { $0.istatCode == code }) {
      let reason = BilingualText(key: "consolidation.named_with_centre")
      if let site = bestSite(seat) {
        return (seat, reason, (seat, site), hostReason(seat, site))
      }
      let alternatives = others(seat.istatCode)
      return (
        seat, reason, nil,
        BilingualText(
          key: "consolidation.seat_without_class_a",
          [
            "seat": seat.label,
            "hosts": alternatives.isEmpty
              ? BilingualText(key: "consolidation.seat_without_class_a.none")
              : BilingualText(key: "consolidation.seat_without_class_a.hosts", ["comuni": alternatives]),
          ])
      )
    }
    if let seat = withClassA.first, let site = bestSite(seat) {
      return (
        seat,
        BilingualText(key: "consolidation.the_largest_comune_with_a"),
        (seat, site), hostReason(seat, site)
      )
    }
    let largest = members.sorted(by: larger).first
    return (
      largest,
      BilingualText(key: "consolidation.the_largest_comune"), nil,
      BilingualText(key: "consolidation.no_comune_runs_a_class")
    )
  }

  static func hostReason(_ member: ConsolidationMember, _ site: SiteDigest) -> BilingualText {
    BilingualText(
      key: "consolidation.class_a_site_of_can",
      [
        "site_id": site.id,
        "site_name": site.name,
        "member": member.label,
      ])
  }

  static func decide(
    _ site: SiteDigest, of member: ConsolidationMember, isHost: Bool, destination: SharedCentre.Destination
  ) -> SiteDecision {
    let action: SiteDecision.Action
    let reason: BilingualText
    if isHost {
      action = .host
      reason = BilingualText(key: "consolidation.class_a_hosts_the_services")
    } else if !site.runsWorkloads {
      action = .networkOnly
      reason = BilingualText(key: "consolidation.no_servers_storage_or_applications")
    } else if site.cedClass == .a {
      action = .keep
      reason = BilingualText(key: "consolidation.class_a_may_stay_but")
    } else {
      action = .close
      switch destination {
      case .site(let code, let id, let name):
        reason = BilingualText(
          key: "consolidation.gruppo_b_must_close_agid",
          [
            "id": id,
            "name": name,
            "code": code,
          ])
      case .qualifiedCloud:
        reason = BilingualText(key: "consolidation.gruppo_b_must_close_agid_2")
      }
    }
    return SiteDecision(
      istatCode: member.istatCode, comuneName: member.name, site: site, action: action, reason: reason)
  }

  /// Every base domain, and every domain on request some comune runs, with how many comuni use it.
  static func demand(_ members: [ConsolidationMember], rules: ConsolidationRules) -> [SharedCentre
    .DomainDemand]
  {
    var comuni: [ServiceDomain: Int] = [:]
    var applications: [ServiceDomain: Int] = [:]
    for member in members {
      for (domain, count) in member.applicationsByDomain {
        comuni[domain, default: 0] += 1
        applications[domain, default: 0] += count
      }
    }
    return ServiceDomain.allCases.compactMap { domain in
      let isBase = rules.baseServices.isBase(domain)
      guard isBase || comuni[domain] != nil else { return nil }
      return SharedCentre.DomainDemand(
        domain: domain, isBase: isBase, comuni: comuni[domain] ?? 0, applications: applications[domain] ?? 0)
    }
  }

  static func centreNotes(_ members: [ConsolidationMember], payers: [ConsolidationMember]) -> [BilingualText]
  {
    var notes = [
      BilingualText(key: "consolidation.membership_fee_per_inhabitant_covering"),
      BilingualText(key: "consolidation.taken_over_known_cost_of"),
    ]
    let registerOnly = payers.count(where: { !$0.hasInventory })
    if registerOnly > 0 {
      notes.append(
        BilingualText(
          key: "consolidation.comuni_without_an_inventory_pay", ["register_only": registerOnly])
      )
    }
    let excluded = members.count - payers.count
    if excluded > 0 {
      notes.append(
        BilingualText(key: "consolidation.comuni_of_unknown_population_are", ["excluded": excluded]))
    }
    return notes
  }
}
