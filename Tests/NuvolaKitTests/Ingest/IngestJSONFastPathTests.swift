import Testing

@testable import NuvolaFormats
@testable import NuvolaIngest
@testable import NuvolaModel

/// The JSON reader decodes most values straight from the document's bytes; whatever it decodes
/// that way must be exactly what the general path (through a `JSONNode`) gives, for every field
/// of every record type and every kind of value, tricky ones included.
@Suite struct IngestJSONFastPathTests {
  /// JSON values, one per line of a test document.
  static let values: [String] = [
    "null", "true", "false", "0", "-0", "1", "-1", "7", "42", "1970", "2100", "2101", "100000",
    "123456789012345678", "1234567890123456789", "99999999999999999999", "1.5", "-2.25", "0.3", "1e3",
    "1E-2", "2.3", "8000", "24.5", "1234.5", "1234.56", "1234.567", "0.000001", "123456789012345.5",
    "1000000000", "1000000001", "[]", "[\"a\"]", "[\"a\", \"b-2\"]", "[\"a\", 3]", "[\"a b\"]", "{}",
    "{\"a\": 1}", "\"\"", "\" \"", "\"x\"", "\" x\"", "\"x \"", "\"unknown\"", "\"UNKNOWN\"",
    "\"Unknown \"", "\"sconosciuto\"", "\"n.d.\"", "\"N/D\"", "\"?\"", "\"nas-01\"", "\"sito-01\"",
    "\"server\"", "\"Server\"", "\"vm\"", "\"virtual_machine\"", "\"on premise\"", "\"saas\"", "\"SaaS\"",
    "\"ced\"", "\"closet\"", "\"fibre\"", "\"critical\"", "\"high\"", "\"Agliè\"", "\"Città\"", "\"Èrba\"",
    "\"\\u00e8\"", "\"a\\nb\"", "\"a\\tb\"", "\"a\\u0001b\"", "\"del\\u007f\"", "\"c1\\u0085\"",
    "\"\\u00a0x\"", "\"x\\u00a0\"", "\"\\u2028\"", "\"😀\"", "\"UN\\u212ANOWN\"", "\"2025-03-01\"",
    "\"01/03/2025\"", "\"2025-02-30\"", "\"2025-3-1\"", "\"1969-12-31\"", "\"16\"", "\"16.5\"", "\"si\"",
    "\"true\"", "\"a,b\"", "\"a b\"", "\"014061\"", "\"14061\"",
    "\"" + String(repeating: "i", count: 64) + "\"",
    "\"" + String(repeating: "i", count: 65) + "\"", "\"" + String(repeating: "t", count: 200) + "\"",
    "\"" + String(repeating: "t", count: 201) + "\"", "\"" + String(repeating: "à", count: 150) + "\"",
  ]

  /// For each field of `R`, each value: the fast decoder's result against the general one.
  func compare<R: InventoryRecord>(_ type: R.Type) throws -> Int {
    let document = "[\n" + Self.values.joined(separator: ",\n") + "\n]"
    let bytes = Array(document.utf8)
    let fields = R.fields
    let index = JSONFieldIndex.of(R.recordType)
    var compared = 0
    try bytes.withUnsafeBufferPointer { buffer in
      let (parsed, problems) = JSONParser().parseTape(buffer, file: "t.json")
      #expect(problems.isEmpty)
      let tape = try #require(parsed)
      let locator = JSONLocator(buffer)
      tape.withDocument(source: buffer) { document in
        let root = document.node(0, locator: locator)
        guard case .array(let nodes) = root.value else { return }
        var entry = 1
        for node in nodes {
          for position in fields.indices {
            let fast = FieldDecoder.decode(
              document, entry, field: position, of: fields, index: index, locator: locator)
            let general = FieldDecoder.decode(
              json: node, kind: fields[position].kind, canonicalCode: fields[position].canonicalCode)
            #expect(
              fast == general, "\(R.recordType.plural).\(fields[position].name) with \(node.displayText)")
            compared += 1
          }
          entry = document.next(after: entry)
        }
      }
    }
    return compared
  }

  @Test func fastDecodingEqualsTheGeneralPathForEveryField() throws {
    var compared = 0
    compared += try compare(Comune.self)
    compared += try compare(Site.self)
    compared += try compare(Asset.self)
    compared += try compare(Application.self)
    compared += try compare(Link.self)
    #expect(compared > 5_000)
  }

  @Test func keysAreMatchedAsFieldTablesMatchThem() throws {
    for type in RecordType.allCases {
      let table = FieldTable.of(type)
      let index = JSONFieldIndex.of(type)
      let candidates =
        table.names + table.names.map { $0 + "x" } + table.names.map { String($0.dropLast()) }
        + ["", "ID", String(repeating: "k", count: 40)]
      for name in candidates {
        let bytes = Array(name.utf8)
        for hint in [0, 3, table.names.count] {
          // Read as a key in a buffer that goes on past it, as in a document.
          let found = (bytes + Array("\": 1, \"other\": 2}".utf8)).withUnsafeBufferPointer { buffer in
            index.position(
              ofKey: UnsafeBufferPointer(rebasing: buffer[0..<bytes.count]), readable: buffer.count,
              hint: hint)
          }
          #expect(found == table.position(of: name), "\(type) \(name)")
        }
      }
    }
  }
}
