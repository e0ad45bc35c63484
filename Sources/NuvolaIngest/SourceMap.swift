import NuvolaFormats
import NuvolaModel

/// Where each record of a decoded inventory, and each of its fields, was in the source file, so that
/// problems found later (by `InventoryValidator`) are reported at the line and column of the value.
///
/// Paths are built only when a problem needs one. A CSV cell's line and column are known as it is
/// read. A JSON record is recorded as its object on the document's tape: the place of one of its
/// fields is looked up there, and turned into a line and column (by the document's `JSONLocator`),
/// only for a problem, so decoding a large inventory records nothing per field.
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

  /// A place as it was recorded.
  enum Mark {
    case position(Position)
    /// A byte offset in a JSON document.
    case offset(Int)
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

  /// One record: where it was, and where its fields are: in its type's `fieldMarks` (CSV), or
  /// among the members of its object on the tape (JSON).
  private struct Record {
    var file: String
    var mark: Mark
    var sourceIndex: Int
    var fieldsStart = 0
    var fieldCount = 0
    /// The record's object on the JSON document's tape, -1 for CSV.
    var object = -1
  }

  let style: Style
  /// The JSON document and what turns its offsets into positions; valid while the document is.
  private let document: JSONDocument?
  private let locator: JSONLocator?
  /// By record type (`RecordType.ordinal`).
  private var records: [[Record]] = Array(repeating: [], count: RecordType.allCases.count)
  private var fieldMarks: [[Mark?]] = Array(repeating: [], count: RecordType.allCases.count)

  init(style: Style) {
    self.style = style
    document = nil
    locator = nil
  }

  /// A map of a JSON document, whose offsets `locator` resolves. Use it while `document` is valid.
  init(json document: JSONDocument, locator: JSONLocator) {
    style = .json
    self.document = document
    self.locator = locator
  }

  func count(_ type: RecordType) -> Int { records[type.ordinal].count }

  mutating func add(_ type: RecordType, _ entry: Entry) {
    let ordinal = type.ordinal
    records[ordinal].append(
      Record(
        file: entry.file, mark: .position(entry.position), sourceIndex: entry.sourceIndex,
        fieldsStart: fieldMarks[ordinal].count, fieldCount: entry.fields.count))
    fieldMarks[ordinal].append(contentsOf: entry.fields.lazy.map { $0.map(Mark.position) })
  }

  /// Adds a record of the JSON document: the object at `object` on its tape.
  mutating func addRecord(_ type: RecordType, file: String, object: Int, sourceIndex: Int) {
    let offset = document.map { $0[object].start } ?? 0
    records[type.ordinal].append(
      Record(file: file, mark: .offset(offset), sourceIndex: sourceIndex, object: object))
  }

  /// Where the field of the record at `index` (in its list of the inventory) came from; the record's
  /// own position when the field was absent.
  func location(_ type: RecordType, index: Int, field: String) -> Location? {
    let list = records[type.ordinal]
    guard list.indices.contains(index) else { return nil }
    let record = list[index]
    var fieldMark: Mark?
    if let position = FieldTable.of(type).position(of: field) {
      if record.object >= 0 {
        fieldMark = valueOffset(object: record.object, key: field).map(Mark.offset)
      } else if position < record.fieldCount {
        fieldMark = fieldMarks[type.ordinal][record.fieldsStart + position]
      }
    }
    let position = resolve(fieldMark ?? record.mark)
    return Location(
      file: record.file, line: position.line, column: position.column,
      path: path(type, sourceIndex: record.sourceIndex, field: field))
  }

  /// The offset of the value of the last member named `key` of the object at `object` (the last,
  /// as decoding lets a repeated key's last value stand).
  private func valueOffset(object: Int, key: String) -> Int? {
    guard let document else { return nil }
    let name = Array(key.utf8)
    return name.withUnsafeBufferPointer { name in
      var member = object + 1
      var found: Int?
      for _ in 0..<document[object].count {
        let value = member + 1
        if document.bytes(ofString: member).hasSameBytes(as: name) { found = document[value].start }
        member = document.next(after: value)
      }
      return found
    }
  }

  private func resolve(_ mark: Mark) -> Position {
    switch mark {
    case .position(let position):
      return position
    case .offset(let offset):
      guard let locator else { return Position(line: 0, column: nil) }
      let (line, column) = locator.position(of: offset)
      return Position(line: line, column: column)
    }
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

extension RecordType {
  /// 0 for the comune, then sites, assets, applications, links: an index for per-type storage.
  var ordinal: Int {
    switch self {
    case .comune: return 0
    case .site: return 1
    case .asset: return 2
    case .application: return 3
    case .link: return 4
    }
  }
}
