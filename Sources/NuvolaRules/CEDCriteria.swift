import NuvolaModel
import NuvolaSupport

/// Nuvola's codification of the criteria families of Circolare AgID 1/2019 (the thresholds of its
/// Allegato A were not found): each criterion, the site fields that are its evidence, and whether a
/// class-A site must meet it; plus the obligations of each class.
public struct CEDCriteria: Sendable, Equatable {
  /// A test of one site field.
  public struct Check: Sendable, Equatable {
    /// What the field must show for the criterion to be met.
    public enum Test: Sendable, Equatable {
      /// A yes/no field that must be yes.
      case yes
      /// Any value given (a named person, a measured PUE).
      case present
      case atLeast(Double)
      case atMost(Double)
    }

    /// The field's name in the inventory schema (`Site.fields`), e.g. `generator`.
    public var field: String
    public var test: Test
  }

  /// A criteria family of the circular (power continuity, cooling...).
  public struct Family: Sendable, Equatable {
    public var id: String
    public var title: BilingualText
  }

  /// One criterion of the checklist and the site fields that are its evidence.
  public struct Criterion: Sendable, Equatable {
    public var id: String
    public var family: String
    public var title: BilingualText
    public var checks: [Check]
    public var requiredForA: Bool
    public var confirmed: Bool
    public var note: String?

    /// The site fields this criterion reads.
    public var evidenceFields: [String] { checks.map(\.field) }
  }

  public var provenance: RuleProvenance
  /// Says that the checklist is Nuvola's codification; every output of the classification carries it.
  public var statement: BilingualText
  public var classDescriptions: [CEDClass: BilingualText]
  public var families: [Family]
  public var criteria: [Criterion]
  /// The criterion whose "no" makes a site Gruppo B by default (the census was not answered).
  public var censusCriterion: String
  public var obligations: [CEDClass: [RuleItem]]
  public var baseline: BilingualText?

  public func family(_ id: String) -> Family? { families.first { $0.id == id } }

  init(_ node: RuleNode, provenance: RuleProvenance) throws(InputError) {
    self.provenance = provenance
    statement = try BilingualText(node.member("statement"))
    let classesNode = try node.member("classes")
    var descriptions: [CEDClass: BilingualText] = [:]
    for cedClass in CEDClass.allCases {
      descriptions[cedClass] = try BilingualText(classesNode.member(cedClass.rawValue))
    }
    classDescriptions = descriptions
    var families: [Family] = []
    for item in try node.items("families") {
      families.append(Family(id: try item.string("id"), title: try BilingualText(item)))
    }
    self.families = families
    let fieldKinds = Dictionary(Site.fields.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
    var criteria: [Criterion] = []
    for item in try node.items("criteria") {
      let id = try item.string("id")
      if criteria.contains(where: { $0.id == id }) {
        throw try item.member("id").failure("duplicate criterion id", expected: "unique ids")
      }
      let familyNode = try item.member("family")
      let family = try familyNode.string()
      guard families.contains(where: { $0.id == family }) else {
        throw familyNode.failure(
          "unknown family", expected: "one of " + families.map(\.id).joined(separator: ", "))
      }
      var checks: [Check] = []
      let evidenceNode = try item.member("evidence")
      for checkNode in try evidenceNode.items() {
        checks.append(try CEDCriteria.check(checkNode, fieldKinds: fieldKinds))
      }
      if checks.isEmpty { throw evidenceNode.failure("no evidence", expected: "at least one site field") }
      criteria.append(
        Criterion(
          id: id, family: family, title: try BilingualText(item.member("title")), checks: checks,
          requiredForA: try item.bool("required_for_a"), confirmed: try item.bool("confirmed"),
          note: try item.optionalString("note")))
    }
    self.criteria = criteria
    let censusNode = try node.member("census_criterion")
    let censusId = try censusNode.string()
    censusCriterion = censusId
    guard let census = criteria.first(where: { $0.id == censusId }), census.requiredForA else {
      throw censusNode.failure(
        "not a required criterion of this file", expected: "the id of a required criterion")
    }
    let obligationsNode = try node.member("obligations")
    var obligations: [CEDClass: [RuleItem]] = [:]
    for cedClass in CEDClass.allCases {
      obligations[cedClass] = try RuleItem.list(obligationsNode.items(cedClass.rawValue))
    }
    self.obligations = obligations
    baseline = try node.optionalMember("baseline").map { (n) throws(InputError) in try BilingualText(n) }
  }

  private static func check(_ node: RuleNode, fieldKinds: [String: FieldKind]) throws(InputError) -> Check {
    let fieldNode = try node.member("field")
    let field = try fieldNode.string()
    guard let kind = fieldKinds[field] else {
      throw fieldNode.failure("not a field of a site", expected: "a field of sites (e.g. ups, generator)")
    }
    let testNode = try node.member("test")
    let test: Check.Test
    switch try testNode.string() {
    case "yes":
      guard kind == .flag else {
        throw testNode.failure("\(field) is not a yes/no field", expected: "present")
      }
      test = .yes
    case "present":
      test = .present
    case "at_least", "at_most":
      guard case .decimal = kind else {
        throw testNode.failure("\(field) is not a number", expected: "yes or present")
      }
      let threshold = try node.member("threshold").number()
      test = try testNode.string() == "at_least" ? .atLeast(threshold) : .atMost(threshold)
    default:
      throw testNode.failure("unknown test", expected: "yes, present, at_least or at_most")
    }
    return Check(field: field, test: test)
  }
}
