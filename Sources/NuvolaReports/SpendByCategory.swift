import NuvolaModel
import NuvolaSupport

/// The yearly costs an inventory states, added up by category for the spend chart: applications,
/// connectivity, energy, room maintenance, equipment maintenance. Only stated figures are added; how
/// many records give no figure is kept beside each sum, so a missing cost is never read as zero.
struct SpendByCategory: Sendable, Equatable {
  /// One category: the sum of the figures given, and how many records gave one and how many did not.
  struct Category: Sendable, Equatable {
    var id: String
    var total: Money
    var withFigure: Int
    var withoutFigure: Int

    /// Nil when no record of the category gives a figure: the total is unknown, not zero.
    var knownTotal: Money? { withFigure > 0 ? total : nil }
  }

  var categories: [Category]

  init(_ inventory: Inventory) {
    func category(_ id: String, _ figures: [Money?]) -> Category? {
      guard !figures.isEmpty else { return nil }
      let given = figures.compactMap { $0 }
      return Category(
        id: id, total: given.reduce(.zero, +), withFigure: given.count,
        withoutFigure: figures.count - given.count)
    }
    categories = [
      category("applications", inventory.applications.map(\.yearlyCost)),
      category("connectivity", inventory.links.map(\.yearlyCost)),
      category("energy", inventory.sites.map(\.energyCost)),
      category("site_maintenance", inventory.sites.map(\.maintenanceCost)),
      category("equipment_maintenance", inventory.assets.filter { $0.kind != .vm }.map(\.maintenanceCost)),
    ].compactMap { $0 }
  }
}
