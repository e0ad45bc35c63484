import NuvolaModel
import NuvolaSupport

/// One rule of planning.json that picks a migration strategy (6R) for an application: the facts that
/// must hold, with the source that ties them to the strategy (AgID cloud manual, 4.1).
public struct PlanningStrategyRule: Sendable, Equatable {
  /// One fact the rule needs: a field of the application or a fact Nuvola derives from the inventory.
  public struct Condition: Sendable, Equatable {
    /// What the condition reads.
    public enum Subject: Sendable, Equatable {
      /// A yes/no or choice field of `Application.fields` (`network_access`, `saas_alternative`...),
      /// with its position in that table, resolved once at load.
      case field(String, index: Int)
      /// The AgID class (`A` or `B`) of the site the application runs in.
      case siteCEDClass
    }

    public var subject: Subject
    /// Accepted values: `yes`/`no` for flags, canonical codes for choices, `A`/`B` for the site class.
    public var values: [String]

    /// The name shown in the facts of a decision.
    public var name: String {
      switch subject {
      case .field(let name, _): return name
      case .siteCEDClass: return "ced_class"
      }
    }
  }

  public var id: String
  public var strategy: Strategy
  public var conditions: [Condition]
  /// Whether the rule may be chosen, marked provisional, when some of its facts are unknown. Retire
  /// and retain never are: switching off or keeping a server on a guess is not a plan.
  public var mayAssume: Bool
  public var text: BilingualText
  public var sources: [RuleSource]
  public var confirmed: Bool
  public var assumption: Bool
  public var note: String?

  public var json: JSON {
    .object([
      ("id", .string(id)), ("strategy", .string(strategy.rawValue)), ("text", text.json),
      ("sources", .array(sources.map(\.json))), ("confirmed", .bool(confirmed)),
      ("assumption", .bool(assumption)), ("note", note.map(JSON.string) ?? .null),
    ])
  }

  init(_ node: RuleNode, requireConditions: Bool) throws(InputError) {
    id = try node.string("id")
    let strategyNode = try node.member("strategy")
    guard let strategy = Strategy(rawValue: try strategyNode.string()) else {
      throw strategyNode.failure("unknown strategy", expected: Strategy.codes.joined(separator: ", "))
    }
    self.strategy = strategy
    var conditions: [Condition] = []
    for item in try node.optionalItems("when") { conditions.append(try PlanningStrategyRule.condition(item)) }
    if requireConditions && conditions.isEmpty {
      throw try node.member("when").failure("no conditions", expected: "at least one condition")
    }
    self.conditions = conditions
    mayAssume = try node.optionalMember("may_assume")?.bool() ?? false
    text = try BilingualText(node)
    sources = try RuleSource.list(node.member("source"))
    confirmed = try node.bool("confirmed")
    assumption = try node.optionalMember("assumption")?.bool() ?? false
    note = try node.optionalString("note")
  }

  private static func condition(_ node: RuleNode) throws(InputError) -> Condition {
    let valuesNode = try node.member("is")
    var values: [String] = []
    for item in try valuesNode.items() { values.append(try item.string()) }
    if values.isEmpty { throw valuesNode.failure("no values", expected: "at least one value") }
    if let factNode = try node.optionalMember("fact") {
      guard try factNode.string() == "site_ced_class" else {
        throw factNode.failure("unknown fact", expected: "site_ced_class")
      }
      for value in values where CEDClass(rawValue: value) == nil {
        throw valuesNode.failure("unknown class \(value)", expected: "A or B")
      }
      return Condition(subject: .siteCEDClass, values: values)
    }
    let fieldNode = try node.member("field")
    let name = try fieldNode.string()
    guard let index = Application.fields.firstIndex(where: { $0.name == name }) else {
      throw fieldNode.failure("not a field of an application", expected: "a field of applications")
    }
    switch Application.fields[index].kind {
    case .flag:
      for value in values where value != "yes" && value != "no" {
        throw valuesNode.failure("\(name) is yes/no", expected: "yes or no")
      }
    case .choice(let codes):
      for value in values where !codes.contains(value) {
        throw valuesNode.failure("unknown code \(value)", expected: "one of " + codes.joined(separator: ", "))
      }
    default:
      throw fieldNode.failure("not a yes/no or choice field", expected: "a yes/no or choice field")
    }
    return Condition(subject: .field(name, index: index), values: values)
  }
}
