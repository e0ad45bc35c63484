import Testing

@testable import NuvolaModel
@testable import NuvolaStore
@testable import NuvolaSupport

/// The store's content hash: equal inventories hash equal, any change of any field changes it, and
/// a hash that matches by accident (a collision) never makes the store drop an import.
@Suite struct StoreContentHashTests {
  func hash(_ inventory: Inventory) -> String { PreparedInventory(inventory).contentHash }

  /// `value` changed to another value of the same kind, so that setting it cannot be ignored.
  static func changed(_ value: FieldValue, kind: FieldKind) -> FieldValue {
    switch value {
    case .unknown:
      return .unknown
    case .text(let text):
      if case .choice(let codes) = kind { return .text(codes.first { $0 != text } ?? text) }
      return .text(text.isEmpty ? "x" : String(text.dropLast()))
    case .integer(let number): return .integer(number == 1 ? 2 : 1)
    case .decimal(let number): return .decimal(number + 0.5)
    case .money(let money): return .money(Money(cents: money.cents + 1))
    case .day(let day): return .day(Day(year: day.year == 2000 ? 2001 : 2000, month: day.month, day: 1)!)
    case .flag(let flag): return .flag(!flag)
    case .list(let items): return .list(items + ["extra"])
    }
  }

  /// For every field of `Record`, the inventory with that field of one record changed.
  static func variants<Record: InventoryRecord>(
    of inventory: Inventory, _ records: WritableKeyPath<Inventory, [Record]>
  ) -> [(String, Inventory)] {
    var variants: [(String, Inventory)] = []
    for field in Record.fields {
      guard let index = inventory[keyPath: records].firstIndex(where: { field.get($0) != .unknown }) else {
        continue
      }
      var copy = inventory
      let value = field.get(copy[keyPath: records][index])
      field.set(&copy[keyPath: records][index], changed(value, kind: field.kind))
      variants.append(("\(Record.recordType.plural).\(field.name)", copy))
    }
    return variants
  }

  @Test func equalInventoriesHashEqual() throws {
    let first = try StoreFixtures.complete()
    let second = try StoreFixtures.complete()
    #expect(first == second)
    #expect(hash(first) == hash(second))
    #expect(hash(first).utf8.count == 32)
    #expect(hash(first).allSatisfy { "0123456789abcdef".contains($0) })
    // -0.0 == 0.0, so the inventories are equal and must hash equal.
    var negative = first
    negative.assets[0].storage = -0.0
    var positive = first
    positive.assets[0].storage = 0
    #expect(negative == positive)
    #expect(hash(negative) == hash(positive))
  }

  @Test func everyChangedFieldChangesTheHash() throws {
    let inventory = try StoreFixtures.complete()
    let original = hash(inventory)
    var variants: [(String, Inventory)] = []
    var comune = inventory.comune
    for field in Comune.fields where field.get(comune) != .unknown {
      var copy = inventory
      field.set(&copy.comune, Self.changed(field.get(comune), kind: field.kind))
      variants.append(("comune.\(field.name)", copy))
    }
    comune.istatCode = "014062"
    variants.append(("comune.istat_code", Inventory(comune: comune)))
    variants += Self.variants(of: inventory, \.sites)
    variants += Self.variants(of: inventory, \.assets)
    variants += Self.variants(of: inventory, \.applications)
    variants += Self.variants(of: inventory, \.links)
    #expect(variants.count > 60)
    for (name, variant) in variants {
      #expect(variant != inventory, "\(name) did not change")
      #expect(hash(variant) != original, "changing \(name) left the hash as it was")
    }
  }

  @Test func movingValuesBetweenFieldsOrRecordsChangesTheHash() {
    var first = Asset(id: "a", kind: .server)
    first.vendor = "ab"
    first.model = "c"
    var second = first
    second.vendor = "a"
    second.model = "bc"
    var third = first
    third.vendor = nil
    third.model = "abc"
    let comune = Comune(istatCode: "001001")
    let hashes = [first, second, third].map { hash(Inventory(comune: comune, assets: [$0])) }
    #expect(Set(hashes).count == 3)
    // The same records in another order, or split between kinds, are another inventory.
    var other = first
    other.id = "b"
    #expect(
      hash(Inventory(comune: comune, assets: [first, other]))
        != hash(Inventory(comune: comune, assets: [other, first])))
    var application = Application(id: "x", name: "X")
    application.dependsOn = ["a", "b"]
    var swapped = application
    swapped.dependsOn = ["b", "a"]
    #expect(
      hash(Inventory(comune: comune, applications: [application]))
        != hash(Inventory(comune: comune, applications: [swapped])))
    #expect(
      hash(Inventory(comune: comune)) != hash(Inventory(comune: comune, sites: [Site(id: "", name: "")])))
  }

  @Test func hasherSeesEveryByte() {
    func digest(_ bytes: [UInt8]) -> String {
      var hasher = ContentHasher()
      bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
      return hasher.hexDigest()
    }
    let base = Array("the quick brown fox jumps over the lazy dog".utf8)
    var seen: Set<String> = [digest(base), digest([]), digest([0]), digest([0, 0])]
    #expect(seen.count == 4)
    for index in base.indices {
      var changed = base
      changed[index] ^= 1
      seen.insert(digest(changed))
    }
    #expect(seen.count == 4 + base.count)
  }

  @Test func collidingHashStillImportsADifferentInventory() throws {
    let store = try InventoryStore.inMemory()
    let original = StoreFixtures.small("001001", name: "Uno")
    let changed = StoreFixtures.small("001001", name: "Uno", variant: 1)
    #expect(original != changed)
    let first = try store.importBatch { try $0.save(original, source: "a.json") }
    // A different inventory whose hash is forced to equal the stored one's.
    let colliding = PreparedInventory(changed, contentHash: first.info.contentHash)
    let second = try store.importBatch { try $0.save(colliding, source: "b.json") }
    #expect(second.isCreated)
    #expect(try store.currentSnapshot(istatCode: "001001")?.inventory == changed)
    #expect(try store.snapshots(istatCode: "001001").count == 2)
    // The same inventory with the same hash again is recognised, by hash and then by comparison.
    let again = try store.importBatch { try $0.save(colliding, source: "d.json") }
    #expect(again == .unchanged(second.info))
  }

  @Test func hashOfAnOlderStoreNeverMatchesSoTheImportIsKept() throws {
    let store = try InventoryStore.inMemory()
    let inventory = StoreFixtures.small("001001", name: "Uno")
    let first = try store.importBatch { try $0.save(inventory, source: "a.json") }
    // Stores written before this hash hold a SHA-256 of the JSON document.
    try store.database.execute(
      "UPDATE snapshots SET content_hash = '\(SHA256.hex(inventory.json.serialized(pretty: false).utf8))'")
    let second = try store.importBatch { try $0.save(inventory, source: "b.json") }
    #expect(second.isCreated)
    #expect(second.info.id != first.info.id)
    #expect(try store.currentSnapshot(istatCode: "001001")?.inventory == inventory)
    let third = try store.importBatch { try $0.save(inventory, source: "c.json") }
    #expect(third == .unchanged(second.info))
  }
}
