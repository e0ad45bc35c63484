import NuvolaEngine
import NuvolaRules
import NuvolaSupport

extension ConsolidateCommand {
  /// The text form of a consolidation, section by section, in the chosen language. Long lists (a
  /// region's comuni) are printed whole: the tables are the report; only name lists are shortened.
  struct TextReport {
    let analysis: ConsolidationAnalysis
    let store: StoreNote
    let language: Language
    let names: [String: String]

    init(analysis: ConsolidationAnalysis, store: StoreNote, language: Language) {
      self.analysis = analysis
      self.store = store
      self.language = language
      names = Dictionary(uniqueKeysWithValues: analysis.members.map { ($0.istatCode, $0.name) })
    }

    var it: Bool { language == .it }
    func t(_ italian: String, _ english: String) -> String { it ? italian : english }
    func t(_ key: String, _ parameters: KeyValuePairs<String, String> = [:]) -> String {
      TextCatalogue.messages.text(key, language, parameters)
    }
    func t(_ text: BilingualText) -> String { text.text(language) }
    func money(_ amount: Money) -> String { ConsolidationText.money(amount, language) }
    func money(_ amount: Money?) -> String { amount.map(money) ?? t("consolidate.unknown") }
    func number(_ value: Int) -> String { ConsolidationText.grouped(value, language) }
    func percent(_ basisPoints: Int) -> String { ConsolidationText.percent(basisPoints, language) }

    /// Up to `limit` names, then how many more.
    func list(_ codes: [String], limit: Int = 8) -> String {
      let shown = codes.prefix(limit).map { names[$0] ?? $0 }.joined(separator: ", ")
      return codes.count > limit
        ? shown + t("consolidate.and_more", ["count_limit": "\(codes.count - limit)"]) : shown
    }

    func render() -> String {
      (header() + today() + procurement() + centre() + clusters() + rollout() + footer()).joined(
        separator: "\n")
    }

    func header() -> [String] {
      let today = analysis.today
      let storeLine =
        store.exists
        ? t(
          "consolidate.store_inventories",
          ["store_path": "\(store.path)", "store_inventories": "\(store.inventories)"])
        : t("consolidate.no_store_at_istat_register", ["store_path": "\(store.path)"])
      return [
        t("consolidate.consolidation") + t(analysis.area),
        t(
          "consolidate.comuni_with_an_inventory_from",
          [
            "today_comuni": "\(number(today.comuni))",
            "today_with_inventory": "\(number(today.withInventory))",
            "today_with_inventory2": "\(number(today.comuni - today.withInventory))",
          ]),
        storeLine,
        "",
      ]
    }

    // MARK: 1. Today

    func today() -> [String] {
      let today = analysis.today
      var lines = [t("consolidate.1_today"), ""]
      var table = TextTable(
        header: [
          t("consolidate.comune"), t("consolidate.inhabitants"), "Cluster", t("consolidate.ict_spend"),
          t("consolidate.spend"), "CED A", "CED B", t("consolidate.servers"), "VM", t("consolidate.apps"),
          t("consolidate.in_cloud"), t("consolidate.readiness"),
        ], rightAligned: [1, 3, 5, 6, 7, 8, 9, 10, 11])
      for member in analysis.members {
        let inventory = member.hasInventory
        func count(_ value: Int) -> String { inventory ? number(value) : "-" }
        table.append([
          member.label, member.population.value.map(number) ?? t("consolidate.unknown_2"),
          member.cluster?.key ?? t("consolidate.unknown_3"), money(member.spend.value),
          spendStatus(member.spend.status), count(member.sitesOf(.a)), count(member.sitesOf(.gruppoB)),
          count(member.physicalServers), count(member.virtualMachines), count(member.applications),
          count(member.cloudApplications), member.readiness.map { $0.text(language) } ?? "-",
        ])
      }
      lines.append(table.render())
      lines.append(
        t("consolidate.total") + ": "
          + t(
            "consolidate.known_inhabitants_ict_spend_declared",
            [
              "today_population": "\(number(today.population))",
              "today_spend_total": "\(money(today.spendTotal))",
              "today_spend_declared": "\(money(today.spendDeclared))",
              "today_comuni_declared": "\(today.comuniDeclared)",
              "today_spend_estimated": "\(money(today.spendEstimated))",
              "today_comuni_estimated": "\(today.comuniEstimated)",
              "today_comuni_spend_unknown": "\(today.comuniSpendUnknown)",
            ]))
      lines.append(
        t(
          "consolidate.sites_class_a_gruppo_b",
          [
            "today_sites_class_a": "\(today.sitesClassA)", "today_sites_gruppo_b": "\(today.sitesGruppoB)",
            "today_physical_servers": "\(today.physicalServers)",
            "today_virtual_machines": "\(today.virtualMachines)",
            "today_applications": "\(today.applications)",
            "today_cloud_applications": "\(today.cloudApplications)",
            "today_applications_without_cos": "\(today.applicationsWithoutCost)",
          ]))
      if let parameter = analysis.spendPerInhabitant, today.comuniEstimated > 0 {
        lines.append(
          t("consolidate.spend_estimate") + "EUR "
            + ConsolidationText.decimal(Int((parameter.value * 100).rounded()), scale: 100, language)
            + t("consolidate.per_inhabitant") + parameter.source.citation)
      }
      lines.append("")
      if !today.domains.isEmpty {
        var domains = TextTable(
          header: [
            t("consolidate.domain"), t("consolidate.applications"), t("consolidate.comuni"),
            t("consolidate.service"),
          ],
          rightAligned: [1, 2])
        for use in today.domains {
          domains.append([
            it ? use.domain.italianLabel : use.domain.englishLabel, number(use.applications),
            number(use.comuni),
            use.isBase ? t("consolidate.base") : t("consolidate.on_request"),
          ])
        }
        lines += [t("consolidate.applications_by_domain"), domains.render(), ""]
      }
      if !today.vendors.isEmpty {
        var vendors = TextTable(
          header: [
            t("consolidate.vendor"), t("consolidate.comuni"), t("consolidate.applications"),
            t("consolidate.known_cost"),
          ],
          rightAligned: [1, 2, 3])
        for vendor in today.vendors {
          vendors.append([
            vendor.vendor, number(vendor.comuni), number(vendor.applications), money(vendor.knownCost),
          ])
        }
        lines += [t("consolidate.vendors"), vendors.render(), ""]
      }
      let shared = today.sharedProducts
      lines.append(
        t("consolidate.products_run_by_several_comuni", ["shared_count": "\(shared.count)"]))
      if !shared.isEmpty {
        var products = TextTable(
          header: [
            t("consolidate.product"), t("consolidate.comuni"), t("consolidate.apps"),
            t("consolidate.known_cost"),
            t("consolidate.who"),
          ],
          rightAligned: [1, 2, 3])
        for product in shared {
          products.append([
            product.display, number(product.comuni.count), number(product.applications),
            money(product.knownCost),
            list(product.comuni, limit: 5),
          ])
        }
        lines.append(products.render())
      }
      lines.append("")
      return lines
    }

    func spendStatus(_ status: SpendFigure.Status) -> String {
      switch status {
      case .declared: return t("consolidate.spend.declared")
      case .estimate: return t("consolidate.spend.estimate")
      case .unknown: return t("consolidate.spend.unknown")
      }
    }

    // MARK: 2. Joint procurement

    func procurement() -> [String] {
      let procurement = analysis.procurement
      var lines = [t("consolidate.2_joint_procurement"), ""]
      lines += procurement.method.map { "- " + t($0) }
      lines.append("")
      var table = TextTable(
        header: [
          t("consolidate.category"), t("consolidate.spend_2"), t("consolidate.comuni"),
          t("consolidate.group_discount"),
          t("consolidate.shared_contracts"), t("consolidate.volume"), t("consolidate.saving"),
        ], rightAligned: [1, 2, 3, 4, 5, 6])
      for category in procurement.categories {
        table.append([
          t(category.category.label), money(category.spend), number(category.comuni),
          category.discountable ? percent(category.groupTier.basisPoints) : "-",
          money(category.sharedContractSaving), money(category.volumeSaving), money(category.saving),
        ])
      }
      table.append([
        t("consolidate.total"), money(procurement.spend), "", "", money(procurement.sharedContractSaving),
        money(procurement.volumeSaving), money(procurement.saving),
      ])
      lines.append(table.render())
      if procurement.estimatedSaving > .zero {
        lines.append(
          t("consolidate.of_which_estimated_on_estimated")
            + money(procurement.estimatedSaving))
      }
      lines.append("")
      for category in procurement.categories {
        lines.append(t(category.category.label))
        lines += category.arithmetic.map { "  " + t($0) }
      }
      lines.append("")
      if !procurement.sharedContracts.isEmpty {
        var contracts = TextTable(
          header: [
            t("consolidate.shared_contract"), t("consolidate.comuni"), t("consolidate.known_cost"),
            t("consolidate.saving"),
          ],
          rightAligned: [1, 2, 3])
        for product in procurement.sharedContracts {
          contracts.append([
            product.display, number(product.comuni.count), money(product.knownCost), money(product.saving),
          ])
        }
        lines += [contracts.render(), ""]
      }
      var members = TextTable(
        header: [
          t("consolidate.comune"), t("consolidate.spend_2"), t("consolidate.shared_contracts"),
          t("consolidate.volume"),
          t("consolidate.saving"),
        ], rightAligned: [1, 2, 3, 4])
      for member in procurement.members {
        members.append([
          "\(member.istatCode) \(member.name)", money(member.spend), money(member.sharedContractSaving),
          money(member.volumeSaving),
          money(member.saving) + (member.estimatedSaving > .zero ? t("consolidate.estimate") : ""),
        ])
      }
      members.append([
        t("consolidate.total"), money(procurement.spend), money(procurement.sharedContractSaving),
        money(procurement.volumeSaving), money(procurement.saving),
      ])
      lines += [t("consolidate.per_comune"), members.render(), ""]
      // The arithmetic of every line, for a selection small enough to read it.
      if procurement.members.count <= 30 {
        for member in procurement.members where !member.lines.isEmpty {
          lines.append("\(member.istatCode) \(member.name)")
          for line in member.lines { lines.append("  \(t(line.category.label)): \(t(line.arithmetic))") }
        }
        lines.append("")
      } else {
        lines += [
          t("consolidate.the_arithmetic_of_every_comune"),
          "",
        ]
      }
      return lines
    }

    // MARK: 3. Shared centre

    func centre() -> [String] {
      let centre = analysis.centre
      var lines = [t("consolidate.3_shared_service_centre"), ""]
      if let seat = centre.seat {
        lines.append(t("consolidate.seat") + "\(seat) \(names[seat] ?? "") (\(t(centre.seatReason)))")
      }
      switch centre.destination {
      case .site(let code, let site, let name):
        lines.append(
          t("consolidate.where_services_run")
            + "\(site) (\(name)), \(code) \(names[code] ?? "")")
      case .qualifiedCloud:
        lines.append(t("consolidate.where_services_run_qualified_cloud"))
      }
      lines.append(t(centre.destinationReason))
      lines.append("")
      if !centre.decisions.isEmpty {
        var sites = TextTable(
          header: [
            t("consolidate.comune"), t("consolidate.site"), t("consolidate.kind"), t("consolidate.class"),
            t("consolidate.decision"),
            t("consolidate.servers"), "Storage", t("consolidate.apps"), t("consolidate.known_yearly_cost"),
          ], rightAligned: [5, 6, 7, 8])
        for decision in centre.decisions {
          let site = decision.site
          sites.append([
            "\(decision.istatCode) \(decision.comuneName)", site.id,
            site.kind?.rawValue ?? t("consolidate.unknown_3"),
            t(site.cedClass.label), t(decision.action.label), number(site.physicalServers),
            number(site.storageDevices), number(site.onPremiseApplications),
            money(site.runningCost + site.equipmentMaintenance) + (site.runningCostIncomplete ? " (+?)" : ""),
          ])
        }
        lines.append(sites.render())
        lines.append(
          t(
            "consolidate.ceds_close_servers_and_applications",
            [
              "closing_count": "\(centre.closing.count)", "centre_servers_moved": "\(centre.serversMoved)",
              "centre_applications_moved": "\(centre.applicationsMoved)",
              "centre_running_cost_saved": "\(money(centre.runningCostSaved))",
            ]))
        lines.append("")
      }
      var services = TextTable(
        header: [
          t("consolidate.service"), t("consolidate.kind"), t("consolidate.comuni_using_it"),
          t("consolidate.applications"),
        ],
        rightAligned: [2, 3])
      for demand in centre.demand {
        services.append([
          it ? demand.domain.italianLabel : demand.domain.englishLabel,
          demand.isBase
            ? t("consolidate.base_for_all") : t("consolidate.on_request_tariff"),
          number(demand.comuni), number(demand.applications),
        ])
      }
      lines += [t("consolidate.base_services_and_services_on"), services.render()]
      lines.append(
        t("consolidate.source") + centre.baseServices.source.citation
          + (centre.baseServices.assumption
            ? t("consolidate.split_nuvola_s_assumption") : ""))
      lines.append("")
      lines.append(
        t("consolidate.yearly_cost_of_the_centre"))
      lines += centre.cost.arithmetic.map { "  " + t($0) }
      lines.append(
        t("consolidate.membership_fee") + money(centre.cost.base) + " / "
          + number(centre.cost.population) + t("consolidate.inhabitants_eur")
          + ConsolidationText.decimal(Int(centre.feePerInhabitant), scale: 10_000, language)
          + t("consolidate.per_inhabitant_about"))
      lines.append("  " + t(ProportionalSplit.rule))
      lines.append("")
      var fees = TextTable(
        header: [
          t("consolidate.comune"), t("consolidate.inhabitants"), t("consolidate.fee"),
          t("consolidate.on_request_2"),
          t("consolidate.tariffs"), t("consolidate.pays"), t("consolidate.ict_spend_today"),
          t("consolidate.taken_over"), t("consolidate.difference"),
        ], rightAligned: [1, 2, 3, 4, 5, 6, 7, 8])
      for fee in centre.fees {
        fees.append([
          "\(fee.istatCode) \(fee.name)", number(fee.population),
          money(fee.membershipFee) + (fee.remainderCent ? "*" : ""),
          fee.requested.map { number($0.count) } ?? "?", fee.requested == nil ? "?" : money(fee.tariffs),
          money(fee.pays),
          money(fee.spendToday.value) + (fee.spendToday.status == .estimate ? t("consolidate.est") : ""),
          money(fee.takenOver), fee.saving.map(money) ?? "-",
        ])
      }
      let membership = centre.fees.reduce(Money.zero) { $0 + $1.membershipFee }
      let tariffs = centre.fees.reduce(Money.zero) { $0 + $1.tariffs }
      fees.append([
        t("consolidate.total"), number(centre.cost.population), money(membership),
        number(centre.cost.onRequestServices),
        money(tariffs), money(centre.revenue), "", "", "",
      ])
      lines.append(fees.render())
      lines.append(
        t("consolidate.one_cent_more_from_the"))
      lines.append(
        t(
          "consolidate.fees_balance",
          [
            "membership": money(membership), "tariffs": money(tariffs), "revenue": money(centre.revenue),
            "cost": money(centre.cost.total),
            "balance": t(
              centre.balanced ? "consolidate.fees_balance.balanced" : "consolidate.fees_balance.unbalanced"),
          ]))
      lines += centre.notes.map { "- " + t($0) }
      lines.append("")
      return lines
    }

    // MARK: 4. Clusters

    func clusters() -> [String] {
      var table = TextTable(
        header: [
          "Cluster", t("consolidate.comuni"), t("consolidate.inhabitants"),
          t("consolidate.with_inventory"),
          t("consolidate.mean_readiness"), t("consolidate.declared_spend"),
          t("consolidate.estimated_spend"),
        ], rightAligned: [1, 2, 3, 4, 5, 6])
      for cluster in analysis.clusters {
        table.append([
          t(cluster.label), number(cluster.comuni),
          cluster.cluster == nil ? t("consolidate.unknown_4") : number(cluster.population),
          number(cluster.withInventory),
          cluster.meanReadiness.map { ConsolidationText.decimal($0, scale: 10, language) } ?? "-",
          money(cluster.spendDeclared), money(cluster.spendEstimated),
        ])
      }
      return [
        t("consolidate.4_population_clusters"), "", table.render(),
        t("consolidate.boundaries") + analysis.rules.clusters.source.citation + "; "
          + t("consolidate.population") + Register.populationSource,
        "",
      ]
    }

    // MARK: 5. Rollout

    func rollout() -> [String] {
      let rollout = analysis.rollout
      var lines = [t("consolidate.5_rollout"), ""]
      lines += rollout.rules.map { "- " + t($0) }
      lines.append("")
      lines.append(t("consolidate.pilots"))
      if rollout.pilots.isEmpty { lines.append(t("consolidate.none")) }
      for pilot in rollout.pilots {
        lines.append("  \(pilot.istatCode) \(pilot.name) [\(pilot.clusterKey ?? "?")]: \(t(pilot.reason))")
      }
      lines.append("")
      var header = [
        t("consolidate.wave"), t("consolidate.period"), t("consolidate.comuni"), t("consolidate.inhabitants"),
        t("consolidate.with_inventory"),
      ]
      header += rollout.columns.map { "PNRR " + $0.name }
      header.append(t("consolidate.pnrr_value"))
      header.append(t("consolidate.funded"))
      header.append(t("consolidate.unfunded"))
      var table = TextTable(header: header, rightAligned: Set(1..<header.count))
      for wave in rollout.waves {
        var row = [
          wave.isPilot ? t("consolidate.0_pilots") : String(wave.number),
          wave.start.map { start in
            language == .it
              ? start.italian + "-" + (wave.end?.italian ?? "")
              : "\(start)..\(wave.end.map(\.description) ?? "")"
          } ?? "-",
          number(wave.comuni.count),
          number(wave.population), number(wave.withInventory),
        ]
        for index in rollout.columns.indices {
          row.append(
            money(wave.funding[index])
              + (wave.unknownAmounts[index] > 0 ? " (+\(wave.unknownAmounts[index])?)" : ""))
        }
        row.append(money(wave.total))
        row.append(money(wave.funded))
        row.append(money(wave.unfunded))
        table.append(row)
      }
      lines.append(table.render())
      lines.append(
        t("consolidate.pnrr_value_by_the_rules")
          + money(rollout.total) + "; " + t("consolidate.funded_2") + money(rollout.funded) + "; "
          + t("consolidate.with_no_known_funding") + money(rollout.unfunded))
      let atRisk = rollout.waves.reduce(Money.zero) { $0 + $1.awardsAtRisk }
      if atRisk > .zero {
        lines.append(
          t("consolidate.awards_still_to_complete_that")
            + money(atRisk))
      }
      for wave in rollout.waves {
        lines.append(
          (wave.isPilot
            ? t("consolidate.pilots") : t("consolidate.wave_2", ["wave_number": "\(wave.number)"])) + ": "
            + list(wave.comuni))
      }
      lines += rollout.notes.map { "- " + t($0) }
      lines.append("")
      return lines
    }

    func footer() -> [String] {
      var lines = analysis.notes.map { "- " + t($0) }
      let rules = analysis.rules.provenance
      lines.append(
        t("consolidate.rules") + "\(rules.fileName) (\(rules.origin), \(rules.date)); "
          + t("consolidate.sources") + rules.sources.map(\.key).joined(separator: ", ") + ". "
          + Register.attribution)
      return lines
    }
  }
}
