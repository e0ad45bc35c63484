import NuvolaModel

/// The outcome of reading a foreign file into a comune's inventory: the merged inventory, ready to be
/// saved as a new snapshot, and the report of what was mapped and what was not.
public struct ForeignImport: Sendable, Equatable {
  public var inventory: Inventory
  public var report: ImportReport

  public init(inventory: Inventory, report: ImportReport) {
    self.inventory = inventory
    self.report = report
  }
}
