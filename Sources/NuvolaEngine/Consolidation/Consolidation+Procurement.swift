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
    guard discountable else {
      return BilingualText(
        key: "consolidation.no_volume_discount_for_this",
        ["spend": TextNumber.money(spend)])
    }
    let base: any TextValue =
      shared == .zero
      ? TextNumber.money(spend)
      : BilingualText(
        key: "consolidation.base_less_shared",
        ["spend": TextNumber.money(spend), "shared": TextNumber.money(shared)])
    return BilingualText(
      key: "consolidation.volume_arithmetic",
      [
        "base": base,
        "group": TextNumber.percent(group),
        "alone": TextNumber.percent(alone),
        "volume": TextNumber.money(volume),
      ])
  }

  static func categoryArithmetic(
    _ category: CategoryProcurement, sharedCost: Money, rules: ConsolidationRules
  ) -> [BilingualText] {
    guard category.discountable else {
      return [
        BilingualText(
          key: "consolidation.together_in_comuni",
          [
            "category_spend": TextNumber.money(category.spend),
            "category_comuni": category.comuni,
          ]),
        BilingualText(key: "consolidation.no_volume_discount_on_this"),
      ]
    }
    var lines = [
      BilingualText(
        key: "consolidation.together_in_comuni_tier_from",
        [
          "category_spend": TextNumber.money(category.spend),
          "category_comuni": category.comuni,
          "group_tier_from": TextNumber.money(category.groupTier.from),
          "group_tier_basis_points": TextNumber.percent(category.groupTier.basisPoints),
        ]),
      BilingualText(
        key: "consolidation.alone_each_comune_at_the",
        [
          "alone_basis_points_lower_bound": TextNumber.percent(category.aloneBasisPoints.lowerBound),
          "alone_basis_points_upper_bound": TextNumber.percent(category.aloneBasisPoints.upperBound),
        ]),
    ]
    if category.category == .software {
      let rate = rules.sharedContractBasisPoints
      lines.append(
        BilingualText(
          key: "consolidation.shared_contracts_of_products_run",
          [
            "shared_cost": TextNumber.money(sharedCost),
            "rules_shared_contract_min_comu": rules.sharedContractMinComuni,
            "rate": TextNumber.percent(rate),
            "category_shared_contract_savin": TextNumber.money(category.sharedContractSaving),
          ]))
    }
    lines.append(
      BilingualText(
        key: "consolidation.volume_discount_sum_of_spend",
        [
          "group_tier_basis_points": TextNumber.percent(category.groupTier.basisPoints),
          "category_volume_saving": TextNumber.money(category.volumeSaving),
        ]))
    lines.append(
      BilingualText(
        key: "consolidation.saving",
        [
          "saving": TextNumber.money(category.saving),
          "estimate": category.isEstimate ? BilingualText(key: "consolidation.estimate_suffix") : .empty,
        ]))
    return lines
  }

  /// The model in words, with its status: the reader must know it is an assumption before any number.
  static func method(_ rules: ConsolidationRules) -> [BilingualText] {
    let model = rules.volumeDiscount
    let tiers = TextList(
      model.tiers.map {
        BilingualText(
          key: "consolidation.discount_tier",
          ["from": TextNumber.money($0.from), "rate": TextNumber.percent($0.basisPoints)])
      }, separator: "; ")
    let status =
      model.assumption
      ? BilingualText(key: "consolidation.nuvola_assumption")
      : BilingualText(key: "consolidation.source", ["citation": model.source.citation])
    let sharedStatus = rules.values["shared_contract_rate"]?.assumption == true
    return [
      BilingualText(
        key: "consolidation.volume_discounts_by_yearly_spend",
        ["status": status, "tiers": tiers]),
      BilingualText(key: "consolidation.a_comune_alone_gets_the"),
      BilingualText(
        key: "consolidation.shared_contracts_method",
        [
          "minimum": rules.sharedContractMinComuni,
          "rate": TextNumber.percent(rules.sharedContractBasisPoints),
          "assumption": sharedStatus ? BilingualText(key: "consolidation.assumption_suffix") : .empty,
        ]),
      BilingualText(key: "consolidation.savings_computed_on_an_estimated"),
    ]
  }
}
