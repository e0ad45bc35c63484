import NuvolaGenerate
import NuvolaModel
import NuvolaRules
import NuvolaSupport
import Testing

@Suite("InventoryGenerator")
struct InventoryGeneratorTests {
  let generator = InventoryGenerator(seed: 42)
  let sondrio = Register.shipped.entry(code: "014061")!
  let varese = Register.shipped.entry(code: "012133")!

  /// A comune of the given population, for sizing tests independent of the register.
  static func entry(population: Int?, code: String = "099001") -> RegisterEntry {
    RegisterEntry(
      istatCode: code, name: "Comune di prova", province: "Varese", provinceAbbreviation: "VA",
      region: "Lombardia", isCapoluogo: false, cadastralCode: "Z999", nuts3: "ITC41",
      population2011: population)
  }

  static func servers(_ inventory: Inventory) -> [Asset] {
    inventory.assets.filter { [.server, .virtualizationHost, .vm].contains($0.kind) }
  }

  @Test func sameSeedGivesTheSameText() {
    let first = generator.inventory(for: sondrio).json.serialized()
    let second = InventoryGenerator(seed: 42).inventory(for: sondrio).json.serialized()
    #expect(first == second)
  }

  @Test func aComuneDoesNotDependOnWhatWasGeneratedBefore() {
    let alone = generator.inventory(for: sondrio)
    _ = generator.inventory(for: varese)
    let after = generator.inventory(for: sondrio)
    #expect(alone == after)
  }

  @Test func differentSeedsGiveDifferentInventories() {
    let first = generator.inventory(for: sondrio).json.serialized()
    let other = InventoryGenerator(seed: 43).inventory(for: sondrio).json.serialized()
    #expect(first != other)
  }

  @Test func comuniOfTheSameSizeDiffer() {
    let first = generator.inventory(for: Self.entry(population: 5_000, code: "099001"))
    let second = generator.inventory(for: Self.entry(population: 5_000, code: "099002"))
    #expect(
      first.sites != second.sites || first.assets != second.assets
        || first.applications != second.applications)
  }

  @Test func aVillageHasAHandfulOfDevicesAndMostlyServices() {
    let inventory = generator.inventory(for: Self.entry(population: 500))
    #expect(inventory.sites.count == 1)
    #expect(inventory.sites.allSatisfy { $0.kind == .closet })
    #expect((5...8).contains(inventory.applications.count))
    let services = inventory.applications.filter { $0.deployment != .onPremise }
    #expect(services.count * 2 > inventory.applications.count)
    #expect(inventory.assets.contains { $0.kind == .nas })
    #expect(Self.servers(inventory).count <= 1)
    let workstations = inventory.assets.filter { $0.kind == .pc || $0.kind == .laptop }
    #expect(workstations.allSatisfy { $0.quantity != nil })
    #expect(workstations.reduce(0) { $0 + $1.count } <= 10)
    #expect(inventory.recordCount < 30)
  }

  @Test func aTownHasAServerRoomAndAFewServers() {
    let inventory = generator.inventory(for: Self.entry(population: 5_000))
    #expect(inventory.sites.first?.kind == .serverRoom)
    #expect(!inventory.sites.contains { $0.kind == .ced })
    let physical = inventory.assets.filter { $0.kind == .server || $0.kind == .virtualizationHost }
    #expect((2...5).contains(physical.count))
    #expect((12...20).contains(inventory.applications.count))
  }

  @Test func aCityHasACedDozensOfServersAndFortyApplications() {
    let inventory = generator.inventory(for: Self.entry(population: 80_000))
    #expect(inventory.sites.contains { $0.kind == .ced })
    #expect(inventory.applications.count >= 40)
    #expect(Self.servers(inventory).count >= 24)
    #expect(inventory.assets.contains { $0.kind == .vm })
  }

  @Test(arguments: [1_000, 5_000, 80_000])
  func everySizeIsAtLeastAsBigForMoreSeeds(population: Int) {
    for seed in UInt64(1)...20 {
      let inventory = InventoryGenerator(seed: seed).inventory(for: Self.entry(population: population))
      let expected = population >= 80_000 ? 40 : population >= 5_000 ? 12 : 5
      #expect(inventory.applications.count >= expected, "seed \(seed)")
      #expect(InventoryCheck(inventory).problems.isEmpty, "seed \(seed)")
    }
  }

  @Test func theLargestComuniStayUnderFourHundredRecords() {
    for code in ["058091", "015146", "063049"] {
      let entry = Register.shipped.entry(code: code)!
      let inventory = generator.inventory(for: entry)
      #expect(inventory.recordCount < 400, "\(entry.name)")
      #expect(inventory.applications.count >= 50, "\(entry.name)")
    }
  }

  @Test func everyInventoryIsMarkedSyntheticAndIllustrative() {
    let comune = generator.inventory(for: sondrio).comune
    #expect(comune.illustrative == true)
    #expect(comune.notes?.contains("Synthetic") == true)
    #expect(comune.notes?.contains("seed 42") == true)
    #expect(comune.istatCode == "014061")
    #expect(comune.name == "Sondrio")
    #expect(comune.population == 21_642)
    #expect(comune.notes?.contains(Register.attribution) == true)
  }

  @Test func aMissingPopulationIsDrawnAndSaidSo() {
    let entry = Self.entry(population: nil)
    let inventory = generator.inventory(for: entry)
    let population = inventory.comune.population
    #expect(population != nil)
    #expect((1_000...16_000).contains(population ?? 0))
    #expect(inventory.comune.notes?.contains("not in the 2011 census") == true)
    #expect(generator.inventory(for: entry).comune.population == population)
  }

  @Test func theInventoryDateIsFixedUnlessGiven() {
    #expect(generator.inventory(for: sondrio).comune.inventoryDate == Day(year: 2026, month: 6, day: 30))
    let day = Day(year: 2025, month: 12, day: 31)!
    let inventory = InventoryGenerator(seed: 42, inventoryDate: day).inventory(for: sondrio)
    #expect(inventory.comune.inventoryDate == day)
    #expect(inventory.assets.allSatisfy { ($0.purchaseYear ?? 0) <= 2025 })
  }

  @Test func dependenciesFollowTheSondrioOrder() {
    let inventory = generator.inventory(for: varese)
    let atti = inventory.applications.first { $0.id == "app-atti" }
    #expect(atti?.dependsOn.contains("app-protocollo") == true)
    let paghe = inventory.applications.first { $0.id == "app-paghe" }
    #expect(paghe?.dependsOn == ["app-personale"])
  }
}
