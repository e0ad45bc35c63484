import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// How one site changed between two snapshots: closed (gone from the inventory), emptied (still
/// listed, no servers, storage or applications left), reclassified, or opened.
public struct SiteChange: Sendable, Equatable {
  /// The kind of change; raw values appear in CSV and JSON.
  public enum Kind: String, Sendable, CaseIterable {
    case closed
    case emptied
    case reclassified
    case opened

    public var label: BilingualText {
      switch self {
      case .closed: return BilingualText(key: "progress.closed")
      case .emptied: return BilingualText(key: "progress.emptied")
      case .reclassified: return BilingualText(key: "progress.reclassified")
      case .opened: return BilingualText(key: "progress.opened")
      }
    }
  }

  public var kind: Kind
  public var id: String
  public var name: String
  public var siteKind: SiteKind?
  public var classBefore: CEDClass?
  public var classAfter: CEDClass?
  public var serversBefore: Int
  public var serversAfter: Int

  public var json: JSON {
    .object([
      ("kind", .string(kind.rawValue)), ("label", kind.label.json), ("id", .string(id)),
      ("name", .string(name)),
      ("site_kind", siteKind.map { .string($0.rawValue) } ?? .null),
      ("class_before", classBefore.map { .string($0.rawValue) } ?? .null),
      ("class_after", classAfter.map { .string($0.rawValue) } ?? .null),
      ("servers_before", .int(serversBefore)), ("servers_after", .int(serversAfter)),
    ])
  }
}
