import NuvolaModel

/// A structural check of an inventory, written from the field tables: unique ids, references that
/// resolve, values within each field's kind. The tests use it on generated and sample inventories;
/// it stands in for the validator, which is built elsewhere, and states each problem as a sentence.
struct InventoryCheck {
  private(set) var problems: [String] = []
  private let ids: [RecordType: Set<String>]
  private let assetKinds: [String: AssetKind]

  init(_ inventory: Inventory) {
    var ids: [RecordType: Set<String>] = [:]
    ids[.site] = Set(inventory.sites.map(\.id))
    ids[.asset] = Set(inventory.assets.map(\.id))
    ids[.application] = Set(inventory.applications.map(\.id))
    ids[.link] = Set(inventory.links.map(\.id))
    self.ids = ids
    var kinds: [String: AssetKind] = [:]
    for asset in inventory.assets { kinds[asset.id] = asset.kind }
    assetKinds = kinds

    check([inventory.comune])
    check(inventory.sites)
    check(inventory.assets)
    check(inventory.applications)
    check(inventory.links)

    let year = inventory.comune.inventoryDate?.year ?? 9999
    for asset in inventory.assets {
      if let host = asset.host, let kind = assetKinds[host], !kind.canHostVMs {
        problems.append("asset \(asset.id): host \(host) is a \(kind.rawValue), not a server or host")
      }
      if asset.kind == .vm, asset.host == nil { problems.append("asset \(asset.id): a VM without host") }
      if let bought = asset.purchaseYear, bought > year {
        problems.append("asset \(asset.id): bought in \(bought), after the inventory year \(year)")
      }
    }
    for application in inventory.applications where application.dependsOn.contains(application.id) {
      problems.append("application \(application.id) depends on itself")
    }
  }

  private mutating func check<Record: InventoryRecord>(_ records: [Record]) {
    let type = Record.recordType
    var seen: Set<String> = []
    for (index, record) in records.enumerated() {
      let label = "\(type.rawValue) #\(index + 1)"
      for field in Record.fields {
        let value = field.get(record)
        if let problem = InventoryCheck.problem(value, field.kind, required: field.required, ids: ids) {
          problems.append("\(label) \(field.name): \(problem)")
        }
        if field.kind == .identifier, case .text(let id) = value, !seen.insert(id).inserted {
          problems.append("\(label): duplicate id \(id)")
        }
      }
    }
  }

  static func problem(
    _ value: FieldValue, _ kind: FieldKind, required: Bool, ids: [RecordType: Set<String>]
  ) -> String? {
    switch (kind, value) {
    case (_, .unknown):
      return required ? "required but unknown" : nil
    case (.identifier, .text(let text)):
      let allowed = text.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
          || $0 == "." || $0 == "_" || $0 == "-"
      }
      return (1...64).contains(text.count) && allowed ? nil : "bad identifier \(text)"
    case (.text(let maxLength), .text(let text)):
      return text.isEmpty || text.count > maxLength ? "text of \(text.count) characters" : nil
    case (.integer(let range), .integer(let number)):
      return range.contains(number) ? nil : "\(number) outside \(range)"
    case (.decimal(let range), .decimal(let number)):
      return number.isFinite && range.contains(number) ? nil : "\(number) outside \(range)"
    case (.money(let range), .money(let money)):
      let inRange = money.cents >= range.lowerBound * 100 && money.cents <= range.upperBound * 100
      return inRange ? nil : "\(money) outside \(range)"
    case (.day, .day), (.flag, .flag):
      return nil
    case (.choice(let codes), .text(let code)):
      return codes.contains(code) ? nil : "\(code) is not one of the codes"
    case (.reference(let type), .text(let id)):
      return ids[type, default: []].contains(id) ? nil : "\(id) is not an id of \(type.plural)"
    case (.references(let type), .list(let list)):
      let missing = list.filter { !ids[type, default: []].contains($0) }
      return missing.isEmpty ? nil : "\(missing) are not ids of \(type.plural)"
    default:
      return "value \(value) does not fit kind \(kind)"
    }
  }
}
