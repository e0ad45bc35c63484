import NuvolaRules
import NuvolaSupport

/// Reads planning defaults and remembers which were used and for what, so that the plan can list
/// every default behind its figures with the source (the inventory's own figures are not listed:
/// they win and need no default).
struct PlanDefaults {
  let rules: RuleBook
  private(set) var used: [String: Set<PlanPurpose>] = [:]

  init(rules: RuleBook) { self.rules = rules }

  /// The value of a default, recorded as used for `purpose`; 0 when the rules lack the key (the
  /// loader requires every key the planner reads, so this only happens with a foreign rule book).
  mutating func value(_ key: String, for purpose: PlanPurpose) -> Double {
    guard let value = rules.planning.numbers[key] ?? rules.costDefaults[key]?.value else { return 0 }
    used[key, default: []].insert(purpose)
    return value
  }

  /// The value without recording a use: for figures that only shape the plan when another use is
  /// recorded (e.g. reading a threshold that is reported with the need it produced).
  func peek(_ key: String) -> Double { rules.planning.numbers[key] ?? rules.costDefaults[key]?.value ?? 0 }

  /// The purposes' texts in the order of their English wording.
  private static func byEnglishText(_ purposes: Set<PlanPurpose>) -> [BilingualText] {
    purposes.sorted { englishRank[$0]! < englishRank[$1]! }.map(\.text)
  }

  /// Each purpose's place in the order of the English texts, which have no placeholders: sorted
  /// once, not rendered again for every comparison of every plan.
  private static let englishRank: [PlanPurpose: Int] = Dictionary(
    uniqueKeysWithValues: PlanPurpose.allCases.sorted { $0.text.en < $1.text.en }.enumerated().map { ($1, $0) })

  /// Every default used, by key.
  var list: [PlanDefault] {
    used.sorted { $0.key < $1.key }.compactMap { key, purposes in
      rules.planningParameter(key).map {
        PlanDefault(
          parameter: $0.parameter, file: $0.file, usedFor: PlanDefaults.byEnglishText(purposes))
      }
    }
  }
}
