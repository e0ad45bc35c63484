import NuvolaModel
import NuvolaSupport

/// How one application changed between two snapshots: moved to the cloud (or was replaced by a cloud
/// service of the same domain), left the cloud, changed deployment, was retired or added.
public struct ApplicationChange: Sendable, Equatable {
  /// The kind of change; raw values appear in CSV and JSON.
  public enum Kind: String, Sendable, CaseIterable {
    case movedToCloud = "moved_to_cloud"
    /// Removed, and a new cloud application of the same domain appeared: a migration by replacement.
    case replacedByCloud = "replaced_by_cloud"
    case leftCloud = "left_cloud"
    case redeployed
    case retired
    case added

    public var label: BilingualText {
      switch self {
      case .movedToCloud: return BilingualText(key: "progress.moved_to_the_cloud")
      case .replacedByCloud:
        return BilingualText(key: "progress.replaced_by_a_cloud_service")
      case .leftCloud: return BilingualText(key: "progress.left_the_cloud")
      case .redeployed: return BilingualText(key: "progress.deployment_changed")
      case .retired: return BilingualText(key: "progress.retired")
      case .added: return BilingualText(key: "progress.added")
      }
    }
  }

  public var kind: Kind
  public var id: String
  public var name: String
  public var domain: ServiceDomain?
  public var before: Deployment?
  public var after: Deployment?
  /// For a replacement: the id of the cloud application that took its place.
  public var replacement: String?

  public var json: JSON {
    .object([
      ("kind", .string(kind.rawValue)), ("label", kind.label.json), ("id", .string(id)),
      ("name", .string(name)),
      ("domain", domain.map { .string($0.rawValue) } ?? .null),
      ("before", before.map { .string($0.rawValue) } ?? .null),
      ("after", after.map { .string($0.rawValue) } ?? .null),
      ("replacement", replacement.map(JSON.string) ?? .null),
    ])
  }
}
