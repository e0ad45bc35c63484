import NuvolaSupport

extension Planner {
  /// The cost comparison: both scenarios year by year, NPV, payback, and the running cost after each
  /// wave.
  struct CostModel {
    var years: [PlanYearCost]
    var npv: Money
    var paybackYear: Int?
    /// Yearly running cost under the plan right after each (0-based) wave.
    var runRate: [Int: Money]
  }

  /// Sums in euro as doubles, rounded to cents once per year and category so that totals are exact.
  private struct Accumulator {
    var hardware = 0.0
    var energy = 0.0
    var maintenance = 0.0
    var licences = 0.0
    var cloudFees = 0.0
    var connectivity = 0.0
    var staff = 0.0
    var migration = 0.0
    var funding = 0.0

    var breakdown: PlanCostBreakdown {
      var result = PlanCostBreakdown()
      result.hardware = Money(euros: hardware)
      result.energy = Money(euros: energy)
      result.maintenance = Money(euros: maintenance)
      result.licences = Money(euros: licences)
      result.cloudFees = Money(euros: cloudFees)
      result.connectivity = Money(euros: connectivity)
      result.staff = Money(euros: staff)
      result.migration = Money(euros: migration)
      result.funding = Money(euros: funding)
      return result
    }
  }

  /// Months of plan year `year` (0-based) before a cut-over month (all 12 when there is none).
  private func monthsBefore(_ cut: Int?, year: Int) -> Double {
    guard let cut else { return 12 }
    return Double(min(12, max(0, cut - 12 * year)))
  }

  func costModel(_ placement: Placement, closures: Closures, funding: FundingOutcome) -> CostModel {
    let years = options.years
    var onPremise = Array(repeating: Accumulator(), count: years)
    var planned = Array(repeating: Accumulator(), count: years)
    let rate = economics.staffHourCost
    let upgradeCut = placement.schedule.upgradeWave.mapValues { cutOver($0) }
    let upgradeYearly = placement.upgradeYearly.euros
    let applications = applicationRows(placement)
    for year in 0..<years {
      for siteId in economics.siteIds {
        guard let site = economics.sites[siteId] else { continue }
        let before = monthsBefore(closures.cutOver[siteId], year: year)
        let after = 12 - before
        let maintenance = site.roomMaintenance + site.removableAssetMaintenance + site.keptAssetMaintenance
        let serverStaff = Double(site.physicalServers) * economics.hoursPerServer * rate
        onPremise[year].energy += site.energy
        planned[year].energy += site.energy * (before + after * (1 - site.removedShare)) / 12
        onPremise[year].maintenance += maintenance
        planned[year].maintenance += (maintenance * before + site.keptAssetMaintenance * after) / 12
        onPremise[year].staff += serverStaff
        planned[year].staff += serverStaff * before / 12
      }
      for (figures, cut) in applications {
        let today = figures.yearlyCost ?? 0
        let before = monthsBefore(cut, year: year)
        let after = 12 - before
        if figures.alreadyCloud {
          onPremise[year].cloudFees += today
          planned[year].cloudFees += today * before / 12
        } else {
          onPremise[year].licences += today
          planned[year].licences += today * before / 12
        }
        planned[year].cloudFees += (figures.cloudYearly ?? 0) * after / 12
        onPremise[year].staff += figures.staffHoursBefore * rate
        planned[year].staff +=
          (figures.staffHoursBefore * before + figures.staffHoursAfter * after) * rate / 12
      }
      onPremise[year].connectivity += economics.links
      planned[year].connectivity += economics.links
      for site in upgradeCut.keys.sorted() {
        planned[year].connectivity += upgradeYearly * (12 - monthsBefore(upgradeCut[site], year: year)) / 12
      }
    }
    for siteId in economics.siteIds {
      guard let site = economics.sites[siteId] else { continue }
      let deferral = closures.cutOver[siteId] == nil ? 0 : Int(defaults.peek("refresh_deferral_max_months"))
      for event in site.refreshEvents where event.month < years * 12 {
        onPremise[event.month / 12].hardware += event.cost
        if event.removable, let cut = closures.cutOver[siteId], cut <= event.month + deferral { continue }
        planned[event.month / 12].hardware += event.cost
      }
    }
    for (index, unit) in placement.units.enumerated() {
      guard let wave = placement.schedule.waveOf[index], planYear(ofWave: wave) < years else { continue }
      planned[planYear(ofWave: wave)].migration += unit.cost.euros
    }
    for site in placement.schedule.upgradeWave.keys.sorted() {
      guard let wave = placement.schedule.upgradeWave[site], planYear(ofWave: wave) < years else { continue }
      planned[planYear(ofWave: wave)].migration += (placement.upgradeCost[site] ?? .zero).euros
    }
    if let month = funding.month, month < years * 12, let amount = funding.funding.amount {
      planned[month / 12].funding += amount.euros
    }
    let discount = discountRate().rate
    var rows: [PlanYearCost] = []
    var cumulativeOnPremise = Money.zero
    var cumulativePlan = Money.zero
    var npv = Money.zero
    var factor = 1.0
    for year in 0..<years {
      let onPremiseYear = onPremise[year].breakdown
      let planYear = planned[year].breakdown
      let savings = onPremiseYear.total - planYear.total
      cumulativeOnPremise = cumulativeOnPremise + onPremiseYear.total
      cumulativePlan = cumulativePlan + planYear.total
      factor *= 1 + discount
      let discounted = Money(euros: savings.euros / factor)
      npv = npv + discounted
      rows.append(
        PlanYearCost(
          index: year + 1, start: options.start.adding(months: 12 * year),
          end: options.start.adding(months: 12 * year + 11), onPremise: onPremiseYear, plan: planYear,
          savings: savings, cumulativeOnPremise: cumulativeOnPremise, cumulativePlan: cumulativePlan,
          cumulativeSavings: cumulativeOnPremise - cumulativePlan, discountedSavings: discounted))
    }
    // Payback: the first year from which the cumulative savings stay at zero or above to the horizon.
    var payback: Int?
    for row in rows.reversed() {
      guard row.cumulativeSavings >= .zero else { break }
      payback = row.index
    }
    var runRate: [Int: Money] = [:]
    for wave in Set(placement.waveOf.values).union(placement.schedule.upgradeWave.values) {
      runRate[wave] = Money(
        euros: runningCost(at: cutOver(wave), placement, rows: applications, closures: closures))
    }
    return CostModel(years: rows, npv: npv, paybackYear: payback, runRate: runRate)
  }

  /// The plan's yearly running cost (no one-off costs, no refreshes) from month `month` on.
  /// Each application's figures with the month it leaves its old costs (nil = never), in id order.
  private func applicationRows(_ placement: Placement) -> [(PlanEconomics.ApplicationFigures, Int?)] {
    economics.applicationList.map { ($0, placement.waveOf[$0.id].map { cutOver($0) }) }
  }

  private func runningCost(
    at month: Int, _ placement: Placement, rows: [(PlanEconomics.ApplicationFigures, Int?)],
    closures: Closures
  ) -> Double {
    let rate = economics.staffHourCost
    var total = economics.links
    for siteId in economics.siteIds {
      guard let site = economics.sites[siteId] else { continue }
      let closed = closures.cutOver[siteId].map { $0 <= month } ?? false
      if closed {
        total += site.energy * (1 - site.removedShare) + site.keptAssetMaintenance
      } else {
        total +=
          site.energy + site.roomMaintenance + site.removableAssetMaintenance + site.keptAssetMaintenance
        total += Double(site.physicalServers) * economics.hoursPerServer * rate
      }
    }
    for (figures, cut) in rows {
      let moved = cut.map { $0 <= month } ?? false
      if moved {
        total += (figures.cloudYearly ?? 0) + figures.staffHoursAfter * rate
      } else {
        total += (figures.yearlyCost ?? 0) + figures.staffHoursBefore * rate
      }
    }
    for wave in placement.schedule.upgradeWave.values.sorted() where cutOver(wave) <= month {
      total += placement.upgradeYearly.euros
    }
    return total
  }
}
