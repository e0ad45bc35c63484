import Testing

@testable import NuvolaKit

/// The store's content hash writes the compact JSON document itself, for speed; these tests hold
/// it to the JSON writer's bytes.
@Suite struct StoreContentHashTests {
  let tables = StoreTables()

  func expectSameBytes(_ inventory: Inventory, sourceLocation: SourceLocation = #_sourceLocation) {
    let expected = inventory.json.serialized(pretty: false)
    let values = InventoryValues(inventory, tables: tables)
    let written = ContentHasher.document(values, tables: tables)
    #expect(String(decoding: written, as: UTF8.self) == expected, sourceLocation: sourceLocation)
    #expect(
      ContentHasher.hash(values, tables: tables) == SHA256.hex(expected.utf8), sourceLocation: sourceLocation)
  }

  @Test func fixturesHashAsTheirJSONDocument() throws {
    expectSameBytes(try StoreFixtures.complete())
    expectSameBytes(StoreFixtures.small("001001", name: "Uno"))
    expectSameBytes(Inventory(comune: Comune(istatCode: "")))
  }

  @Test func escapesMatchTheJSONWriter() throws {
    let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
    let tricky = controls + "\"\\/ \u{2028}\u{2029} € … \u{7f} 😀 àé \u{E000} end"
    var comune = Comune(istatCode: tricky, name: "\u{2028}")
    comune.notes = ""
    var application = Application(id: "a\"b", name: tricky)
    application.dependsOn = [tricky, "", "x"]
    expectSameBytes(Inventory(comune: comune, applications: [application]))
  }

  @Test(arguments: [
    0.1, 1e20, 1e-7, 123_456_789_012_345.5, 1e15, 999_999_999_999_999, -0.0, -2.5, 100, .infinity, .nan,
  ])
  func numbersMatchTheJSONWriter(number: Double) throws {
    var asset = Asset(id: "a", kind: .server)
    asset.storage = number
    asset.quantity = Int(exactly: number.rounded()) ?? -42
    asset.purchaseYear = Int.min
    asset.cores = Int.max
    asset.maintenanceCost = Money(cents: number.isFinite && abs(number) < 1e15 ? Int64(number * 100) : -150)
    var site = Site(id: "s", name: "S")
    site.energyCost = Money(cents: -1_000)
    site.maintenanceCost = Money(cents: 1)
    let inventory = Inventory(
      comune: Comune(istatCode: "1", inventoryDate: try StoreFixtures.day(999, 1, 2)), sites: [site],
      assets: [asset])
    expectSameBytes(inventory)
  }

  /// Past the buffer's flush size the document is hashed in pieces.
  @Test func largeInventoryHashesInPieces() throws {
    var inventory = try StoreFixtures.complete()
    let template = inventory.assets[1]
    inventory.assets = (0..<2_000).map { index in
      var asset = template
      asset.id = "asset-\(index)"
      return asset
    }
    expectSameBytes(inventory)
  }
}
