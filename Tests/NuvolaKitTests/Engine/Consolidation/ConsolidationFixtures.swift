import Foundation
import NuvolaEngine
import NuvolaIngest
import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// The Varese-province samples of `Inventories/` as snapshots and consolidation members, read the way
/// the importer reads them.
enum ConsolidationFixtures {
  static let vareseSamples = [
    "012133-varese.json", "012119-saronno.json", "012019-brenta.json", "012007-azzio",
  ]

  static let digester = ConsolidationDigester(rules: RulesFixture.book, register: Register.shipped)

  static func inventory(_ name: String) throws -> Inventory {
    try InventoryReader(register: Register.shipped).read(
      path: RepositoryFiles.url("Inventories/" + name).path)
  }

  static func snapshot(_ inventory: Inventory, id: Int64) -> Snapshot {
    Snapshot(
      info: SnapshotInfo(
        id: id, istatCode: inventory.comune.istatCode, name: inventory.comune.name ?? "",
        inventoryDate: inventory.comune.inventoryDate, source: "test", contentHash: "", importedAt: nil),
      inventory: inventory)
  }

  /// The four Varese samples, digested.
  static func vareseMembers() throws -> [ConsolidationMember] {
    try vareseSamples.enumerated().map { index, name in
      digester.member(snapshot(try inventory(name), id: Int64(index + 1)))
    }
  }

  static let area = BilingualText(it: "Campioni di Varese", en: "Varese samples")

  static func day(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }
}
