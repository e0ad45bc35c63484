import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// Builds realistic synthetic inventories for the comuni of the ISTAT register, sized by population:
/// a village with a rack in an office and a handful of services, a capoluogo with a CED and dozens
/// of virtual machines. It lets Nuvola run, and be measured, at national scale where no real
/// inventory exists.
///
/// Pure and deterministic: no I/O, and the same seed gives the same inventory for a comune byte for
/// byte, whatever other comuni are generated and in whatever order. Every inventory is marked
/// illustrative and says in its notes that it is synthetic.
public struct InventoryGenerator: Sendable {
  /// The day every generated inventory describes unless another is given.
  public static let defaultInventoryDate = Day(year: 2026, month: 6, day: 30)!

  public let seed: UInt64
  public let inventoryDate: Day

  public init(seed: UInt64, inventoryDate: Day = InventoryGenerator.defaultInventoryDate) {
    self.seed = seed
    self.inventoryDate = inventoryDate
  }

  /// The synthetic inventory of one comune. When the register has no population for it (comuni born
  /// after 2011), a plausible one is drawn from the seed and the code, and the notes say so.
  public func inventory(for entry: RegisterEntry) -> Inventory {
    var builder = InventoryBuilder(entry: entry, seed: seed, date: inventoryDate)
    return builder.build()
  }
}
