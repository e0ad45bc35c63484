import Foundation
import NuvolaIngest
import NuvolaModel
import NuvolaReports
import NuvolaSupport

/// The Sondrio sample and its report documents, built once for every report test, and the golden
/// files they are compared with.
enum ReportFixtures {
  static let sondrio: Inventory = {
    do {
      return try InventoryReader().read(path: RepositoryFiles.url("Inventories/014061-sondrio.json").path)
    } catch {
      fatalError("the Sondrio sample does not read: \(error)")
    }
  }()

  /// The inventory's own date: the reports of the sample speak of it.
  static var sondrioDay: Day { sondrio.comune.inventoryDate! }

  /// The pinned as-of day of every golden report: December 2026, after every PNRR call closed.
  static let asOf = Day(year: 2026, month: 12, day: 4)!

  static func inputs(_ audience: ReportAudience, inventory: Inventory = sondrio, asOf: Day? = nil)
    -> ReportInputs
  {
    ReportInputs.compute(
      for: audience, inventory: inventory, rules: RulesFixture.book, register: .shipped,
      asOf: asOf ?? ReportFixtures.asOf)
  }

  static func document(_ audience: ReportAudience, _ language: Language, inventory: Inventory = sondrio)
    -> ReportDocument
  {
    Reports.document(for: audience, inputs: inputs(audience, inventory: inventory), language: language)
  }

  /// Where the golden files live in the source tree (they are compared, and rewritten on request,
  /// there rather than in the test bundle's copy).
  static let goldenFolder = RepositoryFiles.url("Tests/NuvolaKitTests/Fixtures/golden/014061-sondrio")

  /// `NUVOLA_UPDATE_GOLDEN=1 swift test --filter Report` rewrites the golden files from the output.
  static var updatingGolden: Bool { ProcessInfo.processInfo.environment["NUVOLA_UPDATE_GOLDEN"] == "1" }
}
