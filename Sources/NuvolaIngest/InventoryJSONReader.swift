import Foundation
import NuvolaFormats
import NuvolaModel
import NuvolaRules
import NuvolaSupport

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
    let result = bytes.withUnsafeBufferPointer { buffer -> Result<Inventory, InputError> in
      let (tape, syntaxProblems) = JSONParser().parseTape(buffer, file: file)
      guard let tape else {
        // Only syntax problems: the duplicate keys before the error, then the error.
        var problems = IngestProblems()
        for problem in syntaxProblems { problems.add(problem) }
        do throws(InputError) {
          try problems.check()
        } catch {
          return .failure(error)
        }
        return .failure(InputError(syntaxProblems))
      }
      // The validator's problems are placed through the tape: everything happens while it is valid.
      return tape.withDocument(source: buffer) { document in
        var decoding = JSONInventoryDecoding(file: file, document: document, locator: JSONLocator(buffer))
        for problem in syntaxProblems { decoding.problems.add(problem) }
        let inventory = decoding.inventory(document)
        if let inventory {
          let issues = InventoryValidator.validate(
            inventory, register: register, checkingValues: false, acrossRecords: !decoding.problems.structural
          )
          decoding.problems.add(issues, map: decoding.map, fileOrder: { _ in 0 })
        }
        do throws(InputError) {
          try decoding.problems.check()
        } catch {
          return .failure(error)
        }
        guard var inventory else {
          return .failure(InputError(Diagnostic(file: file, message: "no comune in the document")))
        }
        inventory.comune.name = register.officialName(inventory.comune)
        return .success(inventory)
      }
    }
    return try result.get()
  }
}

/// The state of decoding one JSON document into an inventory.
private struct JSONInventoryDecoding {
  let file: String
  let locator: JSONLocator
  var problems = IngestProblems()
  var map: SourceMap

  init(file: String, document: JSONDocument, locator: JSONLocator) {
    self.file = file
    self.locator = locator
    map = SourceMap(json: document, locator: locator)
  }

  mutating func problem(
    at offset: Int, _ path: JSONPath, value: String?, _ message: String, _ expected: String?
  ) {
    let (line, column) = locator.position(of: offset)
    problems.add(
      Diagnostic(
        file: file, line: line, column: column, path: path.description, value: value,
        message: message,
        expected: expected))
  }

  mutating func inventory(_ document: JSONDocument) -> Inventory? {
    let root = document[0]
    guard root.kind == .object else {
      problem(
        at: root.start, .root, value: document.displayText(0),
        "the document is \(document.kindDescription(0)), not an object",
        "an object {\"format\": \"nuvola-inventory\", \"version\": 1, \"comune\": {...}, ...}")
      problems.structural = true
      return nil
    }
    var comune: Comune?
    var hasComune = false
    var sites: [Site] = []
    var assets: [Asset] = []
    var applications: [Application] = []
    var links: [Link] = []
    var key = 1
    for _ in 0..<root.count {
      let value = key + 1
      defer { key = document.next(after: value) }
      // The keys below are ASCII words: comparing bytes is comparing strings.
      let name = document.bytes(ofString: key)
      func isKey(_ word: StaticString) -> Bool {
        name.hasSameBytes(as: UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
      }
      if isKey("format") {
        let format = document[value]
        if format.kind != .string || !document.string(value, equals: "nuvola-inventory") {
          problem(
            at: format.start, JSONPath.root.appending("format"), value: document.displayText(value),
            "not a Nuvola inventory", "\"\(Inventory.formatName)\" (or no format key)")
        }
      } else if isKey("version") {
        let version = document[value]
        if version.kind != .number || document.displayText(value) != String(Inventory.formatVersion) {
          problem(
            at: version.start, JSONPath.root.appending("version"), value: document.displayText(value),
            "unsupported version of the inventory format",
            "\(Inventory.formatVersion)")
        }
      } else if isKey("comune") {
        hasComune = true
        // A repeated key is reported by the parser; the first one counts.
        if comune == nil {
          comune = record(document, value, path: JSONPath.root.appending("comune"), sourceIndex: 0)
        }
      } else if isKey("sites") {
        list(document, value, path: JSONPath.root.appending("sites"), into: &sites)
      } else if isKey("assets") {
        list(document, value, path: JSONPath.root.appending("assets"), into: &assets)
      } else if isKey("applications") {
        list(document, value, path: JSONPath.root.appending("applications"), into: &applications)
      } else if isKey("links") {
        list(document, value, path: JSONPath.root.appending("links"), into: &links)
      } else {
        let text = document.string(key)
        let hint =
          FieldTable.closest(to: text, among: InventoryJSONReader.topLevelKeys).map {
            " (did you mean \($0)?)"
          } ?? ""
        let (line, column) = locator.position(of: document[key].start)
        problems.add(
          Diagnostic(
            file: file, line: line, column: column, path: JSONPath.root.appending(text).description,
            value: text, message: "unknown key \(Diagnostic.quoted(text))\(hint)",
            expected: "one of the keys " + InventoryJSONReader.topLevelKeys.joined(separator: ", ")))
      }
    }
    guard let comune else {
      if !hasComune {
        problem(
          at: root.start, JSONPath.root.appending("comune"), value: nil,
          "the required key \"comune\" is missing",
          "an object describing the comune, with at least istat_code")
      }
      problems.structural = true
      return nil
    }
    return Inventory(comune: comune, sites: sites, assets: assets, applications: applications, links: links)
  }

  mutating func list<R: InventoryRecord>(
    _ document: JSONDocument, _ index: Int, path: JSONPath, into records: inout [R]
  ) {
    let node = document[index]
    switch node.kind {
    case .null:
      return
    case .array:
      records.reserveCapacity(records.count + node.count)
      var item = index + 1
      for position in 0..<node.count {
        if let record: R = record(document, item, path: path.appending(position), sourceIndex: position) {
          records.append(record)
        }
        item = document.next(after: item)
      }
    default:
      problem(
        at: node.start, path, value: document.displayText(index),
        "\(document.kindDescription(index)) where an array is needed",
        "an array of objects, one per record in \(R.recordType.plural)")
      problems.structural = true
    }
  }

  /// Decodes one record; nil when the value is not an object (and records are then misaligned).
  /// The path is built only when a problem needs it.
  mutating func record<R: InventoryRecord>(
    _ document: JSONDocument, _ index: Int, path: @autoclosure () -> JSONPath, sourceIndex: Int
  ) -> R? {
    let node = document[index]
    guard node.kind == .object else {
      problem(
        at: node.start, path(), value: document.displayText(index),
        "\(document.kindDescription(index)) where an object is needed",
        "an object with the fields of one record in \(R.recordType.plural)")
      problems.structural = true
      return nil
    }
    let type = R.recordType
    let table = FieldTable.of(type)
    let fieldIndex = JSONFieldIndex.of(type)
    // Fields are read in place (`fields[position].set`): copying a Field retains all its closures.
    let fields = R.fields
    let recordIndex = map.count(type)
    map.addRecord(type, file: file, object: index, sourceIndex: sourceIndex)
    // Which fields were given: one bit per field, without allocating, for the first 128 (records
    // have far fewer); an array for any beyond.
    var given: (UInt64, UInt64) = (0, 0)
    var givenBeyond = [Bool](repeating: false, count: max(0, fields.count - 128))
    var record = R.blank
    var key = index + 1
    var hint = 0
    for _ in 0..<node.count {
      let value = key + 1
      defer { key = document.next(after: value) }
      guard
        let position = fieldIndex.position(
          ofKey: document.bytes(ofString: key), readable: document.readableBytes(ofString: key), hint: hint)
      else {
        let name = document.string(key)
        let hint = table.suggestion(for: name).map { " (did you mean \($0)?)" } ?? ""
        let (line, column) = locator.position(of: document[key].start)
        problems.add(
          Diagnostic(
            file: file, line: line, column: column,
            path: path().appending(name).description,
            value: name, message: "unknown key \(Diagnostic.quoted(name))\(hint)",
            expected: "one of the keys " + table.list))
        continue
      }
      hint = position + 1
      if position < 64 {
        given.0 |= 1 << UInt64(position)
      } else if position < 128 {
        given.1 |= 1 << UInt64(position - 64)
      } else {
        givenBeyond[position - 128] = true
      }
      switch FieldDecoder.decode(
        document, value, field: position, of: fields, index: fieldIndex, locator: locator)
      {
      case .success(let decoded):
        if case .unknown = decoded {
          if table.required[position] {
            problem(
              at: document[value].start, path().appending(table.names[position]),
              value: document.displayText(value), "required value is missing",
              fields[position].kind.expectation)
            problems.fieldFailed(type, index: recordIndex, field: table.names[position])
          }
        } else {
          fields[position].set(&record, decoded)
        }
      case .failure(let failure):
        problem(
          at: document[value].start, path().appending(table.names[position]), value: failure.value,
          failure.message, failure.expected)
        problems.fieldFailed(type, index: recordIndex, field: table.names[position])
      }
    }
    for position in fields.indices where table.required[position] {
      let isGiven =
        position < 64
        ? given.0 & (1 << UInt64(position)) != 0
        : position < 128 ? given.1 & (1 << UInt64(position - 64)) != 0 : givenBeyond[position - 128]
      if isGiven { continue }
      let name = table.names[position]
      problem(
        at: node.start, path().appending(name), value: nil, "the required key \"\(name)\" is missing",
        fields[position].kind.expectation)
      problems.fieldFailed(type, index: recordIndex, field: name)
    }
    return record
  }
}
