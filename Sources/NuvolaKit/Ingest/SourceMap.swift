/// Where each record of a decoded inventory, and each of its fields, was in the source file, so that
/// problems found later (by `InventoryValidator`) are reported at the line and column of the value.
///
/// Paths are built only when a problem needs one: decoding a large inventory records two integers per
/// field, nothing more.
struct SourceMap {
  enum Style {
    /// `$.assets[2].ram_gb`
    case json
    /// `assets.csv column ram_gb`
    case csv
  }

  struct Position: Equatable {
    var line: Int
    var column: Int?
  }

  struct Entry {
    var file: String
    var position: Position
    /// Index of the record in the source (JSON array index, or data row number), for paths.
    var sourceIndex: Int
    /// Indexed like the record type's field table.
    var fields: [Position?]
  }

  /// A place in a file as a diagnostic shows it.
  struct Location: Equatable {
    var file: String
    var line: Int?
    var column: Int?
    var path: String
  }

  let style: Style
  private var entries: [RecordType: [Entry]] = [:]

  init(style: Style) { self.style = style }

  func count(_ type: RecordType) -> Int { entries[type]?.count ?? 0 }

  mutating func add(_ type: RecordType, _ entry: Entry) {
    entries[type, default: []].append(entry)
  }

  /// Where the field of the record at `index` (in its list of the inventory) came from; the record's
  /// own position when the field was absent.
  func location(_ type: RecordType, index: Int, field: String) -> Location? {
    guard let list = entries[type], list.indices.contains(index) else { return nil }
    let entry = list[index]
    let fieldPosition = FieldTable.of(type).position(of: field).flatMap {
      entry.fields.indices.contains($0) ? entry.fields[$0] : nil
    }
    let position = fieldPosition ?? entry.position
    return Location(
      file: entry.file, line: position.line, column: position.column,
      path: path(type, sourceIndex: entry.sourceIndex, field: field))
  }

  func path(_ type: RecordType, sourceIndex: Int, field: String) -> String {
    switch style {
    case .csv:
      return "\(type.sheetName) column \(field)"
    case .json:
      let record: JSONPath =
        type == .comune ? JSONPath([.key("comune")]) : JSONPath([.key(type.plural), .index(sourceIndex)])
      return record.appending(field).description
    }
  }
}
