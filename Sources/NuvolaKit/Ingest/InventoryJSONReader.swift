import Foundation

/// Reads one comune's inventory from its JSON document (`docs/inventory-format.md`):
/// `{"format": "nuvola-inventory", "version": 1, "comune": {...}, "sites": [...], "assets": [...],
/// "applications": [...], "links": [...]}`; the arrays may be absent.
///
/// Every problem of the file is reported together, each with its line, column and JSON path: syntax,
/// unknown keys, values of the wrong kind, and what `InventoryValidator` finds across records.
public struct InventoryJSONReader: Sendable {
  public var register: Register

  public init(register: Register = .shipped) {
    self.register = register
  }

  /// The keys a document may have at the top level.
  public static let topLevelKeys = [
    "format", "version", "comune", "sites", "assets", "applications", "links",
  ]

  public func read(_ data: Data, file: String) throws(InputError) -> Inventory {
    try read([UInt8](data), file: file)
  }

  public func read(_ bytes: [UInt8], file: String) throws(InputError) -> Inventory {
    if InventoryReader.isBlank(bytes) {
      throw InputError(
        Diagnostic(
          file: file, message: "empty file",
          expected:
            "a JSON inventory: {\"format\": \"nuvola-inventory\", \"version\": 1, \"comune\": {...}, ...}"))
    }
    let (root, syntaxProblems) = bytes.withUnsafeBufferPointer {
      JSONParser().parseCollecting($0, file: file)
    }
    var decoding = JSONInventoryDecoding(file: file)
    for problem in syntaxProblems { decoding.problems.add(problem) }
    guard let root else {
      try decoding.problems.check()
      throw InputError(syntaxProblems)
    }
    let inventory = decoding.inventory(root)
    if let inventory {
      let issues = InventoryValidator.validate(
        inventory, register: register, checkingValues: false, acrossRecords: !decoding.problems.structural)
      decoding.problems.add(issues, map: decoding.map, fileOrder: { _ in 0 })
    }
    try decoding.problems.check()
    guard let inventory else {
      throw InputError(Diagnostic(file: file, message: "no comune in the document"))
    }
    return inventory
  }
}

/// The state of decoding one JSON document into an inventory.
private struct JSONInventoryDecoding {
  let file: String
  var problems = IngestProblems()
  var map = SourceMap(style: .json)

  init(file: String) { self.file = file }

  mutating func problem(
    _ node: JSONNode, _ path: JSONPath, value: String?, _ message: String, _ expected: String?
  ) {
    problems.add(
      Diagnostic(
        file: file, line: node.line, column: node.column, path: path.description, value: value,
        message: message,
        expected: expected))
  }

  mutating func inventory(_ root: JSONNode) -> Inventory? {
    guard case .object(let members) = root.value else {
      problem(
        root, .root, value: root.displayText, "the document is \(root.kindDescription), not an object",
        "an object {\"format\": \"nuvola-inventory\", \"version\": 1, \"comune\": {...}, ...}")
      problems.structural = true
      return nil
    }
    var comune: Comune?
    var sites: [Site] = []
    var assets: [Asset] = []
    var applications: [Application] = []
    var links: [Link] = []
    for member in members {
      let path = JSONPath.root.appending(member.key)
      switch member.key {
      case "format":
        if member.value.value != .string(Inventory.formatName) {
          problem(
            member.value, path, value: member.value.displayText, "not a Nuvola inventory",
            "\"\(Inventory.formatName)\" (or no format key)")
        }
      case "version":
        if member.value.value != .number(String(Inventory.formatVersion)) {
          problem(
            member.value, path, value: member.value.displayText,
            "unsupported version of the inventory format",
            "\(Inventory.formatVersion)")
        }
      case "comune":
        // A repeated key is reported by the parser; the first one counts.
        if comune == nil { comune = record(member.value, path: path, sourceIndex: 0) }
      case "sites": list(member.value, path: path, into: &sites)
      case "assets": list(member.value, path: path, into: &assets)
      case "applications": list(member.value, path: path, into: &applications)
      case "links": list(member.value, path: path, into: &links)
      default:
        let hint =
          FieldTable.closest(to: member.key, among: InventoryJSONReader.topLevelKeys).map {
            " (did you mean \($0)?)"
          } ?? ""
        problems.add(
          Diagnostic(
            file: file, line: member.line, column: member.column, path: path.description, value: member.key,
            message: "unknown key \"\(member.key)\"\(hint)",
            expected: "one of the keys " + InventoryJSONReader.topLevelKeys.joined(separator: ", ")))
      }
    }
    guard let comune else {
      if !members.contains(where: { $0.key == "comune" }) {
        problem(
          root, JSONPath.root.appending("comune"), value: nil, "the required key \"comune\" is missing",
          "an object describing the comune, with at least istat_code")
      }
      problems.structural = true
      return nil
    }
    return Inventory(comune: comune, sites: sites, assets: assets, applications: applications, links: links)
  }

  mutating func list<R: InventoryRecord>(_ node: JSONNode, path: JSONPath, into records: inout [R]) {
    switch node.value {
    case .null:
      return
    case .array(let items):
      records.reserveCapacity(items.count)
      for (position, item) in items.enumerated() {
        if let record: R = record(item, path: path.appending(position), sourceIndex: position) {
          records.append(record)
        }
      }
    default:
      problem(
        node, path, value: node.displayText, "\(node.kindDescription) where an array is needed",
        "an array of objects, one per record in \(R.recordType.plural)")
      problems.structural = true
    }
  }

  /// Decodes one record; nil when the node is not an object (and records are then misaligned).
  /// The path is built only when a problem needs it.
  mutating func record<R: InventoryRecord>(
    _ node: JSONNode, path: @autoclosure () -> JSONPath, sourceIndex: Int
  ) -> R? {
    guard case .object(let members) = node.value else {
      problem(
        node, path(), value: node.displayText, "\(node.kindDescription) where an object is needed",
        "an object with the fields of one record in \(R.recordType.plural)")
      problems.structural = true
      return nil
    }
    let table = FieldTable.of(R.recordType)
    // Fields are read in place (`fields[position].set`): copying a Field retains all its closures.
    let fields = R.fields
    let index = map.count(R.recordType)
    var record = R.blank
    var positions = [SourceMap.Position?](repeating: nil, count: fields.count)
    for member in members {
      guard let position = table.position(of: member.key) else {
        let hint = table.suggestion(for: member.key).map { " (did you mean \($0)?)" } ?? ""
        problems.add(
          Diagnostic(
            file: file, line: member.line, column: member.column,
            path: path().appending(member.key).description,
            value: member.key, message: "unknown key \"\(member.key)\"\(hint)",
            expected: "one of the keys " + table.list))
        continue
      }
      positions[position] = SourceMap.Position(line: member.value.line, column: member.value.column)
      let kind = fields[position].kind
      switch FieldDecoder.decode(
        json: member.value, kind: kind, canonicalCode: fields[position].canonicalCode)
      {
      case .success(let value):
        if value != .unknown {
          fields[position].set(&record, value)
        } else if table.required[position] {
          problem(
            member.value, path().appending(member.key), value: member.value.displayText,
            "required value is missing", kind.expectation)
          problems.fieldFailed(R.recordType, index: index, field: member.key)
        }
      case .failure(let failure):
        problem(
          member.value, path().appending(member.key), value: failure.value, failure.message, failure.expected)
        problems.fieldFailed(R.recordType, index: index, field: member.key)
      }
    }
    for position in fields.indices where table.required[position] && positions[position] == nil {
      let name = table.names[position]
      problem(
        node, path().appending(name), value: nil, "the required key \"\(name)\" is missing",
        fields[position].kind.expectation)
      problems.fieldFailed(R.recordType, index: index, field: name)
    }
    map.add(
      R.recordType,
      SourceMap.Entry(
        file: file, position: SourceMap.Position(line: node.line, column: node.column),
        sourceIndex: sourceIndex,
        fields: positions))
    return record
  }
}
