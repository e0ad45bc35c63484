import NuvolaSupport

/// A PNRR measure for comuni, as its rules file states it: population classes with amounts,
/// services, conditions, deadlines, calls and, for 1.2, the fundable moves.
public struct Measure: Sendable, Equatable {
  public var provenance: RuleProvenance
  /// Measure code as Nuvola names it: `1.2`, `1.3.1`, `1.4.3-pagopa`, `1.4.5`...
  public var code: String
  public var title: BilingualText
  public var populationBasis: BilingualText
  public var populationBasisSource: RuleSource?
  public var components: [MeasureComponent]
  /// Column of `nuvola funding --register` holding the amount at the class minimum (1.2: the fixed part
  /// plus the minimum number of services at the smaller per-service amount); nil when there is none.
  public var minimumColumn: String?
  /// Ascending; the last is open (no upper bound).
  public var classes: [MeasureClass]
  /// False when the class boundaries themselves are not confirmed (1.2).
  public var classesConfirmed: Bool
  public var conditions: [RuleItem]
  public var deadlines: [RuleDeadline]
  public var calls: [CallWindow]
  public var dossier: [RuleItem]
  /// Only for 1.2: modes and the fundable-moves table.
  public var cloud: CloudMigrationRules?
  /// Inclusive upper bounds of every class but the last, for `PopulationClasses`.
  public let upperBounds: [Int]

  /// The class of a comune of this population.
  public func populationClass(for population: Int) -> MeasureClass {
    classes[PopulationClasses.index(of: population, upperBounds: upperBounds)]
  }

  public func component(_ key: String) -> MeasureComponent? { components.first { $0.key == key } }

  /// The least a comune of this class gets when it reaches the class minimum: every lump sum plus the
  /// minimum number of services at the smallest per-service amount. Nil when an amount is unknown.
  public func minimumAmount(in populationClass: MeasureClass) -> Money? {
    var total = Money.zero
    var smallest: Money?
    for component in components {
      guard let value = populationClass.amounts[component.key]?.value else { return nil }
      switch component.kind {
      case .lumpSum: total += value
      case .perService: smallest = smallest.map { Swift.min($0, value) } ?? value
      }
    }
    let services = populationClass.services?.min ?? 0
    if let smallest, services > 0 { total += smallest * services }
    return total
  }

  public var json: JSON {
    .object([
      ("measure", .string(code)),
      ("title", title.json),
      ("provenance", provenance.json),
      ("population_basis", populationBasis.json),
      ("components", .array(components.map(\.json))),
      ("minimum_column", minimumColumn.map(JSON.string) ?? .null),
      ("classes_confirmed", .bool(classesConfirmed)),
      ("classes", .array(classes.map(\.json))),
      ("conditions", .array(conditions.map(\.json))),
      ("deadlines", .array(deadlines.map(\.json))),
      ("calls", .array(calls.map(\.json))),
      ("dossier", .array(dossier.map(\.json))),
      ("cloud", cloud?.json ?? .null),
    ])
  }

  init(_ node: RuleNode, provenance: RuleProvenance) throws(InputError) {
    self.provenance = provenance
    code = try node.string("measure")
    title = provenance.title
    let basis = try node.member("population_basis")
    populationBasis = try BilingualText(basis)
    populationBasisSource = try basis.optionalMember("source").map { (n) throws(InputError) in
      try RuleSource(n)
    }

    let componentsNode = try node.member("components")
    var components: [MeasureComponent] = []
    for item in try componentsNode.items() {
      let component = try MeasureComponent(item)
      if components.contains(where: { $0.key == component.key }) {
        throw try item.member("key").failure("duplicate component key", expected: "unique keys")
      }
      components.append(component)
    }
    if components.isEmpty {
      throw componentsNode.failure("no components", expected: "at least one component")
    }
    self.components = components
    minimumColumn = try node.optionalString("minimum_column")

    let classesNode = try node.member("classes")
    let classNodes = try classesNode.items()
    if classNodes.isEmpty {
      throw classesNode.failure("no classes", expected: "at least one population class")
    }
    var classes: [MeasureClass] = []
    var bounds: [Int] = []
    var lower = 0
    for (index, item) in classNodes.enumerated() {
      let boundNode = try item.member("max_population")
      let isLast = index == classNodes.count - 1
      var upper: Int?
      if isLast {
        guard boundNode.isNull else {
          throw boundNode.failure("the last class must be open", expected: "null")
        }
      } else {
        guard !boundNode.isNull else {
          throw boundNode.failure("only the last class may be open", expected: "a whole number")
        }
        let bound = try boundNode.int(1...100_000_000)
        guard bound >= lower else {
          throw boundNode.failure("bounds must increase", expected: "a whole number above \(lower - 1)")
        }
        upper = bound
        bounds.append(bound)
      }
      let amountsNode = try item.member("amounts")
      var amounts: [String: RuleAmount] = [:]
      for (key, amountNode) in try amountsNode.members() {
        guard components.contains(where: { $0.key == key }) else {
          throw amountNode.failure(
            "no component has this key", expected: "one of " + components.map(\.key).joined(separator: ", "))
        }
        amounts[key] = try RuleAmount(amountNode)
      }
      for component in components where amounts[component.key] == nil {
        throw amountsNode.failure(
          "no amount for component \"\(component.key)\"",
          expected: "an amount (null when unknown) for every component")
      }
      let services = try item.optionalMember("services").map { (n) throws(InputError) in try ServiceRange(n) }
      classes.append(
        MeasureClass(index: index, lowerBound: lower, upperBound: upper, amounts: amounts, services: services)
      )
      lower = (upper ?? lower) + 1
    }
    self.classes = classes
    upperBounds = bounds
    classesConfirmed = try node.bool("classes_confirmed")
    conditions = try RuleItem.list(node.optionalItems("conditions"))
    dossier = try RuleItem.list(node.optionalItems("dossier"))
    var deadlines: [RuleDeadline] = []
    for item in try node.optionalItems("deadlines") { deadlines.append(try RuleDeadline(item)) }
    self.deadlines = deadlines
    var calls: [CallWindow] = []
    for item in try node.optionalItems("calls") { calls.append(try CallWindow(item)) }
    self.calls = calls
    if let modes = try node.optionalMember("modes") {
      cloud = try CloudMigrationRules(
        modesNode: modes, movesNode: try node.member("fundable_moves"),
        requiresNode: try node.optionalMember("requires_acn_classification"))
    } else {
      cloud = nil
    }
  }
}
