/// The type of an inventory field: how it is written, what is allowed, and how it is documented.
public enum FieldKind: Sendable, Equatable {
  /// An identifier: 1 to 64 characters from `A-Z a-z 0-9 . _ -`.
  case identifier
  case text(maxLength: Int)
  case integer(ClosedRange<Int>)
  case decimal(ClosedRange<Double>)
  /// Euro, at most two decimals, within the range (in euro).
  case money(ClosedRange<Int64>)
  /// A day, `YYYY-MM-DD` (or `GG/MM/AAAA`).
  case day
  /// Yes / no / unknown.
  case flag
  /// One code of a closed vocabulary.
  case choice([String])
  /// The id of another record of the inventory.
  case reference(RecordType)
  /// A list of ids of other records.
  case references(RecordType)

  /// The expectation in words, as error messages and the format documentation state it.
  public var expectation: String {
    switch self {
    case .identifier: return "an identifier of 1 to 64 characters from A-Z a-z 0-9 . _ -"
    case .text(let maxLength): return "text of at most \(maxLength) characters"
    case .integer(let range):
      return "a whole number from \(range.lowerBound) to \(range.upperBound)"
    case .decimal(let range):
      return "a number from \(FieldKind.plain(range.lowerBound)) to \(FieldKind.plain(range.upperBound))"
    case .money(let range):
      return "an amount in euro from \(range.lowerBound) to \(range.upperBound), at most 2 decimals, "
        + "thousands grouped by points or not at all (1.234,50 or 1234.50)"
    case .day: return "a date YYYY-MM-DD (or GG/MM/AAAA)"
    case .flag: return "yes or no (si/no, true/false, 1/0), or empty when unknown"
    case .choice(let codes): return "one of " + codes.joined(separator: ", ")
    case .reference(let type): return "the id of a record in \(type.plural)"
    case .references(let type):
      return "ids of records in \(type.plural), separated by commas, spaces or |"
    }
  }

  /// Short type name for the format documentation.
  public var typeName: String {
    switch self {
    case .identifier: return "identifier"
    case .text: return "text"
    case .integer: return "integer"
    case .decimal: return "number"
    case .money: return "euro"
    case .day: return "date"
    case .flag: return "yes/no"
    case .choice: return "code"
    case .reference: return "id"
    case .references: return "list of ids"
    }
  }

  public static func plain(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
  }
}

/// The kinds of record in an inventory, named as the JSON document and CSV sheets name them.
public enum RecordType: String, Sendable, CaseIterable, Hashable {
  case comune
  case site
  case asset
  case application
  case link

  /// The JSON key and CSV sheet name (`sites`, `assets.csv`...).
  public var plural: String {
    switch self {
    case .comune: return "comune"
    case .site: return "sites"
    case .asset: return "assets"
    case .application: return "applications"
    case .link: return "links"
    }
  }

  public var sheetName: String { plural + ".csv" }
}
