/// One path imported by `InventoryStore.importFiles`: the snapshot it now corresponds to, and the
/// facts about its inventory that an import report shows.
public struct ImportedFile: Sendable, Equatable {
  /// The file or folder, as given.
  public var path: String
  /// A new snapshot, or the current one when it already held the same content.
  public var outcome: SaveOutcome
  /// Records in the inventory, the comune included.
  public var recordCount: Int
  /// Whether the inventory gives the comune's population (when not, the ISTAT census figure is used).
  public var givesPopulation: Bool

  public init(path: String, outcome: SaveOutcome, recordCount: Int, givesPopulation: Bool) {
    self.path = path
    self.outcome = outcome
    self.recordCount = recordCount
    self.givesPopulation = givesPopulation
  }
}
