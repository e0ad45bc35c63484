import Foundation
import NuvolaIngest
import NuvolaModel
import NuvolaSupport
import Testing

/// A folder under the system's temporary directory, removed when the value goes away.
final class IngestTemporaryFolder {
  let path: String

  init() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "nuvola-ingest-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    path = url.path
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Writes a file (creating its folder) and returns its path.
  @discardableResult
  func write(_ text: String, to name: String) throws -> String {
    try write(Array(text.utf8), to: name)
  }

  @discardableResult
  func write(_ bytes: [UInt8], to name: String) throws -> String {
    let file = (path as NSString).appendingPathComponent(name)
    let folder = (file as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    return file
  }

  func folder(_ name: String) throws -> String {
    let folder = (path as NSString).appendingPathComponent(name)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }
}

/// Small inventories of Sondrio (ISTAT 014061) in both encodings, for tests that change one thing.
enum IngestFixtures {
  /// The JSON document (`Fixtures/ingest/sondrio.json`); every record on one line so that tests can
  /// name lines.
  static let json: String = {
    let bundle = Bundle.module
    let folder = "Fixtures/ingest"
    guard let url = bundle.url(forResource: "sondrio", withExtension: "json", subdirectory: folder),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return "" }
    return text
  }()

  /// The same inventory as CSV sheets.
  static let sheets: [String: String] = [
    "comune.csv": """
    istat_code,name,population,inventory_date
    014061,Sondrio,21642,2025-03-01

    """,
    "sites.csv": """
    id,name,kind
    ced,CED municipio,ced

    """,
    "assets.csv": """
    id,kind,site,host,purchase_year,ram_gb
    esx1,virtualization_host,ced,,2019,256
    vm1,vm,,esx1,2020,16

    """,
    "applications.csv": """
    id,name,domain,asset,depends_on
    anagrafe,Anagrafe,anagrafe,vm1,
    protocollo,Protocollo,protocollo,vm1,anagrafe

    """,
    "links.csv": """
    id,site,technology,down_mbps
    l1,ced,ftth,1000

    """,
  ]

  /// What both encodings above describe.
  static var expected: Inventory {
    var comune = Comune(istatCode: "014061", name: "Sondrio", population: 21642)
    comune.inventoryDate = Day(year: 2025, month: 3, day: 1)
    var esx = Asset(id: "esx1", kind: .virtualizationHost)
    esx.site = "ced"
    esx.purchaseYear = 2019
    esx.ram = 256
    var vm = Asset(id: "vm1", kind: .vm)
    vm.host = "esx1"
    vm.purchaseYear = 2020
    vm.ram = 16
    var anagrafe = Application(id: "anagrafe", name: "Anagrafe", domain: .anagrafe)
    anagrafe.asset = "vm1"
    var protocollo = Application(id: "protocollo", name: "Protocollo", domain: .protocollo)
    protocollo.asset = "vm1"
    protocollo.dependsOn = ["anagrafe"]
    var link = Link(id: "l1", site: "ced", technology: .ftth)
    link.down = 1000
    return Inventory(
      comune: comune, sites: [Site(id: "ced", name: "CED municipio", kind: .ced)], assets: [esx, vm],
      applications: [anagrafe, protocollo], links: [link])
  }

  /// An inventory using every kind of field, with texts that need quoting and values that are hard
  /// to write back exactly (cents, small decimals, line breaks, quotes, separators).
  static var rich: Inventory {
    var inventory = expected
    inventory.comune.staff = 180
    inventory.comune.itStaff = 4
    inventory.comune.ictSpend = Money(cents: 123_456_78)
    inventory.comune.illustrative = true
    inventory.comune.notes = "Notes with, a comma; a semicolon | a bar \"quoted\"\nand a second line"
    var site = inventory.sites[0]
    site.address = "  Piazza Campello 1, Sondrio "
    site.floorArea = 42.5
    site.ups = true
    site.upsMinutes = 20
    site.generator = false
    site.pue = 1.85
    site.itLoad = 0.00001
    site.energyCost = Money(cents: 7)
    site.responsible = "Città di Sondrio — Servizio Sistemi Informativi"
    inventory.sites[0] = site
    inventory.sites.append(Site(id: "armadio-2", name: "Armadio biblioteca", kind: .closet))
    inventory.assets[0].endOfSupport = Day(year: 2027, month: 12, day: 31)
    inventory.assets[0].storage = 12_345.678
    inventory.assets[0].maintenanceCost = Money(cents: 99_999_999_99)
    inventory.assets[0].os = "VMware ESXi"
    inventory.assets[0].osVersion = "7.0"
    inventory.assets[1].cores = 4
    inventory.assets[1].notes = "=SUM(A1:A2) is text here, not a formula"
    inventory.applications[1].yearlyCost = Money(cents: 1_500_050)
    inventory.applications[1].contractEnd = Day(year: 2026, month: 6, day: 30)
    inventory.applications[1].personalData = true
    inventory.applications[1].dataVolume = 0.5
    inventory.applications[1].dependsOn = ["anagrafe", "anagrafe.v2"]
    var second = Application(
      id: "anagrafe.v2", name: "Anagrafe \"nuova\"", domain: .anagrafe, deployment: .saas)
    second.dataClass = .critico
    second.users = 35
    inventory.applications.append(second)
    inventory.links[0].up = 300.25
    inventory.links[0].backup = false
    inventory.links[0].yearlyCost = Money(cents: 1_200_00)
    return inventory
  }

  /// Writes the CSV sheets, with `change` applied to their texts, into a new folder and returns it.
  static func csvFolder(
    in temporary: IngestTemporaryFolder, name: String = "sondrio",
    change: (inout [String: String]) -> Void = { _ in }
  ) throws -> String {
    var sheets = self.sheets
    change(&sheets)
    let folder = try temporary.folder(name)
    for (file, text) in sheets { try temporary.write(text, to: name + "/" + file) }
    return folder
  }

  /// Writes the JSON document, with `change` applied to its text, and returns its path.
  static func jsonFile(
    in temporary: IngestTemporaryFolder, name: String = "sondrio.json",
    change: (inout String) -> Void = { _ in }
  ) throws -> String {
    var text = json
    change(&text)
    return try temporary.write(text, to: name)
  }

  /// The diagnostics of reading `path`; fails the test when it reads without error.
  static func diagnostics(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Diagnostic] {
    do {
      let inventory = try InventoryReader(register: .shipped).read(path: path)
      Issue.record("expected problems, read \(inventory.recordCount) records", sourceLocation: sourceLocation)
      return []
    } catch {
      return error.diagnostics
    }
  }
}

extension String {
  /// Replaces exactly one occurrence; a test whose fixture changed fails instead of testing nothing.
  mutating func replaceOnce(
    _ old: String, with new: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    guard let range = range(of: old) else {
      Issue.record("fixture text not found: \(old)", sourceLocation: sourceLocation)
      return
    }
    replaceSubrange(range, with: new)
  }
}

extension Dictionary where Key == String, Value == String {
  mutating func replaceOnce(
    in sheet: String, _ old: String, with new: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    var text = self[sheet] ?? ""
    text.replaceOnce(old, with: new, sourceLocation: sourceLocation)
    self[sheet] = text
  }
}
