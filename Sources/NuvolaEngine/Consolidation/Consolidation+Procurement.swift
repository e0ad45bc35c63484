import NuvolaRules
import NuvolaSupport

extension Consolidation {
  /// Joint procurement: per category, the group reaches the discount tier of its total spend while
  /// each comune alone has the tier of its own; shared contracts for the same product save first.
  static func procurement(
    _ members: [ConsolidationMember], products: [SharedProduct], rules: ConsolidationRules
  ) -> JointProcurement {
    let model = rules.volumeDiscount
    let sharedKeys = Set(products.filter(\.isShared).map(\.key))
    let rate = rules.sharedContractBasisPoints
    var memberShared: [String: Money] = [:]
    for member in members {
      memberShared[member.istatCode] = member.products.filter { sharedKeys.contains($0.key) }
        .reduce(.zero) { $0 + share($1.knownCost, basisPoints: rate) }
    }
    var memberLines: [String: [MemberProcurement.Line]] = [:]
    var categories: [CategoryProcurement] = []
    for category in SpendCategory.allCases {
      let spenders = members.filter { $0.categories[category] != nil }
      guard !spenders.isEmpty else { continue }
      let total = spenders.reduce(Money.zero) { $0 + $1.amount(category) }
      let group = model.tier(for: total)
      let discountable = model.appliesTo.contains(category)
      var sharedSaving = Money.zero
      var volumeSaving = Money.zero
      var aloneRates: [Int] = []
      for member in spenders {
        let spend = member.amount(category)
        let alone = model.tier(for: spend).basisPoints
        aloneRates.append(alone)
        let shared = category == .software ? memberShared[member.istatCode] ?? .zero : .zero
        let net = max(.zero, spend - shared)
        let volume = discountable ? share(net, basisPoints: group.basisPoints - alone) : .zero
        sharedSaving += shared
        volumeSaving += volume
        memberLines[member.istatCode, default: []].append(
          MemberProcurement.Line(
            category: category, spend: spend, aloneBasisPoints: alone, groupBasisPoints: group.basisPoints,
            sharedContractSaving: shared, volumeSaving: volume,
            arithmetic: lineArithmetic(
              spend: spend, shared: shared, group: group.basisPoints, alone: alone, volume: volume,
              discountable: discountable)))
      }
      let alone = (aloneRates.min() ?? 0)...(aloneRates.max() ?? 0)
      var procurement = CategoryProcurement(
        category: category, discountable: discountable, spend: total, comuni: spenders.count,
        groupTier: group,
        aloneBasisPoints: alone, sharedContractSaving: sharedSaving, volumeSaving: volumeSaving,
        arithmetic: [])
      procurement.arithmetic = categoryArithmetic(
        procurement, sharedCost: category == .software ? sharedCost(members, sharedKeys) : .zero, rules: rules
      )
      categories.append(procurement)
    }
    return JointProcurement(
      categories: categories,
      members: members.map {
        MemberProcurement(istatCode: $0.istatCode, name: $0.name, lines: memberLines[$0.istatCode] ?? [])
      },
      sharedContracts: products.filter(\.isShared), sharedContractBasisPoints: rate,
      sharedContractMinComuni: rules.sharedContractMinComuni, model: model, method: method(rules))
  }

  /// Known yearly cost of the products run by enough comuni for a shared contract.
  static func sharedCost(_ members: [ConsolidationMember], _ keys: Set<String>) -> Money {
    members.reduce(.zero) { total, member in
      member.products.filter { keys.contains($0.key) }.reduce(total) { $0 + $1.knownCost }
    }
  }

  static func lineArithmetic(
    spend: Money, shared: Money, group: Int, alone: Int, volume: Money, discountable: Bool
  ) -> BilingualText {
    let money = ConsolidationText.money
    let percent = ConsolidationText.percent
    guard discountable else {
      return BilingualText(
        it: "\(money(spend, .it)): nessuno sconto di volume per questa categoria",
        en: "\(money(spend, .en)): no volume discount for this category")
    }
    let base = { (language: Language) -> String in
      shared == .zero
        ? money(spend, language)
        : "(\(money(spend, language)) - \(money(shared, language)))"
    }
    return BilingualText(
      it: "\(base(.it)) x (\(percent(group, .it)) - \(percent(alone, .it))) = \(money(volume, .it))",
      en: "\(base(.en)) x (\(percent(group, .en)) - \(percent(alone, .en))) = \(money(volume, .en))")
  }

  static func categoryArithmetic(
    _ category: CategoryProcurement, sharedCost: Money, rules: ConsolidationRules
  ) -> [BilingualText] {
    let money = ConsolidationText.money
    let percent = ConsolidationText.percent
    guard category.discountable else {
      return [
        BilingualText(
          it: "Insieme: \(money(category.spend, .it)) in \(category.comuni) comuni",
          en: "Together: \(money(category.spend, .en)) in \(category.comuni) comuni"),
        BilingualText(
          it: "Nessuno sconto di volume su questa categoria (regole): qui si risparmia chiudendo i CED.",
          en: "No volume discount on this category (rules): the saving here comes from closing CEDs."),
      ]
    }
    var lines = [
      BilingualText(
        it: "Insieme: \(money(category.spend, .it)) in \(category.comuni) comuni, fascia da "
          + "\(money(category.groupTier.from, .it)): sconto \(percent(category.groupTier.basisPoints, .it))",
        en: "Together: \(money(category.spend, .en)) in \(category.comuni) comuni, tier from "
          + "\(money(category.groupTier.from, .en)): discount \(percent(category.groupTier.basisPoints, .en))"
      ),
      BilingualText(
        it: "Da soli: ogni comune alla fascia della propria spesa (sconto da "
          + "\(percent(category.aloneBasisPoints.lowerBound, .it)) a "
          + "\(percent(category.aloneBasisPoints.upperBound, .it)))",
        en: "Alone: each comune at the tier of its own spend (discount from "
          + "\(percent(category.aloneBasisPoints.lowerBound, .en)) to "
          + "\(percent(category.aloneBasisPoints.upperBound, .en)))"
      ),
    ]
    if category.category == .software {
      let rate = rules.sharedContractBasisPoints
      lines.append(
        BilingualText(
          it: "Contratti condivisi: \(money(sharedCost, .it)) di prodotti usati da almeno "
            + "\(rules.sharedContractMinComuni) comuni x \(percent(rate, .it)), comune per comune = "
            + money(category.sharedContractSaving, .it),
          en: "Shared contracts: \(money(sharedCost, .en)) of products run by at least "
            + "\(rules.sharedContractMinComuni) comuni x \(percent(rate, .en)), comune by comune = "
            + money(category.sharedContractSaving, .en)))
    }
    lines.append(
      BilingualText(
        it:
          "Sconto di volume: somma di (spesa - contratti condivisi) x "
          + "(\(percent(category.groupTier.basisPoints, .it))"
          + " - sconto da solo) = \(money(category.volumeSaving, .it))",
        en:
          "Volume discount: sum of (spend - shared contracts) x "
          + "(\(percent(category.groupTier.basisPoints, .en))"
          + " - own discount) = \(money(category.volumeSaving, .en))"))
    lines.append(
      BilingualText(
        it: "Risparmio: \(money(category.saving, .it))" + (category.isEstimate ? " (stima)" : ""),
        en: "Saving: \(money(category.saving, .en))" + (category.isEstimate ? " (estimate)" : "")))
    return lines
  }

  /// The model in words, with its status: the reader must know it is an assumption before any number.
  static func method(_ rules: ConsolidationRules) -> [BilingualText] {
    let model = rules.volumeDiscount
    let tiers = { (language: Language) -> String in
      model.tiers.map {
        (language == .it ? "da " : "from ") + ConsolidationText.money($0.from, language) + ": "
          + ConsolidationText.percent($0.basisPoints, language)
      }.joined(separator: "; ")
    }
    let status = { (language: Language) -> String in
      if model.assumption { return language == .it ? "ipotesi di Nuvola" : "Nuvola's assumption" }
      return (language == .it ? "fonte: " : "source: ") + model.source.citation
    }
    let rate = ConsolidationText.percentText(rules.sharedContractBasisPoints)
    let sharedStatus = rules.values["shared_contract_rate"]?.assumption == true
    return [
      BilingualText(
        it: "Sconti di volume per spesa annua in una categoria (\(status(.it))): \(tiers(.it)).",
        en: "Volume discounts by yearly spend in a category (\(status(.en))): \(tiers(.en))."),
      BilingualText(
        it: "Un comune da solo ha la fascia della propria spesa; insieme, la fascia del totale. "
          + "Risparmio = (spesa - contratti condivisi) x (sconto del gruppo - sconto da solo).",
        en: "A comune alone gets the tier of its own spend; together, the tier of the total. "
          + "Saving = (spend - shared contracts) x (group discount - own discount)."),
      BilingualText(
        it:
          "Contratti condivisi: i comuni che usano lo stesso prodotto (almeno "
          + "\(rules.sharedContractMinComuni)) "
          + "firmano un contratto unico: \(rate.it) del costo annuo noto"
          + (sharedStatus ? " (ipotesi di Nuvola)" : "") + ", prima dello sconto di volume.",
        en: "Shared contracts: comuni running the same product (at least \(rules.sharedContractMinComuni)) "
          + "sign one contract: \(rate.en) of the known yearly cost"
          + (sharedStatus ? " (Nuvola's assumption)" : "") + ", before the volume discount."),
      BilingualText(
        it: "I risparmi calcolati su una spesa stimata sono stime.",
        en: "Savings computed on an estimated spend are estimates."),
    ]
  }
}
