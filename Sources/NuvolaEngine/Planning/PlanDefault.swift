import NuvolaRules
import NuvolaSupport

/// A default the plan used because the inventory does not give the figure: its value, unit, source,
/// whether a source confirms it or it is Nuvola's assumption, and what it was used for.
public struct PlanDefault: Sendable, Equatable {
  public var parameter: RuleParameters.Parameter
  /// The rules file it comes from (`planning.json`, `cost-defaults.json`).
  public var file: String
  /// What the value was used for (`site sala-server: energy`), sorted.
  public var usedFor: [BilingualText]

  public var json: JSON {
    .object([
      ("key", .string(parameter.key)), ("value", .double(parameter.value)), ("unit", .string(parameter.unit)),
      ("source", parameter.source.json), ("confirmed", .bool(parameter.confirmed)),
      ("assumption", .bool(parameter.assumption)), ("note", parameter.note.map(JSON.string) ?? .null),
      ("file", .string(file)), ("used_for", EngineJSON.strings(usedFor.map(\.en))),
    ])
  }
}
