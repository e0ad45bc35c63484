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
    func t(_ text: BilingualText) -> String { text.text(language) }
    func money(_ amount: Money) -> String { ConsolidationText.money(amount, language) }
    func money(_ amount: Money?) -> String { amount.map(money) ?? t("non noto", "unknown") }
    func number(_ value: Int) -> String { ConsolidationText.grouped(value, language) }
    func percent(_ basisPoints: Int) -> String { ConsolidationText.percent(basisPoints, language) }

    /// Up to `limit` names, then how many more.
    func list(_ codes: [String], limit: Int = 8) -> String {
      let shown = codes.prefix(limit).map { names[$0] ?? $0 }.joined(separator: ", ")
      return codes.count > limit
        ? shown + t(" e altri \(codes.count - limit)", " and \(codes.count - limit) more") : shown
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
          "Archivio \(store.path): \(store.inventories) inventari",
          "Store \(store.path): \(store.inventories) inventories")
        : t(
          "Archivio \(store.path) assente: solo registro ISTAT",
          "No store at \(store.path): ISTAT register only")
      return [
        t("Consolidamento: ", "Consolidation: ") + t(analysis.area),
        t(
          "\(number(today.comuni)) comuni: \(number(today.withInventory)) con inventario, "
            + "\(number(today.comuni - today.withInventory)) solo dal registro (stime)",
          "\(number(today.comuni)) comuni: \(number(today.withInventory)) with an inventory, "
            + "\(number(today.comuni - today.withInventory)) from the register only (estimates)"),
        storeLine,
        "",
      ]
    }

    // MARK: 1. Today

    func today() -> [String] {
      let today = analysis.today
      var lines = [t("1. OGGI", "1. TODAY"), ""]
      var table = TextTable(
        header: [
          t("Comune", "Comune"), t("Abitanti", "Inhabitants"), "Cluster", t("Spesa ICT", "ICT spend"),
          t("Fonte spesa", "Spend"), "CED A", "CED B", t("Server", "Servers"), "VM", t("App", "Apps"),
          t("In cloud", "In cloud"), t("Prontezza", "Readiness"),
        ], rightAligned: [1, 3, 5, 6, 7, 8, 9, 10, 11])
      for member in analysis.members {
        let inventory = member.hasInventory
        func count(_ value: Int) -> String { inventory ? number(value) : "-" }
        table.append([
          member.label, member.population.value.map(number) ?? t("non nota", "unknown"),
          member.cluster?.key ?? t("ignoto", "unknown"), money(member.spend.value),
          t(spendStatus(member.spend.status)), count(member.sitesOf(.a)), count(member.sitesOf(.gruppoB)),
          count(member.physicalServers), count(member.virtualMachines), count(member.applications),
          count(member.cloudApplications), member.readiness.map { $0.text(language) } ?? "-",
        ])
      }
      lines.append(table.render())
      lines.append(
        t("Totale", "Total") + ": "
          + t(
            "\(number(today.population)) abitanti noti; spesa ICT \(money(today.spendTotal)) "
              + "(dichiarata \(money(today.spendDeclared)) da \(today.comuniDeclared) comuni, stimata "
              + "\(money(today.spendEstimated)) per \(today.comuniEstimated), ignota per "
              + "\(today.comuniSpendUnknown))",
            "\(number(today.population)) known inhabitants; ICT spend \(money(today.spendTotal)) "
              + "(declared \(money(today.spendDeclared)) by \(today.comuniDeclared) comuni, estimated "
              + "\(money(today.spendEstimated)) for \(today.comuniEstimated), unknown for "
              + "\(today.comuniSpendUnknown))"
          ))
      lines.append(
        t(
          "CED: \(today.sitesClassA) di classe A, \(today.sitesGruppoB) di Gruppo B; server fisici "
            + "\(today.physicalServers), VM \(today.virtualMachines); applicazioni \(today.applications) "
            + "(\(today.cloudApplications) in cloud, \(today.applicationsWithoutCost) senza costo noto)",
          "Sites: \(today.sitesClassA) class A, \(today.sitesGruppoB) Gruppo B; physical servers "
            + "\(today.physicalServers), VMs \(today.virtualMachines); applications \(today.applications) "
            + "(\(today.cloudApplications) in the cloud, \(today.applicationsWithoutCost) without a "
            + "known cost)"
        ))
      if let parameter = analysis.spendPerInhabitant, today.comuniEstimated > 0 {
        lines.append(
          t("Stima della spesa: ", "Spend estimate: ") + "EUR "
            + ConsolidationText.decimal(Int((parameter.value * 100).rounded()), scale: 100, language)
            + t(" per abitante, ", " per inhabitant, ") + parameter.source.citation)
      }
      lines.append("")
      if !today.domains.isEmpty {
        var domains = TextTable(
          header: [
            t("Dominio", "Domain"), t("Applicazioni", "Applications"), t("Comuni", "Comuni"),
            t("Servizio", "Service"),
          ],
          rightAligned: [1, 2])
        for use in today.domains {
          domains.append([
            it ? use.domain.italianLabel : use.domain.englishLabel, number(use.applications),
            number(use.comuni),
            use.isBase ? t("base", "base") : t("a richiesta", "on request"),
          ])
        }
        lines += [t("Applicazioni per dominio", "Applications by domain"), domains.render(), ""]
      }
      if !today.vendors.isEmpty {
        var vendors = TextTable(
          header: [
            t("Fornitore", "Vendor"), t("Comuni", "Comuni"), t("Applicazioni", "Applications"),
            t("Costo noto", "Known cost"),
          ],
          rightAligned: [1, 2, 3])
        for vendor in today.vendors {
          vendors.append([
            vendor.vendor, number(vendor.comuni), number(vendor.applications), money(vendor.knownCost),
          ])
        }
        lines += [t("Fornitori", "Vendors"), vendors.render(), ""]
      }
      let shared = today.sharedProducts
      lines.append(
        t(
          "Prodotti usati da più comuni (primi candidati a un contratto unico): \(shared.count)",
          "Products run by several comuni (first candidates for a joint contract): \(shared.count)"))
      if !shared.isEmpty {
        var products = TextTable(
          header: [
            t("Prodotto", "Product"), t("Comuni", "Comuni"), t("App", "Apps"), t("Costo noto", "Known cost"),
            t("Chi", "Who"),
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

    func spendStatus(_ status: SpendFigure.Status) -> BilingualText {
      switch status {
      case .declared: return BilingualText(it: "dichiarata", en: "declared")
      case .estimate: return BilingualText(it: "stima", en: "estimate")
      case .unknown: return BilingualText(it: "ignota", en: "unknown")
      }
    }

    // MARK: 2. Joint procurement

    func procurement() -> [String] {
      let procurement = analysis.procurement
      var lines = [t("2. ACQUISTI CONGIUNTI", "2. JOINT PROCUREMENT"), ""]
      lines += procurement.method.map { "- " + t($0) }
      lines.append("")
      var table = TextTable(
        header: [
          t("Categoria", "Category"), t("Spesa", "Spend"), t("Comuni", "Comuni"),
          t("Sconto insieme", "Group discount"),
          t("Contratti condivisi", "Shared contracts"), t("Volume", "Volume"), t("Risparmio", "Saving"),
        ], rightAligned: [1, 2, 3, 4, 5, 6])
      for category in procurement.categories {
        table.append([
          t(category.category.label), money(category.spend), number(category.comuni),
          category.discountable ? percent(category.groupTier.basisPoints) : "-",
          money(category.sharedContractSaving), money(category.volumeSaving), money(category.saving),
        ])
      }
      table.append([
        t("Totale", "Total"), money(procurement.spend), "", "", money(procurement.sharedContractSaving),
        money(procurement.volumeSaving), money(procurement.saving),
      ])
      lines.append(table.render())
      if procurement.estimatedSaving > .zero {
        lines.append(
          t("di cui stimato (su spesa stimata): ", "of which estimated (on estimated spend): ")
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
            t("Contratto condiviso", "Shared contract"), t("Comuni", "Comuni"), t("Costo noto", "Known cost"),
            t("Risparmio", "Saving"),
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
          t("Comune", "Comune"), t("Spesa", "Spend"), t("Contratti condivisi", "Shared contracts"),
          t("Volume", "Volume"),
          t("Risparmio", "Saving"),
        ], rightAligned: [1, 2, 3, 4])
      for member in procurement.members {
        members.append([
          "\(member.istatCode) \(member.name)", money(member.spend), money(member.sharedContractSaving),
          money(member.volumeSaving),
          money(member.saving) + (member.estimatedSaving > .zero ? t(" (stima)", " (estimate)") : ""),
        ])
      }
      members.append([
        t("Totale", "Total"), money(procurement.spend), money(procurement.sharedContractSaving),
        money(procurement.volumeSaving), money(procurement.saving),
      ])
      lines += [t("Per comune", "Per comune"), members.render(), ""]
      // The arithmetic of every line, for a selection small enough to read it.
      if procurement.members.count <= 30 {
        for member in procurement.members where !member.lines.isEmpty {
          lines.append("\(member.istatCode) \(member.name)")
          for line in member.lines { lines.append("  \(t(line.category.label)): \(t(line.arithmetic))") }
        }
        lines.append("")
      } else {
        lines += [
          t("Il calcolo di ogni comune: --format json.", "The arithmetic of every comune: --format json."),
          "",
        ]
      }
      return lines
    }

    // MARK: 3. Shared centre

    func centre() -> [String] {
      let centre = analysis.centre
      var lines = [t("3. CENTRO SERVIZI CONDIVISO", "3. SHARED SERVICE CENTRE"), ""]
      if let seat = centre.seat {
        lines.append(t("Sede: ", "Seat: ") + "\(seat) \(names[seat] ?? "") (\(t(centre.seatReason)))")
      }
      switch centre.destination {
      case .site(let code, let site, let name):
        lines.append(
          t("Dove girano i servizi: ", "Where services run: ")
            + "\(site) (\(name)), \(code) \(names[code] ?? "")")
      case .qualifiedCloud:
        lines.append(t("Dove girano i servizi: cloud qualificato", "Where services run: qualified cloud"))
      }
      lines.append(t(centre.destinationReason))
      lines.append("")
      if !centre.decisions.isEmpty {
        var sites = TextTable(
          header: [
            t("Comune", "Comune"), t("Sito", "Site"), t("Tipo", "Kind"), t("Classe", "Class"),
            t("Decisione", "Decision"),
            t("Server", "Servers"), "Storage", t("App", "Apps"), t("Costo annuo noto", "Known yearly cost"),
          ], rightAligned: [5, 6, 7, 8])
        for decision in centre.decisions {
          let site = decision.site
          sites.append([
            "\(decision.istatCode) \(decision.comuneName)", site.id,
            site.kind?.rawValue ?? t("ignoto", "unknown"),
            t(site.cedClass.label), t(decision.action.label), number(site.physicalServers),
            number(site.storageDevices), number(site.onPremiseApplications),
            money(site.runningCost + site.equipmentMaintenance) + (site.runningCostIncomplete ? " (+?)" : ""),
          ])
        }
        lines.append(sites.render())
        lines.append(
          t(
            "Chiudono \(centre.closing.count) CED: \(centre.serversMoved) server e "
              + "\(centre.applicationsMoved) "
              + "applicazioni da spostare; costi annui noti che cessano: \(money(centre.runningCostSaved))",
            "\(centre.closing.count) CEDs close: \(centre.serversMoved) servers and "
              + "\(centre.applicationsMoved) "
              + "applications to move; known yearly costs that end: \(money(centre.runningCostSaved))"))
        lines.append("")
      }
      var services = TextTable(
        header: [
          t("Servizio", "Service"), t("Tipo", "Kind"), t("Comuni che lo usano", "Comuni using it"),
          t("Applicazioni", "Applications"),
        ],
        rightAligned: [2, 3])
      for demand in centre.demand {
        services.append([
          it ? demand.domain.italianLabel : demand.domain.englishLabel,
          demand.isBase
            ? t("base (per tutti)", "base (for all)") : t("a richiesta (tariffa)", "on request (tariff)"),
          number(demand.comuni), number(demand.applications),
        ])
      }
      lines += [t("Servizi base e a richiesta", "Base services and services on request"), services.render()]
      lines.append(
        t("Fonte: ", "Source: ") + centre.baseServices.source.citation
          + (centre.baseServices.assumption
            ? t(" (ripartizione: ipotesi di Nuvola)", " (split: Nuvola's assumption)") : ""))
      lines.append("")
      lines.append(
        t(
          "Costo annuo del centro (ipotesi, consolidation.json)",
          "Yearly cost of the centre (assumptions, consolidation.json)"))
      lines += centre.cost.arithmetic.map { "  " + t($0) }
      lines.append(
        t("Quota associativa: ", "Membership fee: ") + money(centre.cost.base) + " / "
          + number(centre.cost.population) + t(" abitanti = EUR ", " inhabitants = EUR ")
          + ConsolidationText.decimal(Int(centre.feePerInhabitant), scale: 10_000, language)
          + t(" per abitante (circa)", " per inhabitant (about)"))
      lines.append("  " + t(ProportionalSplit.rule))
      lines.append("")
      var fees = TextTable(
        header: [
          t("Comune", "Comune"), t("Abitanti", "Inhabitants"), t("Quota", "Fee"),
          t("Serv. a richiesta", "On request"),
          t("Tariffe", "Tariffs"), t("Paga", "Pays"), t("Spesa ICT oggi", "ICT spend today"),
          t("Preso in carico", "Taken over"), t("Differenza", "Difference"),
        ], rightAligned: [1, 2, 3, 4, 5, 6, 7, 8])
      for fee in centre.fees {
        fees.append([
          "\(fee.istatCode) \(fee.name)", number(fee.population),
          money(fee.membershipFee) + (fee.remainderCent ? "*" : ""),
          fee.requested.map { number($0.count) } ?? "?", fee.requested == nil ? "?" : money(fee.tariffs),
          money(fee.pays),
          money(fee.spendToday.value) + (fee.spendToday.status == .estimate ? t(" (stima)", " (est.)") : ""),
          money(fee.takenOver), fee.saving.map(money) ?? "-",
        ])
      }
      let membership = centre.fees.reduce(Money.zero) { $0 + $1.membershipFee }
      let tariffs = centre.fees.reduce(Money.zero) { $0 + $1.tariffs }
      fees.append([
        t("Totale", "Total"), number(centre.cost.population), money(membership),
        number(centre.cost.onRequestServices),
        money(tariffs), money(centre.revenue), "", "", "",
      ])
      lines.append(fees.render())
      lines.append(
        t("* un centesimo in più dalla regola del resto", "* one cent more from the remainder rule"))
      lines.append(
        t(
          "Quote \(money(membership)) + tariffe \(money(tariffs)) = \(money(centre.revenue)); costo "
            + "\(money(centre.cost.total)): "
            + (centre.balanced ? "in equilibrio al centesimo" : "NON in equilibrio"),
          "Fees \(money(membership)) + tariffs \(money(tariffs)) = \(money(centre.revenue)); cost "
            + "\(money(centre.cost.total)): "
            + (centre.balanced ? "balanced to the cent" : "NOT balanced")))
      lines += centre.notes.map { "- " + t($0) }
      lines.append("")
      return lines
    }

    // MARK: 4. Clusters

    func clusters() -> [String] {
      var table = TextTable(
        header: [
          "Cluster", t("Comuni", "Comuni"), t("Abitanti", "Inhabitants"),
          t("Con inventario", "With inventory"),
          t("Prontezza media", "Mean readiness"), t("Spesa dichiarata", "Declared spend"),
          t("Spesa stimata", "Estimated spend"),
        ], rightAligned: [1, 2, 3, 4, 5, 6])
      for cluster in analysis.clusters {
        table.append([
          t(cluster.label), number(cluster.comuni),
          cluster.cluster == nil ? t("ignoti", "unknown") : number(cluster.population),
          number(cluster.withInventory),
          cluster.meanReadiness.map { ConsolidationText.decimal($0, scale: 10, language) } ?? "-",
          money(cluster.spendDeclared), money(cluster.spendEstimated),
        ])
      }
      return [
        t("4. CLUSTER PER POPOLAZIONE", "4. POPULATION CLUSTERS"), "", table.render(),
        t("Confini: ", "Boundaries: ") + analysis.rules.clusters.source.citation + "; "
          + t("popolazione: ", "population: ") + Register.populationSource,
        "",
      ]
    }

    // MARK: 5. Rollout

    func rollout() -> [String] {
      let rollout = analysis.rollout
      var lines = [t("5. DIFFUSIONE", "5. ROLLOUT"), ""]
      lines += rollout.rules.map { "- " + t($0) }
      lines.append("")
      lines.append(t("Piloti", "Pilots"))
      if rollout.pilots.isEmpty { lines.append(t("  nessuno", "  none")) }
      for pilot in rollout.pilots {
        lines.append("  \(pilot.istatCode) \(pilot.name) [\(pilot.clusterKey ?? "?")]: \(t(pilot.reason))")
      }
      lines.append("")
      var header = [
        t("Ondata", "Wave"), t("Periodo", "Period"), t("Comuni", "Comuni"), t("Abitanti", "Inhabitants"),
        t("Con inventario", "With inventory"),
      ]
      header += rollout.columns.map { "PNRR " + $0.name }
      header.append(t("Valore PNRR", "PNRR value"))
      header.append(t("Finanziato", "Funded"))
      header.append(t("Non finanziato", "Unfunded"))
      var table = TextTable(header: header, rightAligned: Set(1..<header.count))
      for wave in rollout.waves {
        var row = [
          wave.isPilot ? t("0 (piloti)", "0 (pilots)") : String(wave.number),
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
        t("Valore PNRR secondo le regole (non una promessa): ", "PNRR value by the rules (not a promise): ")
          + money(rollout.total) + "; " + t("finanziato: ", "funded: ") + money(rollout.funded) + "; "
          + t("senza finanziamento noto: ", "with no known funding: ") + money(rollout.unfunded))
      let atRisk = rollout.waves.reduce(Money.zero) { $0 + $1.awardsAtRisk }
      if atRisk > .zero {
        lines.append(
          t(
            "Contributi assegnati da completare che le fasi non chiudono entro la fine del PNRR: ",
            "Awards still to complete that the phases do not finish before the end of the PNRR: ")
            + money(atRisk))
      }
      for wave in rollout.waves {
        lines.append(
          (wave.isPilot ? t("Piloti", "Pilots") : t("Ondata \(wave.number)", "Wave \(wave.number)")) + ": "
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
        t("Regole: ", "Rules: ") + "\(rules.fileName) (\(rules.origin), \(rules.date)); "
          + t("fonti: ", "sources: ") + rules.sources.map(\.key).joined(separator: ", ") + ". "
          + Register.attribution)
      return lines
    }
  }
}
