import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// The yearly figures behind the cost comparison, per site and per application: the inventory's
/// own figures where it gives them, planning defaults (recorded with their source) where it does
/// not, and a note for every figure that is unknown and therefore left out of both scenarios.
struct PlanEconomics {
  /// A replacement the status quo would buy, `month` months after the start.
  struct RefreshEvent {
    var month: Int
    var cost: Double
    var asset: String
    /// Switched off when its site closes (a server), rather than kept for the offices (a switch).
    var removable: Bool
  }

  struct SiteFigures {
    var id: String
    var cedClass: CEDClass?
    /// Yearly electricity of the site's IT (0 when unknown: see `notes`).
    var energy: Double
    /// Share of the energy drawn by equipment the closure switches off.
    var removedShare: Double
    /// Yearly maintenance of the room.
    var roomMaintenance: Double
    var removableAssetMaintenance: Double
    var keptAssetMaintenance: Double
    /// Servers, hosts, storage and NAS: each costs staff time until the site closes.
    var physicalServers: Int
    var refreshEvents: [RefreshEvent]
    var removableAssets: [String]

    /// Yearly running cost that stops when the site closes, staff time of its servers included.
    func closureSaving(staffHourCost: Double, hoursPerServer: Double) -> Double {
      energy * removedShare + roomMaintenance + removableAssetMaintenance
        + Double(physicalServers) * hoursPerServer * staffHourCost
    }
  }

  struct ApplicationFigures {
    var id: String
    /// Today's yearly cost (licences, fees, support); nil when the inventory does not give it.
    var yearlyCost: Double?
    /// Yearly cost after its move; 0 when retired; nil when not moving or `yearlyCost` unknown.
    var cloudYearly: Double?
    var oneOff: Double
    /// Staff hours a year today and after the move.
    var staffHoursBefore: Double
    var staffHoursAfter: Double
    /// Its share of the yearly running cost of its site (what leaves with it).
    var siteShare: Double
    /// Today's cost is a cloud fee (already in the cloud) rather than a licence.
    var alreadyCloud: Bool
  }

  static let serverKinds: Set<AssetKind> = [.server, .virtualizationHost, .storage, .nas]

  var sites: [String: SiteFigures] = [:]
  var siteIds: [String] = []
  var applications: [String: ApplicationFigures] = [:]
  /// The same figures in application-id order, for loops.
  var applicationList: [ApplicationFigures] = []
  var links: Double = 0
  var staffHourCost: Double = 0
  var hoursPerServer: Double = 0
  var notes: [BilingualText] = []

  init(
    facts: PlanFacts, decisions: [ApplicationDecision], planning: PlanningRules, horizonMonths: Int,
    start: YearMonth, defaults: inout PlanDefaults
  ) {
    let inventory = facts.inventory
    staffHourCost = defaults.value("staff_hour_cost", for: .staffTime)
    hoursPerServer = defaults.value("staff_hours_physical_server", for: .staffTimeOfServers)
    links = inventory.links.compactMap(\.yearlyCost).reduce(0) { $0 + $1.euros }
    let unknownLinkCosts = inventory.links.filter { $0.yearlyCost == nil }.map(\.id).sorted()
    if !unknownLinkCosts.isEmpty {
      notes.append(
        BilingualText(
          key: "plan.yearly_cost_unknown_for_links",
          ["unknown_link_costs": "\(unknownLinkCosts.joined(separator: ", "))"]))
    }
    for site in inventory.sites.sorted(by: { $0.id < $1.id }) {
      siteIds.append(site.id)
      sites[site.id] = siteFigures(
        site, facts: facts, planning: planning, horizonMonths: horizonMonths, start: start,
        defaults: &defaults)
    }
    var appsPerSite: [String: Int] = [:]
    for site in facts.siteOfApplication.values { appsPerSite[site, default: 0] += 1 }
    let decisionById = Dictionary(
      decisions.map { ($0.applicationId, $0) }, uniquingKeysWith: { first, _ in first })
    var unknownCosts: [String] = []
    for application in facts.orderedApplications {
      guard let decision = decisionById[application.id] else { continue }
      let site = facts.siteOfApplication[application.id]
      var share = 0.0
      if let site, let figures = sites[site], let count = appsPerSite[site], count > 0 {
        share =
          figures.closureSaving(staffHourCost: staffHourCost, hoursPerServer: hoursPerServer) / Double(count)
      }
      if application.yearlyCost == nil { unknownCosts.append(application.id) }
      let figures = applicationFigures(application, decision: decision, siteShare: share, defaults: &defaults)
      applications[application.id] = figures
      applicationList.append(figures)
    }
    if !unknownCosts.isEmpty {
      notes.append(
        BilingualText(
          key: "plan.yearly_cost_unknown_yearly_cost",
          ["unknown_costs": "\(unknownCosts.joined(separator: ", "))"]))
    }
  }

  // MARK: Sites

  private mutating func siteFigures(
    _ site: Site, facts: PlanFacts, planning: PlanningRules, horizonMonths: Int, start: YearMonth,
    defaults: inout PlanDefaults
  ) -> SiteFigures {
    let removable = Set(planning.closureRemovesKinds)
    let equipment = facts.inventory.assets.filter { $0.site == site.id && $0.kind.isDataCentreEquipment }
      .sorted { $0.id < $1.id }
    var totalPower = 0.0
    var removedPower = 0.0
    var powerKnown = false
    for asset in equipment {
      guard let power = asset.power else { continue }
      powerKnown = true
      let watts = Double(power * asset.count)
      totalPower += watts
      if removable.contains(asset.kind) { removedPower += watts }
    }
    let energy: Double
    if let cost = site.energyCost {
      energy = cost.euros
    } else {
      let kilowatts = site.itLoad ?? (powerKnown ? totalPower / 1000 : nil)
      if let kilowatts {
        let purpose = PlanPurpose.energyOfSites
        let pue: Double
        if let own = site.pue {
          pue = own
        } else {
          pue = defaults.value(
            site.kind == .colocation ? "pue_colocation" : "pue_small_server_room", for: purpose)
        }
        energy =
          kilowatts * pue * defaults.value("hours_per_year", for: purpose)
          * defaults.value("electricity_price", for: purpose)
      } else {
        energy = 0
        notes.append(
          BilingualText(key: "plan.energy_of_site_unknown_energy", ["site_id": site.id]))
      }
    }
    var share = 1.0
    if powerKnown && totalPower > 0 {
      share = removedPower / totalPower
    } else if energy > 0 {
      notes.append(
        BilingualText(key: "plan.site_equipment_power_unknown_the", ["site_id": site.id]))
    }
    var removableMaintenance = 0.0
    var keptMaintenance = 0.0
    var servers = 0
    var events: [RefreshEvent] = []
    var removableIds: [String] = []
    var unknownYears: [String] = []
    for asset in equipment {
      let isRemovable = removable.contains(asset.kind)
      if isRemovable {
        removableIds.append(asset.id)
        removableMaintenance += asset.maintenanceCost?.euros ?? 0
      } else {
        keptMaintenance += asset.maintenanceCost?.euros ?? 0
      }
      if PlanEconomics.serverKinds.contains(asset.kind) { servers += asset.count }
      guard let lifetimeParameter = planning.lifetime(of: asset.kind),
        planning.refreshCost(of: asset.kind) != nil
      else { continue }
      guard let year = asset.purchaseYear else {
        unknownYears.append(asset.id)
        continue
      }
      let purpose = PlanPurpose.hardwareRefresh
      let lifetime = max(1, Int(defaults.value(lifetimeParameter.key, for: purpose)))
      let price = defaults.value("refresh_cost_" + asset.kind.rawValue, for: purpose) * Double(asset.count)
      // Past its lifetime already: the status quo replaces it at the start.
      var month = max(0, start.months(to: YearMonth(year: year + lifetime, month: 1) ?? start))
      while month < horizonMonths {
        events.append(RefreshEvent(month: month, cost: price, asset: asset.id, removable: isRemovable))
        month += lifetime * 12
      }
    }
    if !unknownYears.isEmpty {
      notes.append(
        BilingualText(
          key: "plan.purchase_year_unknown_purchase_year",
          ["unknown_years": "\(unknownYears.joined(separator: ", "))"]))
    }
    return SiteFigures(
      id: site.id, cedClass: facts.siteClass[site.id], energy: energy, removedShare: share,
      roomMaintenance: site.maintenanceCost?.euros ?? 0, removableAssetMaintenance: removableMaintenance,
      keptAssetMaintenance: keptMaintenance, physicalServers: servers, refreshEvents: events,
      removableAssets: removableIds)
  }

  // MARK: Applications

  private func applicationFigures(
    _ application: Application, decision: ApplicationDecision, siteShare: Double, defaults: inout PlanDefaults
  ) -> ApplicationFigures {
    let id = application.id
    let yearly = application.yearlyCost?.euros
    let runsHere = application.deployment == .onPremise
    let onPremHours = "staff_hours_onprem_application"
    let cloudHours = "staff_hours_cloud_application"
    let before = defaults.value(runsHere ? onPremHours : cloudHours, for: .staffTimeOfApplications)
    var figures = ApplicationFigures(
      id: id, yearlyCost: yearly, cloudYearly: nil, oneOff: 0, staffHoursBefore: before,
      staffHoursAfter: before, siteShare: siteShare, alreadyCloud: decision.disposition == .alreadyInCloud)
    guard decision.isScheduled, let strategy = decision.strategy else { return figures }
    let purpose = PlanPurpose.oneOffMigration
    var oneOff = defaults.value("migration_one_off_" + strategy.rawValue, for: purpose)
    if let volume = application.dataVolume {
      oneOff += volume * defaults.value("migration_per_gb", for: purpose)
    }
    figures.oneOff = oneOff
    if strategy == .retire {
      figures.cloudYearly = 0
      figures.staffHoursAfter = 0
    } else {
      figures.staffHoursAfter = defaults.value(cloudHours, for: .staffTimeOfApplications)
      if let yearly {
        let ratio = defaults.value("cloud_fee_ratio_" + strategy.rawValue, for: purpose)
        figures.cloudYearly = max(defaults.value("cloud_fee_minimum", for: purpose), yearly * ratio)
      }
    }
    return figures
  }
}
