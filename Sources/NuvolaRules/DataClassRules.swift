import NuvolaModel
import NuvolaSupport

/// The ACN classes of data and services (ordinario, critico, strategico) and where each may run.
public struct DataClassRules: Sendable, Equatable {
  /// One ACN class: what it means and where its services may run.
  public struct ClassRule: Sendable, Equatable {
    public var dataClass: DataClass
    public var title: BilingualText
    public var meaning: BilingualText
    /// Destination codes, keys of `destinations`.
    public var destinations: [String]
    /// QC levels; the mapping is unconfirmed (`qualificationMappingConfirmed`).
    public var qualificationLevels: [String]
    public var confirmed: Bool
  }

  public var provenance: RuleProvenance
  public var classes: [DataClass: ClassRule]
  public var destinations: [String: BilingualText]
  public var qualificationMappingConfirmed: Bool
  public var regulations: [RuleItem]
  public var targets: [RuleItem]

  /// Whether a service of this class may run only in the Polo Strategico Nazionale.
  public func requiresPSN(_ dataClass: DataClass) -> Bool { classes[dataClass]?.destinations == ["psn"] }

  init(_ node: RuleNode, provenance: RuleProvenance) throws(InputError) {
    self.provenance = provenance
    var destinations: [String: BilingualText] = [:]
    for (key, item) in try node.member("destinations").members() {
      destinations[key] = try BilingualText(item)
    }
    self.destinations = destinations
    var classes: [DataClass: ClassRule] = [:]
    let classesNode = try node.member("classes")
    for item in try classesNode.items() {
      let idNode = try item.member("id")
      guard let dataClass = DataClass(rawValue: try idNode.string()) else {
        throw idNode.failure("unknown data class", expected: DataClass.codes.joined(separator: ", "))
      }
      var targets: [String] = []
      let destinationsNode = try item.member("destinations")
      for target in try destinationsNode.items() {
        let code = try target.string()
        guard destinations[code] != nil else {
          throw target.failure(
            "unknown destination", expected: destinations.keys.sorted().joined(separator: ", "))
        }
        targets.append(code)
      }
      var levels: [String] = []
      for level in try item.optionalItems("qualification_levels") { levels.append(try level.string()) }
      classes[dataClass] = ClassRule(
        dataClass: dataClass, title: try BilingualText(item.member("title")),
        meaning: try BilingualText(item.member("meaning")), destinations: targets,
        qualificationLevels: levels,
        confirmed: try item.bool("confirmed"))
    }
    for dataClass in DataClass.allCases where classes[dataClass] == nil {
      throw classesNode.failure("class \(dataClass.rawValue) is missing", expected: "every ACN class")
    }
    self.classes = classes
    qualificationMappingConfirmed = try node.bool("qualification_mapping_confirmed")
    regulations = try RuleItem.list(node.optionalItems("regulations"))
    targets = try RuleItem.list(node.optionalItems("targets"))
  }
}
