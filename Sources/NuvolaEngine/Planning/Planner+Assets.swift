import NuvolaModel
import NuvolaRules
import NuvolaSupport

extension Planner {
  /// The remedy of every asset whose kind planning.json lists, in id order: retired with its service
  /// when its site closes or every application it runs moves, else replaced when past its end of life
  /// on the as-of day, else kept. Network equipment stays (a network-only site is never closed).
  func assetRemedies(_ placement: Placement, closures: Closures) -> [PlanAssetRemedy] {
    guard let rules = planning.remedies else { return [] }
    let today = options.asOf ?? options.start.firstDay
    var served: [String: [String]] = [:]
    for application in facts.orderedApplications {
      if let asset = application.asset { served[asset, default: []].append(application.id) }
    }
    var result: [PlanAssetRemedy] = []
    for asset in inventory.assets.sorted(by: { $0.id < $1.id }) {
      guard let kind = rules.byKind[asset.kind] else { continue }
      let site = asset.site ?? asset.host.flatMap { facts.assets[$0]?.site }
      let closes = site.flatMap { closures.cutOver[$0] }
      let applications = (served[asset.id] ?? []).filter { decisionById[$0]?.disposition != .alreadyInCloud }
      let waves = applications.map { placement.waveOf[$0] }
      let servicesLeave = !applications.isEmpty && waves.allSatisfy { $0 != nil }
      let endOfLife = isPastEndOfLife(asset, on: today)
      var remedy: RemedyRules.Remedy
      var month: YearMonth? = nil
      var why: [BilingualText] = [kind.text]
      if let closes, kind.siteCloses == .retireWithService {
        remedy = .retireWithService
        month = options.start.adding(months: closes - 1)
        why.append(
          BilingualText(key: "plan.site_closes_in", ["site": "\(site ?? "")", "month": month!]))
      } else if servicesLeave && kind.siteCloses == .retireWithService {
        remedy = .retireWithService
        let last = waves.compactMap { $0 }.max() ?? 0
        month = waveEnd(last)
        why.append(
          BilingualText(
            key: "plan.the_applications_it_runs_leave",
            [
              "applications": PlanText.list(applications),
              "month": month!,
            ]))
      } else {
        remedy = endOfLife ? kind.endOfLife : kind.stays
        if let site, closures.networkOnly.contains(site) {
          why.append(
            BilingualText(key: "plan.site_holds_network_equipment_only", ["site": site]))
        }
      }
      if endOfLife {
        why.append(
          BilingualText(key: "plan.past_its_end_of_support", ["today": today]))
      }
      result.append(
        PlanAssetRemedy(
          assetId: asset.id, kind: asset.kind, site: site, remedy: remedy, month: month, endOfLife: endOfLife,
          reason: BilingualText(
            it: why.map(\.it).joined(separator: " "), en: why.map(\.en).joined(separator: " "))))
    }
    return result
  }

  /// End of support before the day, or purchase year plus the kind's lifetime (planning.json) reached.
  private func isPastEndOfLife(_ asset: Asset, on day: Day) -> Bool {
    if let end = asset.endOfSupport { return end < day }
    guard let year = asset.purchaseYear, let lifetime = planning.lifetime(of: asset.kind) else {
      return false
    }
    return year + Int(lifetime.value) <= day.year
  }
}
