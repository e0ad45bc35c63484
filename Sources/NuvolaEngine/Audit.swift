import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// Audits an inventory: end-of-life operating systems and hardware, missing backups, UPS and disaster
/// recovery, single or slow links, expiring contracts, personal data in Gruppo B data centres, and the
/// facts that are missing. Pure: the day of reference is given (`asOf`), the clock is never read.
///
/// Findings are sorted by severity, code and record, so the same inventory gives the same list.
public func audit(_ inventory: Inventory, rules: RuleBook, asOf: Day) -> [Finding] {
  Audit(inventory: inventory, rules: rules, asOf: asOf).run(
    classification: classifyCEDs(inventory, rules: rules))
}

/// `audit(_:rules:asOf:)` for a caller that has already classified the inventory's CEDs with the
/// same rules: `classification` must be `classifyCEDs(inventory, rules: rules)`.
public func audit(_ inventory: Inventory, rules: RuleBook, asOf: Day, classification: CEDClassification)
  -> [Finding]
{
  Audit(inventory: inventory, rules: rules, asOf: asOf).run(classification: classification)
}

/// The work of `audit(_:rules:asOf:)`, split by record kind.
struct Audit {
  let inventory: Inventory
  let rules: RuleBook
  let asOf: Day
  let thresholds: RuleParameters
  let assetsById: [String: Asset]

  init(inventory: Inventory, rules: RuleBook, asOf: Day) {
    self.inventory = inventory
    self.rules = rules
    self.asOf = asOf
    thresholds = rules.auditThresholds
    assetsById = Dictionary(inventory.assets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The day an audit speaks of: the inventory's own date when it has one, else the caller's.
  static func referenceDay(for inventory: Inventory, otherwise fallback: Day) -> Day {
    inventory.comune.inventoryDate ?? fallback
  }

  func run(classification: CEDClassification) -> [Finding] {
    var findings: [Finding] = []
    findings += comuneFindings()
    for site in inventory.sites { findings += siteFindings(site) }
    for asset in inventory.assets { findings += assetFindings(asset) }
    findings += linkFindings()
    for application in inventory.applications {
      findings += applicationFindings(application, classification: classification)
    }
    // Sorting positions by small keys, not findings: a finding is large, and moving or even reading
    // one costs reference counting on every text it holds.
    let keys = findings.map(Finding.SortKey.init)
    return keys.indices.sorted { keys[$0] < keys[$1] }.map { findings[$0] }
  }

  // MARK: Labels and parameters

  static func label(_ id: String, _ name: String?) -> BilingualText {
    let text = name.map { $0.isEmpty || $0 == id ? id : "\(id) (\($0))" } ?? id
    return BilingualText(it: text, en: text)
  }

  static func same(_ text: String) -> BilingualText { BilingualText(it: text, en: text) }

  static func day(_ day: Day) -> BilingualText { BilingualText(it: day.italian, en: day.description) }

  static func count(_ asset: Asset) -> BilingualText {
    asset.count > 1
      ? BilingualText(key: "audit.devices", ["asset_count": asset.count]) : same("")
  }

  static func recordLabel(_ type: RecordType, _ id: String, _ name: String?) -> BilingualText {
    let base = label(id, name)
    switch type {
    case .comune: return BilingualText(key: "audit.comune", ["base": base])
    case .site: return BilingualText(key: "audit.site", ["base": base])
    case .asset: return BilingualText(key: "audit.asset", ["base": base])
    case .application: return BilingualText(key: "audit.application", ["base": base])
    case .link: return BilingualText(key: "audit.link", ["base": base])
    }
  }

  var thresholdSource: [RuleSource] { thresholds.provenance.sources }

  /// Says that a window in months is Nuvola's assumption, not a published rule.
  static func assumption(months key: String, _ thresholds: RuleParameters) -> BilingualText {
    let months = Int(thresholds.number(key))
    return BilingualText(key: "audit.window_of_months_nuvola_s", ["months": months])
  }

  /// One UNKNOWN-FACT finding for a record, listing every missing field that matters.
  func unknownFacts(_ type: RecordType, _ id: String, _ name: String?, fields: [String]) -> [Finding] {
    guard !fields.isEmpty else { return [] }
    let unique = fields.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    return [
      Finding(
        code: .unknownFact, severity: .low,
        evidence: unique.map { FindingEvidence(type, id, field: $0, value: nil) }.sorted(),
        parameters: [
          "record": Audit.recordLabel(type, id, name), "facts": Audit.same(unique.joined(separator: ", ")),
        ])
    ]
  }

  // MARK: Comune

  func comuneFindings() -> [Finding] {
    var missing: [String] = []
    // The staff is the number of people who will use cloud services at the office: bandwidth needs it.
    if inventory.comune.staff == nil && !inventory.links.isEmpty { missing.append("staff") }
    if inventory.links.isEmpty && !inventory.sites.isEmpty { missing.append("links") }
    let comune = inventory.comune
    return unknownFacts(.comune, comune.istatCode, comune.name, fields: missing)
  }

  // MARK: Sites

  func siteFindings(_ site: Site) -> [Finding] {
    var findings: [Finding] = []
    let record = Audit.label(site.id, site.name)
    if site.offsiteBackup == false {
      findings.append(
        Finding(
          code: .noOffsiteBackup, severity: .critical,
          evidence: [FindingEvidence(.site, site.id, field: "offsite_backup", value: "no")],
          parameters: ["record": record]))
    }
    if site.ups == false {
      findings.append(
        Finding(
          code: .noUPS, severity: .high,
          evidence: [FindingEvidence(.site, site.id, field: "ups", value: "no")],
          parameters: ["record": record]))
    }
    if site.disasterRecovery == false {
      findings.append(
        Finding(
          code: .noDR, severity: .medium,
          evidence: [FindingEvidence(.site, site.id, field: "disaster_recovery", value: "no")],
          parameters: ["record": record]))
    }
    // The facts the CED classification requires, plus the ones the audit itself reads.
    var fields = ["ups", "offsite_backup", "disaster_recovery"]
    for criterion in rules.cedCriteria.criteria where criterion.requiredForA {
      fields += criterion.evidenceFields
    }
    let missing = fields.filter { CEDChecklist.display(CEDChecklist.value(of: $0, in: site)) == nil }
    findings += unknownFacts(.site, site.id, site.name, fields: missing)
    return findings
  }

  // MARK: Assets

  func assetFindings(_ asset: Asset) -> [Finding] {
    var findings: [Finding] = []
    var missing: [String] = []
    let record = Audit.label(asset.id, asset.name)
    let runsServices = asset.kind == .server || asset.kind == .virtualizationHost || asset.kind == .vm
    if let os = asset.os, !os.isEmpty {
      findings += osFindings(asset, os: os, record: record, missing: &missing)
    } else if runsServices {
      missing.append("os")
    }
    if asset.kind != .vm {
      if let year = asset.purchaseYear {
        let age = asOf.year - year
        let veryOld = Int(thresholds.number("hardware_very_old_years"))
        let old = Int(thresholds.number("hardware_old_years"))
        if age > old {
          findings.append(
            Finding(
              code: .hwOld, severity: age > veryOld ? .high : .medium,
              evidence: [FindingEvidence(.asset, asset.id, field: "purchase_year", value: String(year))],
              parameters: [
                "record": record, "year": Audit.same(String(year)), "age": Audit.same(String(age)),
                "count": Audit.count(asset),
              ],
              sources: thresholdSource,
              notes: [
                BilingualText(
                  key: "audit.nuvola_s_thresholds_assumptions_old",
                  [
                    "old": old,
                    "very_old": veryOld,
                  ])
              ]))
        }
      } else if asset.kind.isDataCentreEquipment {
        missing.append("purchase_year")
      }
      if let end = asset.endOfSupport, end < asOf {
        findings.append(
          Finding(
            code: .hwSupportEnded, severity: .high,
            evidence: [FindingEvidence(.asset, asset.id, field: "end_of_support", value: end.description)],
            parameters: ["record": record, "date": Audit.day(end), "count": Audit.count(asset)]))
      }
    }
    findings += unknownFacts(.asset, asset.id, asset.name, fields: missing)
    return findings
  }

  func osFindings(_ asset: Asset, os: String, record: BilingualText, missing: inout [String]) -> [Finding] {
    let written = [os, asset.osVersion ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
    let field = asset.osVersion == nil ? "os" : "os_version"
    let evidence = [FindingEvidence(.asset, asset.id, field: field, value: written)]
    // Matching is costly; the rules remember each spelling's answer for every comune.
    guard let index = rules.osLifecycle.matchIndex(os: os, version: asset.osVersion) else {
      if asset.osVersion == nil { missing.append("os_version") }
      return [
        Finding(
          code: .osLifecycleUnknown, severity: .info, evidence: evidence,
          parameters: ["record": record, "os": Audit.same(written)])
      ]
    }
    let entry = rules.osLifecycle.entries[index]
    guard let end = entry.endOfSupport else { return [] }
    let parameters: KeyValuePairs<String, BilingualText> = [
      "record": record, "os": Audit.same(entry.displayName), "date": Audit.day(end),
      "count": Audit.count(asset),
    ]
    let sources = [entry.source] + thresholdSource
    var notes: [BilingualText] = []
    if !entry.confirmed {
      let check = BilingualText(key: "audit.check_on_vendor_site")
      let note = LocalizedValue { language in
        language == .it ? entry.noteItalian ?? entry.note ?? check.it : entry.note ?? check.en
      }
      notes.append(BilingualText(key: "audit.end_of_support_not_confirmed", ["note": note]))
    }
    if asOf > end {
      let runsServices = asset.kind == .server || asset.kind == .virtualizationHost || asset.kind == .vm
      return [
        Finding(
          code: .osEOL, severity: runsServices ? .critical : .high, evidence: evidence,
          parameters: parameters,
          sources: [entry.source], notes: notes)
      ]
    }
    if asOf.months(to: end) <= Int(thresholds.number("os_eol_soon_months")) {
      return [
        Finding(
          code: .osEOLSoon, severity: .medium, evidence: evidence, parameters: parameters, sources: sources,
          notes: notes + [Audit.assumption(months: "os_eol_soon_months", thresholds)])
      ]
    }
    return []
  }

  // MARK: Links

  func linkFindings() -> [Finding] {
    var findings: [Finding] = []
    let sitesById = Dictionary(inventory.sites.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let bySite = Dictionary(grouping: inventory.links, by: \.site)
    let users = inventory.comune.staff ?? inventory.applications.compactMap(\.users).max()
    let mainSite = Audit.mainSite(bySite)
    for siteId in bySite.keys.sorted() {
      let links = bySite[siteId]!.sorted { $0.id < $1.id }
      let record = Audit.label(siteId, sitesById[siteId]?.name)
      if links.count == 1 {
        let link = links[0]
        findings.append(
          Finding(
            code: .singleLink, severity: .high,
            evidence: [
              FindingEvidence(.site, siteId, field: "links", value: "1"),
              FindingEvidence(.link, link.id, field: "backup", value: link.backup.map { $0 ? "yes" : "no" }),
            ],
            parameters: [
              "record": record,
              "link": Audit.same(
                [link.id, link.technology?.rawValue, link.provider].compactMap { $0 }
                  .joined(separator: ", ")),
            ]))
      }
      findings += bandwidthFindings(siteId, links, record: record, users: siteId == mainSite ? users : nil)
      for link in links where link.down == nil || link.up == nil {
        var fields: [String] = []
        if link.down == nil { fields.append("down_mbps") }
        if link.up == nil { fields.append("up_mbps") }
        findings += unknownFacts(.link, link.id, nil, fields: fields)
      }
    }
    return findings
  }

  /// The site with the most primary download capacity: where the offices' traffic is assumed to go.
  static func mainSite(_ bySite: [String: [Link]]) -> String? {
    let capacities = bySite.map {
      (site: $0.key, down: $0.value.filter { $0.backup != true }.compactMap(\.down).reduce(0, +))
    }
    return capacities.sorted { ($0.down, $1.site) > ($1.down, $0.site) }.first?.site
  }

  func bandwidthFindings(_ siteId: String, _ links: [Link], record: BilingualText, users: Int?) -> [Finding] {
    let primary = links.filter { $0.backup != true }
    guard !primary.isEmpty, primary.allSatisfy({ $0.down != nil && $0.up != nil }) else { return [] }
    let down = primary.compactMap(\.down).reduce(0, +)
    let up = primary.compactMap(\.up).reduce(0, +)
    var findings: [Finding] = []
    let directions:
      [(field: String, have: Double, perUser: String, minimum: String, it: String, en: String)] = [
        ("down_mbps", down, "down_mbps_per_user", "min_down_mbps", "download", "download"),
        ("up_mbps", up, "up_mbps_per_user", "min_up_mbps", "upload", "upload"),
      ]
    for direction in directions {
      let minimum = thresholds.number(direction.minimum)
      let need = max(minimum, Double(users ?? 0) * thresholds.number(direction.perUser))
      guard direction.have < need else { continue }
      findings.append(
        Finding(
          code: .lowBandwidth, severity: .high,
          evidence: primary.map {
            FindingEvidence(
              .link, $0.id, field: direction.field,
              value: JSON.format(direction.field == "down_mbps" ? $0.down ?? 0 : $0.up ?? 0))
          }.sorted(),
          parameters: [
            "record": record, "have": Audit.same(JSON.format(direction.have)),
            "need": Audit.same(JSON.format(need)),
            "users": users.map { Audit.same(String($0)) } ?? BilingualText(key: "audit.the"),
            "direction": BilingualText(it: direction.it, en: direction.en),
          ],
          sources: thresholdSource))
    }
    return findings
  }

  // MARK: Applications

  func applicationFindings(_ application: Application, classification: CEDClassification) -> [Finding] {
    var findings: [Finding] = []
    var missing: [String] = []
    let record = Audit.label(application.id, application.name)
    if let end = application.contractEnd {
      if end < asOf {
        findings.append(
          Finding(
            code: .contractExpired, severity: .medium,
            evidence: [
              FindingEvidence(.application, application.id, field: "contract_end", value: end.description)
            ],
            parameters: ["record": record, "date": Audit.day(end)]))
      } else if asOf.months(to: end) <= Int(thresholds.number("contract_expiring_months")) {
        findings.append(
          Finding(
            code: .contractExpiring, severity: .low,
            evidence: [
              FindingEvidence(.application, application.id, field: "contract_end", value: end.description)
            ],
            parameters: ["record": record, "date": Audit.day(end)], sources: thresholdSource,
            notes: [Audit.assumption(months: "contract_expiring_months", thresholds)]))
      }
    }
    if application.deployment == nil { missing.append("deployment") }
    if application.dataClass == nil { missing.append("data_class") }
    if application.personalData == nil { missing.append("personal_data") }
    if application.deployment == .onPremise {
      if application.structuredData == nil { missing.append("structured_data") }
      if let siteId = siteOf(application) {
        if application.personalData == true, let site = classification.site(siteId), site.cedClass == .gruppoB
        {
          findings.append(
            Finding(
              code: .personalDataOnPremiseB, severity: .high,
              evidence: [
                FindingEvidence(.application, application.id, field: "personal_data", value: "yes"),
                FindingEvidence(.site, siteId, field: "class", value: site.cedClass.rawValue),
              ],
              parameters: ["record": record, "site": Audit.label(siteId, site.siteName)],
              sources: rules.cedCriteria.provenance.sources))
        }
      } else {
        missing.append("site")
      }
    }
    findings += unknownFacts(.application, application.id, application.name, fields: missing)
    return findings
  }

  /// The site an on-premise application runs in: its own, else its server's, else its VM host's.
  func siteOf(_ application: Application) -> String? {
    if let site = application.site { return site }
    guard let assetId = application.asset, let asset = assetsById[assetId] else { return nil }
    if let site = asset.site { return site }
    guard let hostId = asset.host, let host = assetsById[hostId] else { return nil }
    return host.site
  }
}
