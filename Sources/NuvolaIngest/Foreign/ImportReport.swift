import NuvolaModel
import NuvolaSupport

/// What an import of a foreign file did: how many records of each kind it created, updated or left as
/// they were, and everything it read but could not map (columns, values), so that nothing is dropped
/// silently. The command line prints it as text or JSON.
public struct ImportReport: Sendable, Equatable {
  public var format: ForeignFormat
  /// The file as the user named it.
  public var file: String
  /// Data rows of a CSV, or computers of a GLPI document, that were read.
  public var sourceRecords: Int
  /// Records touched by the import, by kind (only `asset` and `application` are ever touched).
  public var changes: [RecordType: RecordChanges]
  /// New assets by kind (`vm`, `virtualization_host`...).
  public var createdAssetKinds: [AssetKind: Int]
  /// Columns or keys not mapped, in file order.
  public var columns: [UnmappedColumn]
  /// Values not mapped, in file order.
  public var values: [UnmappedValue]
  /// Format-specific tallies (`templates_skipped`, `softwares`...), documented in `docs/importers.md`.
  public var counts: [String: Int]

  public init(format: ForeignFormat, file: String) {
    self.format = format
    self.file = file
    sourceRecords = 0
    changes = [:]
    createdAssetKinds = [:]
    columns = []
    values = []
    counts = [:]
  }

  mutating func count(_ key: String, by amount: Int = 1) {
    guard amount != 0 else { return }
    counts[key, default: 0] += amount
  }

  /// The report as JSON (the command line sorts its keys).
  public var json: JSON {
    let kinds: [RecordType] = [.asset, .application]
    let records = kinds.map { kind -> (String, JSON) in
      let change = changes[kind] ?? RecordChanges()
      return (
        kind.plural,
        .object([
          ("created", .int(change.created)), ("updated", .int(change.updated)),
          ("unchanged", .int(change.unchanged)),
        ])
      )
    }
    let createdKinds = createdAssetKinds.sorted { $0.key.rawValue < $1.key.rawValue }.map {
      ($0.key.rawValue, JSON.int($0.value))
    }
    return .object([
      ("format", .string(format.rawValue)),
      ("file", .string(file)),
      ("source_records", .int(sourceRecords)),
      ("records", .object(records)),
      ("created_asset_kinds", .object(createdKinds)),
      ("unmapped_columns", .array(columns.map(ImportReport.json))),
      ("unmapped_values", .array(values.map(ImportReport.json))),
      ("counts", .object(counts.sorted { $0.key < $1.key }.map { ($0.key, JSON.int($0.value)) })),
    ])
  }

  private static func json(_ column: UnmappedColumn) -> JSON {
    .object([
      ("name", .string(column.name)),
      ("column", column.column.map(JSON.int) ?? .null),
      ("path", column.path.map(JSON.string) ?? .null),
      ("reason", .string(column.reason.rawValue)),
      ("suggestion", column.suggestion.map(JSON.string) ?? .null),
    ])
  }

  private static func json(_ value: UnmappedValue) -> JSON {
    .object([
      ("line", value.line.map(JSON.int) ?? .null),
      ("column", value.column.map(JSON.int) ?? .null),
      ("path", value.path.map(JSON.string) ?? .null),
      ("field", .string(value.field)),
      ("value", .string(value.value)),
      ("reason", .string(value.reason)),
      ("record", value.record.map(JSON.string) ?? .null),
    ])
  }
}
