import NuvolaSupport

/// Whether a site's connection is fast enough for the applications that leave it for the cloud: the
/// users who will reach them over the link, the bandwidth they need (thresholds of planning.json)
/// and the bandwidth the primary (non-backup) links give.
struct LinkNeed {
  enum Status { case enough, upgrade, unknown }

  var site: String
  /// Applications of the site that move to the cloud, sorted.
  var applications: [String]
  var users: Int
  var usersKnown: Bool
  var needDown: Double
  var needUp: Double
  var haveDown: Double?
  var haveUp: Double?
  var status: Status
  var facts: [FindingEvidence]

  /// One need per site that has applications moving to the cloud, sorted by site.
  static func needs(
    facts: PlanFacts, decisions: [ApplicationDecision], defaults: inout PlanDefaults
  ) -> [LinkNeed] {
    var bySite: [String: [ApplicationDecision]] = [:]
    for decision in decisions where decision.disposition == .migrate {
      guard let site = decision.site, facts.sites[site] != nil else { continue }
      bySite[site, default: []].append(decision)
    }
    var needs: [LinkNeed] = []
    for site in bySite.keys.sorted() {
      let moving = bySite[site]!.sorted { $0.applicationId < $1.applicationId }
      // The same people use several applications: the largest user base sets the need.
      let userCounts = moving.compactMap { facts.applications[$0.applicationId]?.users }
      let users = userCounts.max() ?? 0
      let purpose = PlanPurpose.connectivity
      let needDown = max(
        defaults.value("min_down_mbps", for: purpose),
        Double(users) * defaults.value("down_mbps_per_saas_user", for: purpose))
      let needUp = max(
        defaults.value("min_up_mbps", for: purpose),
        Double(users) * defaults.value("up_mbps_per_saas_user", for: purpose))
      let primary = (facts.links[site] ?? []).filter { $0.backup != true }.sorted { $0.id < $1.id }
      var evidence: [FindingEvidence] = []
      for link in primary {
        evidence.append(
          FindingEvidence(.link, link.id, field: "down_mbps", value: link.down.map(JSON.format)))
        evidence.append(FindingEvidence(.link, link.id, field: "up_mbps", value: link.up.map(JSON.format)))
      }
      if primary.isEmpty { evidence.append(FindingEvidence(.site, site, field: "links")) }
      let known = !primary.isEmpty && primary.allSatisfy { $0.down != nil && $0.up != nil }
      let haveDown = known ? primary.compactMap(\.down).reduce(0, +) : nil
      let haveUp = known ? primary.compactMap(\.up).reduce(0, +) : nil
      let status: Status
      if let haveDown, let haveUp {
        status = haveDown < needDown || haveUp < needUp ? .upgrade : .enough
      } else {
        status = .unknown
      }
      needs.append(
        LinkNeed(
          site: site, applications: moving.map(\.applicationId), users: users,
          usersKnown: userCounts.count == moving.count, needDown: needDown, needUp: needUp,
          haveDown: haveDown, haveUp: haveUp, status: status, facts: evidence))
    }
    return needs
  }

  /// `have 20/2 Mbit/s, need 30/5 Mbit/s for 12 users`.
  var arithmetic: BilingualText {
    let have = haveDown.map { "\(JSON.format($0))/\(JSON.format(haveUp ?? 0))" }
    let need = "\(JSON.format(needDown))/\(JSON.format(needUp))"
    return BilingualText(
      key: "plan.link_need",
      ["have": have ?? BilingualText(key: "plan.link_need.unknown"), "need": need, "users": users])
  }
}
