import NuvolaModel

/// What saving an inventory did: stored a new snapshot, or found the comune's current snapshot
/// already holds the same content and wrote nothing.
public enum SaveOutcome: Sendable, Equatable {
  case created(SnapshotInfo)
  case unchanged(SnapshotInfo)

  /// The snapshot now current for the comune: the new one, or the existing identical one.
  public var info: SnapshotInfo {
    switch self {
    case .created(let info), .unchanged(let info): return info
    }
  }

  public var isCreated: Bool {
    if case .created = self { return true }
    return false
  }
}
