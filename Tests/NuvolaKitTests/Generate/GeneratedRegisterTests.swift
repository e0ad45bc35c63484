import Foundation
import NuvolaGenerate
import NuvolaModel
import NuvolaRules
import Testing

/// Every comune of the register, generated and checked: the national run must never meet an
/// inventory that its own validator would reject.
@Suite("InventoryGenerator over the whole register")
struct GeneratedRegisterTests {
  let generator = InventoryGenerator(seed: 7)

  @Test func everyComuneOfTheRegisterIsStructurallyValid() {
    var failures: [String] = []
    for entry in Register.shipped.entries {
      let inventory = generator.inventory(for: entry)
      let problems = InventoryCheck(inventory).problems
      if !problems.isEmpty { failures.append("\(entry.istatCode) \(entry.name): \(problems.prefix(3))") }
      if inventory.comune.istatCode != entry.istatCode || inventory.comune.population == nil {
        failures.append("\(entry.istatCode): comune record does not match the register")
      }
      if inventory.recordCount >= 400 {
        failures.append("\(entry.istatCode): \(inventory.recordCount) records")
      }
    }
    #expect(failures.isEmpty, "\(failures.prefix(10))")
  }

  @Test func everyComuneWithoutPopulationGetsOne() {
    let missing = Register.shipped.entries.filter { $0.population2011 == nil }
    #expect(!missing.isEmpty)
    for entry in missing {
      let comune = generator.inventory(for: entry).comune
      #expect(comune.population != nil, "\(entry.name)")
      #expect(comune.notes?.contains("not an official figure") == true, "\(entry.name)")
    }
  }

  /// What the JSON writer produces reads back as the same inventory, for comuni of every size.
  @Test(arguments: ["012007", "012019", "014061", "012133", "058091"])
  func theJSONDocumentReadsBackAsTheSameInventory(code: String) throws {
    let inventory = generator.inventory(for: Register.shipped.entry(code: code)!)
    let text = inventory.json.serialized()
    let decoded = try JSONDecoder().decode(Inventory.self, from: Data(text.utf8))
    #expect(decoded == inventory)
  }
}
