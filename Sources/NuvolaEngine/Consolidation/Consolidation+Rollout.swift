import NuvolaRules
import NuvolaSupport

extension Consolidation {
  /// Pilots (one per cluster, the readiest with an inventory, or named by the user), then waves of
  /// `rollout_wave_size` comuni: the readiest first, then the comuni without an inventory, largest first.
  static func rollout(_ members: [ConsolidationMember], rules: RuleBook, options: ConsolidationOptions)
    -> RolloutPlan
  {
    let consolidation = rules.consolidation
    let columns = RegisterFunding(rules: rules).columns
    var pilots: [RolloutPilot] = []
    var notes: [BilingualText] = []
    let byCode = Dictionary(members.map { ($0.istatCode, $0) }, uniquingKeysWith: { first, _ in first })
    if !options.pilots.isEmpty {
      for code in options.pilots where !pilots.contains(where: { $0.istatCode == code }) {
        guard let member = byCode[code] else { continue }
        pilots.append(
          RolloutPilot(
            istatCode: code, name: member.name, clusterKey: member.cluster?.key,
            readiness: member.readiness?.tenths,
            named: true, reason: BilingualText(key: "consolidation.named_with_pilots")))
      }
    } else {
      for cluster in consolidation.clusters.clusters {
        let inCluster = members.filter { $0.cluster == cluster }
        guard let best = inCluster.filter(\.hasInventory).sorted(by: readier).first else {
          if !inCluster.isEmpty {
            notes.append(
              BilingualText(key: "consolidation.cluster_no_inventory_no_pilot", ["cluster": cluster.label]))
          }
          continue
        }
        let score: any TextValue = best.readiness ?? "?"
        let candidates = inCluster.count(where: \.hasInventory)
        pilots.append(
          RolloutPilot(
            istatCode: best.istatCode, name: best.name, clusterKey: cluster.key,
            readiness: best.readiness?.tenths,
            named: false,
            reason: BilingualText(
              key: "consolidation.readiest_of_cluster",
              ["score": score, "candidates": candidates, "cluster": cluster.label])))
      }
    }
    let pilotCodes = Set(pilots.map(\.istatCode))
    let rest = members.filter { !pilotCodes.contains($0.istatCode) }
    let ordered =
      rest.filter(\.hasInventory).sorted(by: readier) + rest.filter { !$0.hasInventory }.sorted(by: larger)
    var waves: [RolloutWave] = []
    if !pilots.isEmpty {
      waves.append(wave(0, pilots.compactMap { byCode[$0.istatCode] }, columns: columns.count))
    }
    var start = 0
    while start < ordered.count {
      let end = min(start + consolidation.waveSize, ordered.count)
      waves.append(
        wave(waves.count + (pilots.isEmpty ? 1 : 0), Array(ordered[start..<end]), columns: columns.count))
      start = end
    }
    if columns.contains(where: \.hasEstimates) {
      notes.append(
        BilingualText(key: "consolidation.pnrr_amounts_by_population_class"))
    }
    notes.append(
      BilingualText(key: "consolidation.with_an_inventory_a_measure"))
    if let asOf = options.asOf {
      notes += date(&waves, columns: columns, rules: rules, asOf: asOf, awards: options.awards)
    }
    var plan = RolloutPlan(
      pilots: pilots, waves: waves, columns: columns, waveSize: consolidation.waveSize,
      rules: rolloutRules(consolidation, named: !options.pilots.isEmpty), notes: notes)
    plan.asOf = options.asOf
    return plan
  }

  /// Readiest first, then the larger, then by ISTAT code.
  static func readier(_ a: ConsolidationMember, _ b: ConsolidationMember) -> Bool {
    (a.readiness?.tenths ?? -1, a.population.value ?? -1, b.istatCode)
      > (b.readiness?.tenths ?? -1, b.population.value ?? -1, a.istatCode)
  }

  /// Larger first (unknown population last), then by ISTAT code.
  static func larger(_ a: ConsolidationMember, _ b: ConsolidationMember) -> Bool {
    (a.population.value ?? -1, b.istatCode) > (b.population.value ?? -1, a.istatCode)
  }

  static func wave(_ number: Int, _ members: [ConsolidationMember], columns: Int) -> RolloutWave {
    var wave = RolloutWave(number: number, columns: columns)
    for member in members {
      wave.comuni.append(member.istatCode)
      wave.population += member.population.value ?? 0
      if member.hasInventory { wave.withInventory += 1 }
      for index in 0..<min(columns, member.funding.count) {
        if let amount = member.funding[index] {
          wave.funding[index] += amount
        } else {
          wave.unknownAmounts[index] += 1
        }
      }
    }
    return wave
  }

  static func rolloutRules(_ rules: ConsolidationRules, named: Bool) -> [BilingualText] {
    let size = rules.waveSize
    let assumption = rules.values["rollout_wave_size"]?.assumption == true
    return [
      named
        ? BilingualText(key: "consolidation.pilots_named_by_the_user")
        : BilingualText(key: "consolidation.one_pilot_per_cluster_the"),
      BilingualText(
        key: "consolidation.waves_of_comuni",
        [
          "size": size,
          "assumption": assumption ? BilingualText(key: "consolidation.assumption_suffix") : .empty,
        ]),
    ]
  }
}
