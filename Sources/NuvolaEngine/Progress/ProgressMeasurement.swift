import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// Compares two snapshots of one comune. Pure: each snapshot is audited as of the day given for it
/// (its inventory date, normally), never the clock, so the same pair always gives the same report.
public func measureProgress(
  from before: Snapshot, to after: Snapshot, rules: RuleBook, fromDay: Day, toDay: Day
) -> ProgressReport {
  let measurement = ProgressMeasurement(rules: rules)
  let old = before.inventory
  let new = after.inventory
  let oldFindings = audit(old, rules: rules, asOf: fromDay)
  let newFindings = audit(new, rules: rules, asOf: toDay)
  let (resolved, added) = ProgressMeasurement.findingChanges(oldFindings, newFindings)
  let (retired, addedServers) = ProgressMeasurement.serverChanges(old.assets, new.assets)
  let oldSites = measurement.digester.sites(old)
  let newSites = measurement.digester.sites(new)
  return ProgressReport(
    istatCode: new.comune.istatCode, name: after.info.name.isEmpty ? new.comune.istatCode : after.info.name,
    from: before.info, to: after.info, fromDay: fromDay, toDay: toDay,
    applications: ProgressMeasurement.applicationChanges(old.applications, new.applications),
    sites: ProgressMeasurement.siteChanges(oldSites, newSites, old: old, new: new),
    serversBefore: InventorySummary(old).physicalServers, serversAfter: InventorySummary(new).physicalServers,
    serversRetired: retired, serversAdded: addedServers,
    spendBefore: old.comune.ictSpend, spendAfter: new.comune.ictSpend,
    findingsBefore: oldFindings.count, findingsAfter: newFindings.count,
    findingsResolved: resolved, findingsNew: added,
    indicators: measurement.indicators(old, new, oldSites, newSites, oldFindings, newFindings))
}

/// The comparisons of `measureProgress`, one function per question.
struct ProgressMeasurement {
  let rules: RuleBook
  /// Site digests and readiness come from the consolidation digest, so both commands agree.
  let digester: ConsolidationDigester

  init(rules: RuleBook) {
    self.rules = rules
    digester = ConsolidationDigester(rules: rules, register: Register(entries: []))
  }

  static let serverKinds: Set<AssetKind> = [.server, .virtualizationHost]

  // MARK: Applications

  static func applicationChanges(_ old: [Application], _ new: [Application]) -> [ApplicationChange] {
    let oldById = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let newById = Dictionary(new.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var changes: [ApplicationChange] = []
    for application in old.sorted(by: { $0.id < $1.id }) {
      guard let now = newById[application.id] else { continue }
      let wasCloud = application.deployment?.isCloud == true
      let isCloud = now.deployment?.isCloud == true
      let kind: ApplicationChange.Kind
      if !wasCloud && isCloud {
        kind = .movedToCloud
      } else if wasCloud && !isCloud {
        kind = .leftCloud
      } else if application.deployment != now.deployment {
        kind = .redeployed
      } else {
        continue
      }
      changes.append(change(kind, now, before: application.deployment, after: now.deployment))
    }
    // A service migrated by replacement disappears and a cloud application of its domain appears.
    var unclaimed = new.filter { oldById[$0.id] == nil }.sorted { $0.id < $1.id }
    for application in old.sorted(by: { $0.id < $1.id }) where newById[application.id] == nil {
      let index =
        application.deployment?.isCloud == true
        ? nil
        : unclaimed.firstIndex {
          $0.domain != nil && $0.domain == application.domain && $0.deployment?.isCloud == true
        }
      if let index {
        var replaced = change(
          .replacedByCloud, application, before: application.deployment, after: unclaimed[index].deployment)
        replaced.replacement = unclaimed[index].id
        changes.append(replaced)
        unclaimed.remove(at: index)
      } else {
        changes.append(change(.retired, application, before: application.deployment, after: nil))
      }
    }
    for application in unclaimed {
      changes.append(change(.added, application, before: nil, after: application.deployment))
    }
    let order = Dictionary(
      uniqueKeysWithValues: ApplicationChange.Kind.allCases.enumerated().map { ($1, $0) })
    return changes.sorted { (order[$0.kind]!, $0.id) < (order[$1.kind]!, $1.id) }
  }

  static func change(
    _ kind: ApplicationChange.Kind, _ application: Application, before: Deployment?, after: Deployment?
  )
    -> ApplicationChange
  {
    ApplicationChange(
      kind: kind, id: application.id, name: application.name, domain: application.domain, before: before,
      after: after, replacement: nil)
  }

  // MARK: Sites and servers

  static func siteChanges(
    _ old: [SiteDigest], _ new: [SiteDigest], old oldInventory: Inventory, new newInventory: Inventory
  )
    -> [SiteChange]
  {
    let newById = Dictionary(new.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let oldIds = Set(old.map(\.id))
    var changes: [SiteChange] = []
    for site in old {
      guard let now = newById[site.id] else {
        changes.append(siteChange(.closed, site, before: site, after: nil))
        continue
      }
      if site.runsWorkloads && !now.runsWorkloads {
        changes.append(siteChange(.emptied, now, before: site, after: now))
      } else if site.cedClass != now.cedClass {
        changes.append(siteChange(.reclassified, now, before: site, after: now))
      }
    }
    for site in new where !oldIds.contains(site.id) {
      changes.append(siteChange(.opened, site, before: nil, after: site))
    }
    let order = Dictionary(uniqueKeysWithValues: SiteChange.Kind.allCases.enumerated().map { ($1, $0) })
    return changes.sorted { (order[$0.kind]!, $0.id) < (order[$1.kind]!, $1.id) }
  }

  static func siteChange(_ kind: SiteChange.Kind, _ site: SiteDigest, before: SiteDigest?, after: SiteDigest?)
    -> SiteChange
  {
    SiteChange(
      kind: kind, id: site.id, name: site.name, siteKind: site.kind, classBefore: before?.cedClass,
      classAfter: after?.cedClass, serversBefore: before?.physicalServers ?? 0,
      serversAfter: after?.physicalServers ?? 0)
  }

  /// Servers retired and added, row by row (a row's quantity counts), matched by asset id.
  static func serverChanges(_ old: [Asset], _ new: [Asset]) -> (retired: Int, added: Int) {
    func counts(_ assets: [Asset]) -> [String: Int] {
      var counts: [String: Int] = [:]
      for asset in assets where serverKinds.contains(asset.kind) {
        counts[asset.id, default: 0] += asset.count
      }
      return counts
    }
    let before = counts(old)
    let after = counts(new)
    var retired = 0
    var added = 0
    for id in Set(before.keys).union(after.keys) {
      let difference = (after[id] ?? 0) - (before[id] ?? 0)
      if difference < 0 { retired -= difference } else { added += difference }
    }
    return (retired, added)
  }

  // MARK: Findings

  /// Findings resolved (in the old audit only) and new (in the new one only), most urgent first.
  static func findingChanges(_ old: [Finding], _ new: [Finding]) -> (
    resolved: [FindingChange], new: [FindingChange]
  ) {
    func remaining(_ findings: [Finding], minus others: [Finding]) -> [FindingChange] {
      var available: [String: Int] = [:]
      for finding in others { available[FindingChange.key(finding), default: 0] += 1 }
      var result: [FindingChange] = []
      for finding in findings {
        let key = FindingChange.key(finding)
        if let count = available[key], count > 0 {
          available[key] = count - 1
        } else {
          result.append(FindingChange(finding))
        }
      }
      return result
    }
    return (remaining(old, minus: new), remaining(new, minus: old))
  }

  // MARK: Indicators

  func indicators(
    _ old: Inventory, _ new: Inventory, _ oldSites: [SiteDigest], _ newSites: [SiteDigest],
    _ oldFindings: [Finding], _ newFindings: [Finding]
  ) -> [ProgressIndicator] {
    func indicator(
      _ key: String, _ unit: ProgressIndicator.Unit,
      _ better: ProgressIndicator.Better,
      _ value: (Inventory, [SiteDigest], [Finding]) -> Int64?
    ) -> ProgressIndicator {
      ProgressIndicator(
        key: key, label: BilingualText(CatalogueText("progress.indicator." + key, [:])), unit: unit,
        better: better,
        before: value(old, oldSites, oldFindings), after: value(new, newSites, newFindings))
    }
    let readiness = { (inventory: Inventory, sites: [SiteDigest], _: [Finding]) -> Int64? in
      Int64(digester.readiness(inventory, sites: sites).tenths)
    }
    return [
      indicator("cloud_share", .percent, .higher) {
        inventory, _, _ in
        let summary = InventorySummary(inventory)
        guard summary.applicationCount > 0 else { return nil }
        return Int64(
          (summary.cloudApplications * 1000 + summary.applicationCount / 2) / summary.applicationCount)
      },
      indicator(
        "applications_not_in_cloud", .count,
        .lower
      ) {
        inventory, _, _ in Int64(inventory.applications.count(where: { $0.deployment?.isCloud != true }))
      },
      indicator(
        "gruppo_b_sites",
        .count, .lower
      ) {
        _, sites, _ in Int64(sites.count(where: { $0.cedClass == .gruppoB && $0.runsWorkloads }))
      },
      indicator("physical_servers", .count, .lower) { inventory, _, _ in
        Int64(InventorySummary(inventory).physicalServers)
      },
      indicator(
        "virtual_machines", .count, .lower
      ) {
        inventory, _, _ in Int64(InventorySummary(inventory).virtualMachines)
      },
      indicator("it_load", .kilowatt, .lower) {
        inventory, _, _ in
        let loads = inventory.sites.compactMap(\.itLoad)
        return loads.isEmpty ? nil : Int64((loads.reduce(0, +) * 1000).rounded())
      },
      indicator("ict_spend", .euro, .lower) { inventory, _, _ in
        inventory.comune.ictSpend?.cents
      },
      indicator(
        "findings_critical_high", .count, .lower
      ) {
        _, _, findings in Int64(findings.count(of: .critical) + findings.count(of: .high))
      },
      indicator("findings", .count, .lower) { _, _, findings in
        Int64(findings.count)
      },
      indicator("readiness", .points, .higher, readiness),
    ]
  }
}
