import Foundation
import NuvolaFormats
import NuvolaIngest
import NuvolaModel
import Testing

/// Writing an inventory in either encoding and reading it back gives the same inventory.
@Suite struct IngestRoundTripTests {
  let temporary: IngestTemporaryFolder

  init() throws { temporary = try IngestTemporaryFolder() }

  static let inventories: [Inventory] = [
    IngestFixtures.expected, IngestFixtures.rich, Inventory(comune: Comune(istatCode: "014061")),
  ]

  @Test(arguments: inventories)
  func json(inventory: Inventory) throws {
    let file = try temporary.write(inventory.json.serialized(), to: "inventory.json")
    #expect(try InventoryReader().read(path: file) == inventory)
    let compact = try temporary.write(inventory.json.serialized(pretty: false), to: "compact.json")
    #expect(try InventoryReader().read(path: compact) == inventory)
  }

  @Test(arguments: inventories)
  func csvSheets(inventory: Inventory) throws {
    let folder = try temporary.folder("sheets")
    let sheets = inventory.csvSheets()
    #expect(sheets.map(\.name) == ["comune.csv", "sites.csv", "assets.csv", "applications.csv", "links.csv"])
    for sheet in sheets { try temporary.write(sheet.text, to: "sheets/" + sheet.name) }
    #expect(try InventoryReader().read(path: folder) == inventory)
  }

  @Test(arguments: [";", "\t"] as [Character])
  func csvSheetsWithOtherSeparatorsAndBOM(separator: Character) throws {
    let inventory = IngestFixtures.rich
    let writer = CSVWriter(separator: separator, byteOrderMark: true, lineEnding: .lf)
    var sheets: [String: [UInt8]] = [:]
    for sheet in inventory.csvSheets(writer: writer) { sheets[sheet.name] = Array(sheet.text.utf8) }
    #expect(sheets["comune.csv"]?.starts(with: [0xEF, 0xBB, 0xBF]) == true)
    #expect(try InventoryCSVReader().read(sheets: sheets, folder: "mem") == inventory)
  }

  @Test func headersFollowTheFieldTables() {
    let sheets = IngestFixtures.expected.csvSheets()
    let header = sheets[2].text.prefix { $0 != "\r\n" && $0 != "\n" }
    #expect(String(header) == Asset.fields.map(\.name).joined(separator: ","))
    #expect(sheets[3].text.contains("anagrafe") && sheets[3].text.contains(",anagrafe,"))
  }

  @Test func listsAreJoinedWithBars() {
    let text = IngestFixtures.rich.csvSheets()[3].text
    #expect(text.contains("anagrafe|anagrafe.v2"))
  }

  @Test func richInventoryIsValid() {
    #expect(InventoryValidator.validate(IngestFixtures.rich, register: .shipped).isEmpty)
  }
}
