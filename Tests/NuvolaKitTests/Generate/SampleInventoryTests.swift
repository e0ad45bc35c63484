import Foundation
import NuvolaModel
import NuvolaRules
import NuvolaSupport
import Testing

/// The sample inventories in `Inventories/`: written exactly as Nuvola writes the JSON document,
/// structurally valid, marked illustrative, and true to what each one is meant to show.
@Suite("Sample inventories")
struct SampleInventoryTests {
  static let jsonSamples = [
    "014061-sondrio.json", "012133-varese.json", "012119-saronno.json", "012019-brenta.json",
    "013075-como.json",
  ]

  static func load(_ name: String) throws -> (text: String, inventory: Inventory) {
    let text = try RepositoryFiles.text("Inventories/" + name)
    return (text, try JSONDecoder().decode(Inventory.self, from: Data(text.utf8)))
  }

  static func application(_ inventory: Inventory, _ domain: ServiceDomain) -> Application? {
    inventory.applications.first { $0.domain == domain }
  }

  @Test func everySampleIsListedHere() throws {
    let files = try RepositoryFiles.list("Inventories").filter { $0.hasSuffix(".json") }
    #expect(files == Self.jsonSamples.sorted())
  }

  @Test(arguments: jsonSamples)
  func theFileIsExactlyWhatTheWriterWrites(name: String) throws {
    let (text, inventory) = try Self.load(name)
    #expect(inventory.json.serialized() + "\n" == text)
  }

  @Test(arguments: jsonSamples)
  func theSampleIsValidAndIllustrative(name: String) throws {
    let inventory = try Self.load(name).inventory
    #expect(InventoryCheck(inventory).problems == [])
    let comune = inventory.comune
    #expect(comune.illustrative == true)
    #expect(comune.notes?.contains("Illustrative data modelled on public information") == true)
    let entry = try #require(Register.shipped.entry(code: comune.istatCode))
    #expect(comune.name == entry.name)
    #expect(comune.population == entry.population2011)
    let slug = Register.foldName(entry.name)
    #expect(name == "\(entry.istatCode)-\(slug).json")
  }

  @Test func sondrioIsTheCloudFirstComuneOfTheSeed() throws {
    let inventory = try Self.load("014061-sondrio.json").inventory
    #expect(inventory.comune.population == 21_642)
    #expect(inventory.comune.inventoryDate == Day(year: 2026, month: 9, day: 30))
    for domain: ServiceDomain in [
      .contabilita, .atti, .protocollo, .paghe, .anagrafe, .statoCivile, .elettorale,
    ] {
      let application = Self.application(inventory, domain)
      #expect(application?.deployment == .saas, "\(domain)")
      #expect(application?.cloudQualified == true, "\(domain)")
      #expect(application?.provider != nil, "\(domain)")
    }
    for domain: ServiceDomain in [.tributi, .patrimonio] {
      let application = Self.application(inventory, domain)
      #expect(application?.deployment == .onPremise, "\(domain)")
      #expect(application?.saasAlternativeQualified == true, "\(domain)")
      #expect((application?.contractEnd).map { $0 <= Day(year: 2027, month: 3, day: 31)! } == true)
    }
    for domain: ServiceDomain in [.personale, .contratti, .operePubbliche] {
      #expect(Self.application(inventory, domain)?.deployment == .onPremise, "\(domain)")
    }
    #expect(Self.application(inventory, .paghe)?.dependsOn == ["app-personale"])
    #expect(Self.application(inventory, .atti)?.dependsOn == ["app-protocollo"])
    #expect((20...26).contains(inventory.applications.count))

    let room = try #require(inventory.sites.first)
    #expect(inventory.sites.count == 1)
    #expect(room.kind == .serverRoom)
    #expect(room.ups == true && room.generator == false && room.fireSuppression == false)
    #expect(room.offsiteBackup == true)
    #expect(room.monitoring == nil)
    let workstations = inventory.assets.filter { $0.kind == .pc || $0.kind == .laptop }.reduce(0) {
      $0 + $1.count
    }
    #expect((140...160).contains(workstations))
    #expect(inventory.links.map(\.technology) == [.ftth, .fwa])
    #expect(inventory.links.map(\.backup) == [false, true])
  }

  @Test func theCapoluoghiHaveACedAndManyApplications() throws {
    for name in ["012133-varese.json", "013075-como.json"] {
      let inventory = try Self.load(name).inventory
      #expect(inventory.sites.contains { $0.kind == .ced }, "\(name)")
      #expect(inventory.applications.count >= 35, "\(name)")
      let servers = inventory.assets.filter { [.server, .virtualizationHost, .vm].contains($0.kind) }
      #expect(servers.count >= 24, "\(name)")
    }
  }

  /// Joint procurement needs the same products in several comuni of the province.
  @Test func varesesComuniShareProducts() throws {
    var users: [String: Set<String>] = [:]
    for name in ["012133-varese.json", "012119-saronno.json", "012019-brenta.json"] {
      for application in try Self.load(name).inventory.applications {
        guard let vendor = application.vendor, let product = application.product else { continue }
        users["\(vendor) / \(product)", default: []].insert(name)
      }
    }
    let shared = users.filter { $0.value.count == 3 }.keys.sorted()
    #expect(shared.count >= 3, "\(shared)")
  }

  @Test func azzioIsAFolderOfCSVSheets() throws {
    let folder = "Inventories/012007-azzio/"
    #expect(try RepositoryFiles.list(folder) == RecordType.allCases.map(\.sheetName).sorted())
    var problems: [String] = []
    func sheet<Record: InventoryRecord>(_ type: Record.Type) throws -> [Record] {
      let (records, found) = SampleSheets.records(
        try RepositoryFiles.text(folder + type.recordType.sheetName), as: type)
      problems += found
      return records
    }
    let comuni = try sheet(Comune.self)
    let inventory = Inventory(
      comune: try #require(comuni.first), sites: try sheet(Site.self), assets: try sheet(Asset.self),
      applications: try sheet(Application.self), links: try sheet(Link.self))
    #expect(problems == [])
    #expect(comuni.count == 1)
    #expect(InventoryCheck(inventory).problems == [])
    #expect(inventory.comune.istatCode == "012007")
    #expect(inventory.comune.population == 802)
    #expect(inventory.comune.illustrative == true)
    #expect(inventory.applications.contains { $0.dependsOn == ["app-demografici"] })
  }
}
