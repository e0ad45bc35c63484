import NuvolaSupport

extension InventoryRecord {
  /// The record as a JSON object with keys in schema order; unknown facts are left out.
  public var json: JSON {
    var members: [(String, JSON)] = []
    for field in Self.fields {
      let value = field.get(self)
      if value != .unknown { members.append((field.name, value.json)) }
    }
    return .object(members)
  }
}

extension FieldValue {
  public var json: JSON {
    switch self {
    case .unknown: return .null
    case .text(let v): return .string(v)
    case .integer(let v): return .int(v)
    case .decimal(let v): return .double(v)
    case .money(let v): return v.cents % 100 == 0 ? .int(v.cents / 100) : .double(v.euros)
    case .day(let v): return .string(v.description)
    case .flag(let v): return .bool(v)
    case .list(let v): return .array(v.map(JSON.string))
    }
  }
}

extension Inventory {
  /// The inventory as the JSON document Nuvola reads (`docs/inventory-format.md`): reading back what
  /// this writes gives the same inventory.
  public var json: JSON {
    .object([
      ("format", .string(Inventory.formatName)),
      ("version", .int(Int64(Inventory.formatVersion))),
      ("comune", comune.json),
      ("sites", .array(sites.map(\.json))),
      ("assets", .array(assets.map(\.json))),
      ("applications", .array(applications.map(\.json))),
      ("links", .array(links.map(\.json))),
    ])
  }

  /// Identifies the JSON document; optional on input, always written on output.
  public static let formatName = "nuvola-inventory"
  public static let formatVersion = 1
}
