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
      let reason = BilingualText(it: "indicato con --centre", en: "named with --centre")
      if let site = bestSite(seat) {
        return (seat, reason, (seat, site), hostReason(seat, site))
      }
      let alternatives = others(seat.istatCode)
      return (
        seat, reason, nil,
        BilingualText(
          it: "\(seat.label) non ha siti di classe A: i servizi del centro vanno in cloud qualificato"
            + (alternatives.isEmpty ? "." : "; potrebbero ospitarli i siti di classe A di: \(alternatives)."),
          en: "\(seat.label) has no class-A site: the centre's services go to qualified cloud"
            + (alternatives.isEmpty ? "." : "; class-A sites that could host them: \(alternatives)."))
      )
    }
    if let seat = withClassA.first, let site = bestSite(seat) {
      return (
        seat,
        BilingualText(
          it: "il comune più grande con un sito di classe A", en: "the largest comune with a class-A site"),
        (seat, site), hostReason(seat, site)
      )
    }
    let largest = members.sorted(by: larger).first
    return (
      largest,
      BilingualText(it: "il comune più grande", en: "the largest comune"), nil,
      BilingualText(
        it: "Nessun comune ha un sito di classe A: tutto va in cloud qualificato (AgID: i CED di Gruppo B "
          + "migrano verso cloud qualificato o PSN).",
        en: "No comune runs a class-A site: everything goes to qualified cloud (AgID: Gruppo B data centres "
          + "migrate to qualified cloud or the PSN).")
    )
  }

  static func hostReason(_ member: ConsolidationMember, _ site: SiteDigest) -> BilingualText {
    BilingualText(
      it:
        "Il sito di classe A \(site.id) (\(site.name)) di \(member.label) può ospitare i servizi dei CED che "
        + "chiudono, nei limiti della capacità attuale: la classe A non può espandersi (Piano Triennale); "
        + "in alternativa, cloud qualificato.",
      en: "Class-A site \(site.id) (\(site.name)) of \(member.label) can host the services of the CEDs that "
        + "close, within its present capacity: class A may not expand (Piano Triennale); the alternative "
        + "is qualified cloud.")
  }

  static func decide(
    _ site: SiteDigest, of member: ConsolidationMember, isHost: Bool, destination: SharedCentre.Destination
  ) -> SiteDecision {
    let action: SiteDecision.Action
    let reason: BilingualText
    if isHost {
      action = .host
      reason = BilingualText(
        it: "classe A: ospita i servizi dei CED che chiudono",
        en: "class A: hosts the services of the CEDs that close")
    } else if !site.runsWorkloads {
      action = .networkOnly
      reason = BilingualText(
        it: "nessun server, storage o applicazione: non è un CED da chiudere",
        en: "no servers, storage or applications: not a CED to close")
    } else if site.cedClass == .a {
      action = .keep
      reason = BilingualText(
        it: "classe A: può restare ma non espandersi; entra nel centro a fine vita degli apparati",
        en: "class A: may stay but not expand; joins the centre when its equipment ends")
    } else {
      action = .close
      switch destination {
      case .site(let code, let id, let name):
        reason = BilingualText(
          it: "Gruppo B: va chiuso (AgID); servizi verso il sito di classe A \(id) (\(name)) di \(code) "
            + "o cloud qualificato",
          en: "Gruppo B: must close (AgID); services to class-A site \(id) (\(name)) of \(code) "
            + "or qualified cloud")
      case .qualifiedCloud:
        reason = BilingualText(
          it: "Gruppo B: va chiuso (AgID); servizi verso cloud qualificato",
          en: "Gruppo B: must close (AgID); services to qualified cloud")
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
      BilingualText(
        it: "Quota associativa per abitante a copertura dei servizi base; tariffe al costo per i servizi a "
          + "richiesta (CST Liguria). I costi del modello sono ipotesi (consolidation.json).",
        en: "Membership fee per inhabitant covering the base services; tariffs at cost for services on "
          + "request (CST Liguria). The model's costs are assumptions (consolidation.json)."),
      BilingualText(
        it:
          "\"Preso in carico\": costo noto delle applicazioni e dei siti che chiudono, che il centro "
          + "sostituisce.",
        en:
          "\"Taken over\": known cost of the applications and of the closing sites, which the centre "
          + "replaces."
      ),
    ]
    let registerOnly = payers.count(where: { !$0.hasInventory })
    if registerOnly > 0 {
      notes.append(
        BilingualText(
          it:
            "\(registerOnly) comuni senza inventario pagano la quota; i loro servizi a richiesta sono "
            + "sconosciuti.",
          en:
            "\(registerOnly) comuni without an inventory pay the fee; their services on request are unknown.")
      )
    }
    let excluded = members.count - payers.count
    if excluded > 0 {
      notes.append(
        BilingualText(
          it: "\(excluded) comuni con popolazione sconosciuta restano fuori dal modello delle quote.",
          en: "\(excluded) comuni of unknown population are left out of the fee model."))
    }
    return notes
  }
}
