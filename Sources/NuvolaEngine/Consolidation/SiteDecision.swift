import NuvolaSupport

/// What happens to one site when the comuni share a service centre: a Gruppo B site running workloads
/// closes (AgID: migrate to qualified cloud or into a class-A facility), the chosen class-A site
/// hosts, other class-A sites keep running without expanding, a rack of network gear stays.
public struct SiteDecision: Sendable, Equatable {
  /// The decision; raw values appear in CSV and JSON.
  public enum Action: String, Sendable, CaseIterable {
    case close
    case host
    case keep
    case networkOnly = "network_only"

    public var label: BilingualText {
      switch self {
      case .close: return BilingualText(key: "consolidation.closes")
      case .host: return BilingualText(key: "consolidation.hosts_the_centre")
      case .keep:
        return BilingualText(key: "consolidation.stays_class_a_no_expansion")
      case .networkOnly:
        return BilingualText(key: "consolidation.stays_network_equipment_only")
      }
    }
  }

  public var istatCode: String
  public var comuneName: String
  public var site: SiteDigest
  public var action: Action
  /// Where its workloads go (for `close`), or why it stays.
  public var reason: BilingualText

  public var json: JSON {
    .object([
      ("istat_code", .string(istatCode)), ("comune", .string(comuneName)), ("site", site.json),
      ("action", .string(action.rawValue)), ("action_label", action.label.json), ("reason", reason.json),
    ])
  }
}
