import NuvolaSupport

/// One field of an inventory record: its name in every encoding, its type, unit and meaning, and
/// how to read and write it on the Swift value.
///
/// The tables of fields (`Site.fields`...) are the single schema behind the JSON document, the CSV
/// sheets, the SQLite columns and the format documentation, so the encodings cannot drift apart.
public struct Field<Record>: Sendable {
  public let name: String
  public let kind: FieldKind
  public let required: Bool
  public let unit: String?
  /// What the field means, in English, for `docs/inventory-format.md`.
  public let summary: String
  public let get: @Sendable (Record) -> FieldValue
  public let set: @Sendable (inout Record, FieldValue) -> Void
  /// For `.choice` fields: maps any accepted spelling to its canonical code, nil when not accepted.
  public let canonicalCode: (@Sendable (String) -> String?)?

  init(
    _ name: String, _ kind: FieldKind, required: Bool = false, unit: String? = nil, _ summary: String,
    get: @escaping @Sendable (Record) -> FieldValue,
    set: @escaping @Sendable (inout Record, FieldValue) -> Void,
    canonicalCode: (@Sendable (String) -> String?)? = nil
  ) {
    self.canonicalCode = canonicalCode
    self.name = name
    self.kind = kind
    self.required = required
    self.unit = unit
    self.summary = summary
    self.get = get
    self.set = set
  }
}

// Constructors by Swift type. Each pairs an accessor with the FieldValue case it stores, so that a
// reader that produced a value of the right case (which the kind guarantees) can always set it.
// Accessors are plain closures, not key paths: applying a key path through generic code costs a
// metadata lookup per call, which showed up at national scale (about a million field reads).
extension Field {
  static func id(
    _ name: String, _ read: @escaping @Sendable (Record) -> String,
    _ write: @escaping @Sendable (inout Record, String) -> Void, _ summary: String
  ) -> Field {
    Field(
      name, .identifier, required: true, summary, get: { .text(read($0)) },
      set: { if case .text(let v) = $1 { write(&$0, v) } })
  }

  static func requiredText(
    _ name: String, _ read: @escaping @Sendable (Record) -> String,
    _ write: @escaping @Sendable (inout Record, String) -> Void, maxLength: Int = 200,
    _ summary: String
  ) -> Field {
    Field(
      name, .text(maxLength: maxLength), required: true, summary,
      get: { .text(read($0)) },
      set: { if case .text(let v) = $1 { write(&$0, v) } })
  }

  static func text(
    _ name: String, _ read: @escaping @Sendable (Record) -> String?,
    _ write: @escaping @Sendable (inout Record, String?) -> Void, maxLength: Int = 200,
    _ summary: String
  ) -> Field {
    Field(
      name, .text(maxLength: maxLength), summary,
      get: { read($0).map(FieldValue.text) ?? .unknown },
      set: {
        if case .text(let v) = $1 { write(&$0, v) } else { write(&$0, nil) }
      })
  }

  static func reference(
    _ name: String, _ read: @escaping @Sendable (Record) -> String?,
    _ write: @escaping @Sendable (inout Record, String?) -> Void, to type: RecordType,
    _ summary: String
  ) -> Field {
    Field(
      name, .reference(type), summary,
      get: { read($0).map(FieldValue.text) ?? .unknown },
      set: {
        if case .text(let v) = $1 { write(&$0, v) } else { write(&$0, nil) }
      })
  }

  static func requiredReference(
    _ name: String, _ read: @escaping @Sendable (Record) -> String,
    _ write: @escaping @Sendable (inout Record, String) -> Void, to type: RecordType,
    _ summary: String
  ) -> Field {
    Field(
      name, .reference(type), required: true, summary, get: { .text(read($0)) },
      set: { if case .text(let v) = $1 { write(&$0, v) } })
  }

  static func references(
    _ name: String, _ read: @escaping @Sendable (Record) -> [String],
    _ write: @escaping @Sendable (inout Record, [String]) -> Void, to type: RecordType,
    _ summary: String
  ) -> Field {
    Field(
      name, .references(type), summary,
      get: { read($0).isEmpty ? .unknown : .list(read($0)) },
      set: {
        if case .list(let v) = $1 { write(&$0, v) } else { write(&$0, []) }
      })
  }

  static func integer(
    _ name: String, _ read: @escaping @Sendable (Record) -> Int?,
    _ write: @escaping @Sendable (inout Record, Int?) -> Void, _ range: ClosedRange<Int>,
    unit: String? = nil, _ summary: String
  ) -> Field {
    Field(
      name, .integer(range), unit: unit, summary,
      get: { read($0).map(FieldValue.integer) ?? .unknown },
      set: {
        if case .integer(let v) = $1 { write(&$0, v) } else { write(&$0, nil) }
      })
  }

  static func decimal(
    _ name: String, _ read: @escaping @Sendable (Record) -> Double?,
    _ write: @escaping @Sendable (inout Record, Double?) -> Void,
    _ range: ClosedRange<Double>, unit: String? = nil, _ summary: String
  ) -> Field {
    Field(
      name, .decimal(range), unit: unit, summary,
      get: { read($0).map(FieldValue.decimal) ?? .unknown },
      set: {
        if case .decimal(let v) = $1 { write(&$0, v) } else { write(&$0, nil) }
      })
  }

  static func money(
    _ name: String, _ read: @escaping @Sendable (Record) -> Money?,
    _ write: @escaping @Sendable (inout Record, Money?) -> Void,
    _ range: ClosedRange<Int64> = 0...1_000_000_000, unit: String = "EUR", _ summary: String
  ) -> Field {
    Field(
      name, .money(range), unit: unit, summary,
      get: { read($0).map(FieldValue.money) ?? .unknown },
      set: {
        if case .money(let v) = $1 { write(&$0, v) } else { write(&$0, nil) }
      })
  }

  static func day(
    _ name: String, _ read: @escaping @Sendable (Record) -> Day?,
    _ write: @escaping @Sendable (inout Record, Day?) -> Void, _ summary: String
  ) -> Field {
    Field(
      name, .day, summary, get: { read($0).map(FieldValue.day) ?? .unknown },
      set: {
        if case .day(let v) = $1 { write(&$0, v) } else { write(&$0, nil) }
      })
  }

  static func flag(
    _ name: String, _ read: @escaping @Sendable (Record) -> Bool?,
    _ write: @escaping @Sendable (inout Record, Bool?) -> Void, _ summary: String
  ) -> Field {
    Field(
      name, .flag, summary, get: { read($0).map(FieldValue.flag) ?? .unknown },
      set: {
        if case .flag(let v) = $1 { write(&$0, v) } else { write(&$0, nil) }
      })
  }

  static func choice<V: Vocabulary>(
    _ name: String, _ read: @escaping @Sendable (Record) -> V?,
    _ write: @escaping @Sendable (inout Record, V?) -> Void, _ summary: String
  ) -> Field {
    Field(
      name, .choice(V.codes), summary,
      get: { read($0).map { .text($0.rawValue) } ?? .unknown },
      set: {
        if case .text(let v) = $1 { write(&$0, V(rawValue: v)) } else { write(&$0, nil) }
      }, canonicalCode: { V(parsing: $0)?.rawValue })
  }

  static func requiredChoice<V: Vocabulary>(
    _ name: String, _ read: @escaping @Sendable (Record) -> V,
    _ write: @escaping @Sendable (inout Record, V) -> Void, _ summary: String
  ) -> Field {
    Field(
      name, .choice(V.codes), required: true, summary,
      get: { .text(read($0).rawValue) },
      set: { if case .text(let v) = $1, let c = V(rawValue: v) { write(&$0, c) } },
      canonicalCode: { V(parsing: $0)?.rawValue })
  }
}

/// A record of an inventory described by a table of fields.
public protocol InventoryRecord: Sendable, Equatable, Codable {
  static var recordType: RecordType { get }
  static var fields: [Field<Self>] { get }
  /// A record with every optional fact unknown and required fields empty, to be filled field by field.
  static var blank: Self { get }
}
