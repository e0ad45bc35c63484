import NuvolaSupport

/// Something the reader of the plan must not miss: a deadline missed, funding lost, a Gruppo B site
/// that cannot close, decisions resting on unknown facts. `critical` ones are said loudly first.
public struct PlanWarning: Sendable, Equatable {
  /// How loud.
  public enum Level: String, Sendable, CaseIterable {
    case critical
    case warning
    case info
  }

  /// Stable code (`deadline_missed`, `funding_lost`, `gruppo_b_stays_open`...).
  public var code: String
  public var level: Level
  public var text: BilingualText
  public var applications: [String]
  public var sites: [String]

  public var json: JSON {
    .object([
      ("code", .string(code)), ("level", .string(level.rawValue)), ("text", text.json),
      ("applications", EngineJSON.strings(applications)), ("sites", EngineJSON.strings(sites)),
    ])
  }
}
