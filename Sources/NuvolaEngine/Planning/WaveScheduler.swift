import NuvolaSupport

/// Places the moves into waves, greedily and wave by wave, honouring every constraint at once:
/// earliest wave (contracts), dependencies (a component never before what it depends on), the
/// domain order (no group before an earlier group has moved), link upgrades (done in an earlier
/// wave), capacity per wave and budget per plan year. What cannot fit in a wave waits for the next,
/// and every wait is recorded with its reason. What no wave can ever hold is reported as infeasible,
/// with the constraint to relax, never placed in breach of it.
struct WaveScheduler {
  /// A set of applications that move together (a dependency cycle, or one application).
  struct Unit {
    var members: [String]
    var cost: Money
    /// The group of the domain order of its earliest member.
    var group: Int
    /// The earliest wave its contracts allow.
    var release: Int
    /// Indices of the units it depends on.
    var dependencies: [Int]
    /// Sites whose link must be upgraded before it moves.
    var linkSites: [String]
    /// Staff hours the move takes (planning.json `migration_effort_hours_*`).
    var effort: Double = 0
  }

  /// Why a unit did not move in a wave it was otherwise ready for.
  enum Blocker: Equatable {
    case dependency([String])
    case order(group: Int, pending: [String])
    case link(site: String, upgradeWave: Int)
    case capacity(limit: Int)
    /// Staff hours of the wave spent: at most `limit` hours per wave.
    case effort(limit: Double)
    case budget(year: Int, spent: Money, cost: Money)
  }

  /// Why a unit can never be placed.
  enum Infeasible: Equatable {
    case tooCostly(cost: Money)
    case tooLarge(size: Int, limit: Int)
    case tooMuchEffort(hours: Double, limit: Double)
    case linkTooCostly(site: String, cost: Money)
    case dependsOn([String])
  }

  struct Schedule {
    var waveOf: [Int?]
    /// Effective group of each unit (lowered to the group of what depends on it).
    var groups: [Int]
    var upgradeWave: [String: Int]
    /// Waits of each unit, in wave order: (wave, blocker).
    var waits: [[(wave: Int, blocker: Blocker)]]
    var infeasible: [Infeasible?]
    /// One-off money committed per plan year.
    var spent: [Int: Money]
  }

  var units: [Unit]
  var upgradeCost: [String: Money]
  var waveMonths: Int
  var budget: Money?
  var capacity: Int?
  /// Staff hours a wave can give to the moves; nil = no limit.
  var effortPerWave: Double? = nil

  func planYear(ofWave wave: Int) -> Int { (wave * waveMonths) / 12 }

  func schedule() -> Schedule {
    let count = units.count
    // A dependency must not wait for its group when something of an earlier group needs it.
    var groups = units.map(\.group)
    for index in stride(from: count - 1, through: 0, by: -1) {
      for dependency in units[index].dependencies {
        groups[dependency] = min(groups[dependency], groups[index])
      }
    }
    var infeasible: [Infeasible?] = Array(repeating: nil, count: count)
    for index in 0..<count {
      let unit = units[index]
      if let budget, unit.cost > budget {
        infeasible[index] = .tooCostly(cost: unit.cost)
      } else if let capacity, unit.members.count > capacity {
        infeasible[index] = .tooLarge(size: unit.members.count, limit: capacity)
      } else if let effortPerWave, unit.effort > effortPerWave {
        infeasible[index] = .tooMuchEffort(hours: unit.effort, limit: effortPerWave)
      } else if let budget, let site = unit.linkSites.first(where: { (upgradeCost[$0] ?? .zero) > budget }) {
        infeasible[index] = .linkTooCostly(site: site, cost: upgradeCost[site] ?? .zero)
      } else {
        let blocked = unit.dependencies.filter { infeasible[$0] != nil }
        if !blocked.isEmpty { infeasible[index] = .dependsOn(blocked.flatMap { units[$0].members }.sorted()) }
      }
    }
    var waveOf: [Int?] = Array(repeating: nil, count: count)
    var waits: [[(wave: Int, blocker: Blocker)]] = Array(repeating: [], count: count)
    var upgradeWave: [String: Int] = [:]
    var spent: [Int: Money] = [:]
    var used: [Int: Int] = [:]
    var hours: [Int: Double] = [:]
    let order = (0..<count).sorted {
      (groups[$0], units[$0].release, units[$0].members[0]) < (
        groups[$1], units[$1].release, units[$1].members[0]
      )
    }
    var pending = Set((0..<count).filter { infeasible[$0] == nil })
    let maxRelease = units.map(\.release).max() ?? 0
    // Every wave places a unit unless a contract, a link upgrade or a spent yearly budget holds it;
    // the limit only guards against a bug looping for ever.
    let lastWave = maxRelease + (count + 1) * (12 / waveMonths + 2) + 2
    var wave = 0
    while !pending.isEmpty && wave <= lastWave {
      let year = planYear(ofWave: wave)
      var progress = true
      while progress {
        progress = false
        for index in order where pending.contains(index) {
          let unit = units[index]
          guard unit.release <= wave else { continue }
          let waiting = unit.dependencies.filter { waveOf[$0] == nil }
          if !waiting.isEmpty {
            note(&waits[index], wave, .dependency(waiting.flatMap { units[$0].members }.sorted()))
            continue
          }
          let earlier = pending.filter { groups[$0] < groups[index] }
          if let lowest = earlier.map({ groups[$0] }).min() {
            let names = earlier.filter { groups[$0] == lowest }.flatMap { units[$0].members }.sorted()
            note(&waits[index], wave, .order(group: lowest, pending: names))
            continue
          }
          var linkReady = true
          for site in unit.linkSites {
            if let upgraded = upgradeWave[site] {
              if upgraded >= wave {
                linkReady = false
                note(&waits[index], wave, .link(site: site, upgradeWave: upgraded))
              }
              continue
            }
            linkReady = false
            let cost = upgradeCost[site] ?? .zero
            if let budget, (spent[year] ?? .zero) + cost > budget {
              note(&waits[index], wave, .budget(year: year, spent: spent[year] ?? .zero, cost: cost))
            } else {
              upgradeWave[site] = wave
              spent[year] = (spent[year] ?? .zero) + cost
              note(&waits[index], wave, .link(site: site, upgradeWave: wave))
            }
          }
          guard linkReady else { continue }
          if let capacity, (used[wave] ?? 0) + unit.members.count > capacity {
            note(&waits[index], wave, .capacity(limit: capacity))
            continue
          }
          if let effortPerWave, (hours[wave] ?? 0) + unit.effort > effortPerWave {
            note(&waits[index], wave, .effort(limit: effortPerWave))
            continue
          }
          if let budget, (spent[year] ?? .zero) + unit.cost > budget {
            note(&waits[index], wave, .budget(year: year, spent: spent[year] ?? .zero, cost: unit.cost))
            continue
          }
          // A wait noted earlier in this same wave (before a dependency moved) did not hold it.
          if waits[index].last?.wave == wave { waits[index].removeLast() }
          waveOf[index] = wave
          used[wave, default: 0] += unit.members.count
          hours[wave, default: 0] += unit.effort
          spent[year] = (spent[year] ?? .zero) + unit.cost
          pending.remove(index)
          progress = true
        }
      }
      wave += 1
    }
    return Schedule(
      waveOf: waveOf, groups: groups, upgradeWave: upgradeWave, waits: waits, infeasible: infeasible,
      spent: spent)
  }

  /// Records a wait once per wave (a unit is looked at several times per wave).
  private func note(_ list: inout [(wave: Int, blocker: Blocker)], _ wave: Int, _ blocker: Blocker) {
    if let last = list.last, last.wave == wave {
      list[list.count - 1] = (wave, blocker)
    } else {
      list.append((wave, blocker))
    }
  }
}
