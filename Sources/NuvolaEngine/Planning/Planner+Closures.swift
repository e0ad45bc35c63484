import NuvolaSupport

extension Planner {
  /// The sites the plan closes and those it cannot.
  struct Closures {
    var milestones: [PlanMilestone] = []
    /// Months from the start to the first month without the site, by site.
    var cutOver: [String: Int] = [:]
    /// Gruppo B sites that stay open, with the applications that keep them open.
    var openGruppoB: [(site: String, applications: [String])] = []
    /// Sites with network equipment only (no servers, storage or applications): they stay.
    var networkOnly: [String] = []
  }

  /// A site closes after the wave in which its last application leaves (moved or retired); a site
  /// with nothing recorded in it but servers closes after the first wave.
  func closures(_ placement: Placement) -> Closures {
    var result = Closures()
    let rate = economics.staffHourCost
    for siteId in economics.siteIds {
      guard let figures = economics.sites[siteId], let site = facts.sites[siteId] else { continue }
      let applications = facts.applications(in: siteId).compactMap { decisionById[$0.id] }
        .filter { $0.disposition != .alreadyInCloud }
      let staying = applications.filter { placement.waveOf[$0.applicationId] == nil }
      if !staying.isEmpty {
        if figures.cedClass == .gruppoB {
          result.openGruppoB.append((siteId, staying.map(\.applicationId)))
        }
        continue
      }
      // Switches, firewalls, access points and links only: the offices need them, the site stays.
      if siteDigests[siteId]?.runsWorkloads == false {
        result.networkOnly.append(siteId)
        continue
      }
      if applications.isEmpty && figures.removableAssets.isEmpty { continue }
      let wave =
        applications.compactMap { placement.waveOf[$0.applicationId] }.max() ?? placement.number.keys.min()
        ?? 0
      let number = placement.number[wave] ?? placement.number(atOrAfter: wave) ?? 1
      let cut = cutOver(wave)
      result.cutOver[siteId] = cut
      let deferral = Int(
        defaults.value("refresh_deferral_max_months", for: .hardwareRefreshAvoided))
      var avoided = 0.0
      var overdue: [String] = []
      for event in figures.refreshEvents where event.removable && cut <= event.month + deferral {
        avoided += event.cost
        if event.month < cut && !overdue.contains(event.asset) { overdue.append(event.asset) }
      }
      var risks: [BilingualText] = []
      if !overdue.isEmpty {
        risks.append(
          BilingualText(
            key: "plan.equipment_past_its_lifetime_keeps",
            [
              "wave_end_wave": waveEnd(wave),
              "overdue": PlanText.list(overdue),
            ]))
      }
      if applications.isEmpty {
        risks.append(
          BilingualText(key: "plan.no_application_is_recorded_in"))
      }
      let energy = figures.energy * figures.removedShare
      let maintenance = figures.roomMaintenance + figures.removableAssetMaintenance
      let staff = Double(figures.physicalServers) * economics.hoursPerServer * rate
      let mandatory = figures.cedClass == .gruppoB
      let classText =
        figures.cedClass.map { $0.label } ?? BilingualText(key: "plan.class_unknown")
      let total = PlanText.amount(energy + maintenance + staff)
      let refresh = PlanText.amount(avoided)
      result.milestones.append(
        PlanMilestone(
          kind: .cedClosure, site: siteId, siteName: site.name, cedClass: figures.cedClass,
          mandatory: mandatory,
          wave: number, month: waveEnd(wave), energySavedPerYear: Money(euros: energy),
          maintenanceSavedPerYear: Money(euros: maintenance), staffSavedPerYear: Money(euros: staff),
          hardwareRefreshAvoided: Money(euros: avoided), equipmentSwitchedOff: figures.removableAssets,
          text: BilingualText(
            key: "plan.closure",
            [
              "site": siteId, "class": classText,
              "mandatory": mandatory ? BilingualText(key: "plan.closure.mandatory") : .empty, "wave": number,
              "end": waveEnd(wave), "total": total, "refresh": refresh,
            ]),
          risks: risks))
    }
    return result
  }
}
