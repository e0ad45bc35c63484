import NuvolaAwards

/// What importing one awards file did to the store.
public struct AwardImportOutcome: Sendable, Equatable {
  public var file: AwardFile
  /// Awards stored under keys (comune, call, window) the store did not hold.
  public var added = 0
  /// Awards stored in place of older data under the same key.
  public var replacing = 0
  /// Stored awards this file's awards took the place of.
  public var superseded = 0
  /// Awards equal to what the store already held under their key: nothing written.
  public var unchanged = 0
  /// Awards not stored because the store holds newer data (a later data date) under their key.
  public var olderThanStored = 0

  public init(file: AwardFile) { self.file = file }

  /// Nothing was written for this file.
  public var changedNothing: Bool { added == 0 && replacing == 0 }
}
