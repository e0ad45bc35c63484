import NuvolaSupport

/// The parts of PNRR measure 1.2 that decide how each service can move: the two modes and the
/// table of fundable moves from where a service runs today to IaaS, PaaS or SaaS [FAQ 002-measure-1-2/001].
public struct CloudMigrationRules: Sendable, Equatable {
  /// Modalità A (rehost to IaaS) or B (PaaS or SaaS).
  public enum Mode: String, Sendable, CaseIterable {
    case a = "A"
    case b = "B"
  }

  /// Where a service runs before the move, as the fundable-moves table names it.
  public enum Origin: String, Sendable, CaseIterable {
    case onPremiseUnstructured = "on_premise_unstructured"
    case onPremiseStructured = "on_premise_structured"
    case nonQualifiedIaaS = "non_qualified_iaas"
    case nonQualifiedPaaS = "non_qualified_paas"
    case saas
  }

  /// Where a service moves: the columns of the fundable-moves table.
  public enum Destination: String, Sendable, CaseIterable {
    case iaas
    case paas
    case saas

    /// `IaaS`, `PaaS`, `SaaS`.
    public var label: String {
      switch self {
      case .iaas: return "IaaS"
      case .paas: return "PaaS"
      case .saas: return "SaaS"
      }
    }
  }

  /// A cell of the table: fundable in a mode, not fundable, or technically impossible.
  public enum Verdict: Sendable, Equatable {
    case fundable(Mode)
    case notFundable
    case impossible

    public var code: String {
      switch self {
      case .fundable(let mode): return mode.rawValue
      case .notFundable: return "no"
      case .impossible: return "impossible"
      }
    }
  }

  public var modes: [Mode: BilingualText]
  public var modeSources: [Mode: RuleSource]
  public var moves: [Origin: [Destination: Verdict]]
  public var movesSource: RuleSource
  /// Only services classified under the ACN rules can be migrated [FAQ 002-measure-1-2/013].
  public var requiresACNClassification: Bool

  public func verdict(from origin: Origin, to destination: Destination) -> Verdict {
    moves[origin]?[destination] ?? .notFundable
  }

  public var json: JSON {
    var modeMembers: [JSON] = []
    for mode in Mode.allCases {
      guard let name = modes[mode] else { continue }
      modeMembers.append(
        .object([
          ("code", .string(mode.rawValue)), ("name", name.json),
          ("source", modeSources[mode].map(\.json) ?? .null),
        ]))
    }
    var rows: [JSON] = []
    for origin in Origin.allCases {
      var row: [(String, JSON)] = [("origin", .string(origin.rawValue))]
      for destination in Destination.allCases {
        row.append((destination.rawValue, .string(verdict(from: origin, to: destination).code)))
      }
      rows.append(.object(row))
    }
    return .object([
      ("modes", .array(modeMembers)), ("fundable_moves", .array(rows)), ("source", movesSource.json),
      ("requires_acn_classification", .bool(requiresACNClassification)),
    ])
  }

  init(modesNode: RuleNode, movesNode: RuleNode, requiresNode: RuleNode?) throws(InputError) {
    var modes: [Mode: BilingualText] = [:]
    var modeSources: [Mode: RuleSource] = [:]
    for item in try modesNode.items() {
      let codeNode = try item.member("code")
      guard let mode = Mode(rawValue: try codeNode.string()) else {
        throw codeNode.failure("unknown mode", expected: "A or B")
      }
      modes[mode] = try BilingualText(item.member("name"))
      modeSources[mode] = try RuleSource(item.member("source"))
    }
    for mode in Mode.allCases where modes[mode] == nil {
      throw modesNode.failure("mode \(mode.rawValue) is not described", expected: "modes A and B")
    }
    self.modes = modes
    self.modeSources = modeSources
    movesSource = try RuleSource(movesNode.member("source"))
    var moves: [Origin: [Destination: Verdict]] = [:]
    let rowsNode = try movesNode.member("moves")
    for row in try rowsNode.items() {
      let originNode = try row.member("origin")
      guard let origin = Origin(rawValue: try originNode.string()) else {
        throw originNode.failure(
          "unknown origin", expected: "one of " + Origin.allCases.map(\.rawValue).joined(separator: ", "))
      }
      guard moves[origin] == nil else {
        throw originNode.failure("origin listed twice", expected: "each origin once")
      }
      var cells: [Destination: Verdict] = [:]
      for destination in Destination.allCases {
        let cell = try row.member(destination.rawValue)
        switch try cell.string() {
        case "A": cells[destination] = .fundable(.a)
        case "B": cells[destination] = .fundable(.b)
        case "no": cells[destination] = .notFundable
        case "impossible": cells[destination] = .impossible
        default: throw cell.failure("unknown verdict", expected: "A, B, no or impossible")
        }
      }
      moves[origin] = cells
    }
    for origin in Origin.allCases where moves[origin] == nil {
      throw rowsNode.failure("origin \(origin.rawValue) is missing", expected: "a row for every origin")
    }
    self.moves = moves
    requiresACNClassification = try requiresNode?.bool() ?? true
  }
}
