import NuvolaFormats
import NuvolaSupport
import Testing

@Suite struct JSONParserTests {
  func parse(_ text: String) throws(InputError) -> JSONNode { try JSONParser().parse(text, file: "t.json") }

  /// The single diagnostic of parsing `text`.
  func failure(of text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
    failure(of: Array(text.utf8), sourceLocation: sourceLocation)
  }

  func failure(of bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
    do {
      _ = try JSONParser().parse(bytes, file: "t.json")
      Issue.record("expected an error", sourceLocation: sourceLocation)
      return nil
    } catch {
      #expect(error.diagnostics.count == 1, sourceLocation: sourceLocation)
      return error.diagnostics.first
    }
  }

  @Test func everyKindOfValue() throws {
    let root = try parse(
      #"{"n": null, "t": true, "f": false, "i": -12, "d": 3.250e2, "s": "x", "a": [1, "2"], "o": {}}"#)
    #expect(root["n"]?.value == .null)
    #expect(root["t"]?.value == .bool(true))
    #expect(root["f"]?.value == .bool(false))
    #expect(root["i"]?.value == .number("-12"))
    #expect(root["d"]?.value == .number("3.250e2"))
    #expect(root["s"]?.value == .string("x"))
    #expect(root["o"]?.value == .object([]))
    guard case .array(let items) = root["a"]?.value else {
      Issue.record("not an array")
      return
    }
    #expect(items.map(\.value) == [.number("1"), .string("2")])
    guard case .object(let members) = root.value else { return }
    #expect(members.map(\.key) == ["n", "t", "f", "i", "d", "s", "a", "o"])
  }

  @Test func numbersKeepTheirLiteralText() throws {
    let root = try parse("[0, -0, 1.50, 12345678901234567890123, 1E+2, 0.000001]")
    guard case .array(let items) = root.value else { return }
    #expect(
      items.map(\.value)
        == ["0", "-0", "1.50", "12345678901234567890123", "1E+2", "0.000001"].map(JSONNode.Value.number))
  }

  @Test func positionsOfNodes() throws {
    let root = try parse("{\n  \"a\": [1,\n    {\"città\": true, \"b\": 2}]\n}")
    #expect(root.line == 1 && root.column == 1)
    guard case .array(let items) = root["a"]?.value else { return }
    #expect(items[0].line == 2 && items[0].column == 9)
    #expect(items[1].line == 3 && items[1].column == 5)
    guard case .object(let members) = items[1].value else { return }
    // Columns count characters, not bytes: "à" is one column.
    #expect(members[1].line == 3 && members[1].column == 21)
    #expect(members[1].value.column == 26)
  }

  @Test func escapesIncludingSurrogatePairs() throws {
    let root = try parse(
      #"["\"\\\/\b\f\n\r\t", "\u00e9\u00E8", "\ud83d\ude00", "a\u0000b", "plain é 😀"]"#)
    guard case .array(let items) = root.value else { return }
    #expect(items[0].value == .string("\"\\/\u{8}\u{C}\n\r\t"))
    #expect(items[1].value == .string("éè"))
    #expect(items[2].value == .string("😀"))
    #expect(items[3].value == .string("a\u{0}b"))
    #expect(items[4].value == .string("plain é 😀"))
  }

  @Test func byteOrderMarkIsSkipped() throws {
    let root = try JSONParser().parse([0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8), file: "t.json")
    #expect(root["a"]?.value == .number("1"))
    #expect(root.column == 1)
  }

  @Test func badLiteralHasLineAndColumn() throws {
    let problem = try #require(failure(of: "{\n  \"a\": tru\n}"))
    #expect(problem.file == "t.json")
    #expect(problem.line == 2 && problem.column == 8)
    #expect(problem.path == "$.a")
    #expect(problem.value == "tru")
    #expect(problem.message == "invalid JSON: unexpected word where a value should be")
    #expect(problem.expected?.hasPrefix("a value: an object, an array") == true)
  }

  @Test(arguments: [
    ("{\"a\": 1,}", 1, 9, "invalid JSON: a comma before '}'", "another member after ','"),
    ("[1, 2,]", 1, 7, "invalid JSON: a comma before ']'", "another value after ','"),
    ("{\"a\" 1}", 1, 6, "invalid JSON: unexpected character", "':' after the key \"a\""),
    (
      "{\"a\": 1 \"b\": 2}", 1, 9, "invalid JSON: unexpected character after a member of an object",
      "',' or '}'"
    ),
    ("[1 2]", 1, 4, "invalid JSON: unexpected character after a value in an array", "',' or ']'"),
    ("{a: 1}", 1, 2, "invalid JSON: unexpected character", "a key in double quotes"),
    ("{\"a\": [1, 2", 1, 12, "invalid JSON: the document ends inside an array", "',' or ']'"),
    (
      "{} []", 1, 4, "invalid JSON: unexpected content after the end of the JSON document",
      "the end of the file (one JSON value per document)"
    ),
  ])
  func structuralErrors(text: String, line: Int, column: Int, message: String, expected: String) throws {
    let problem = try #require(failure(of: text))
    #expect(problem.line == line)
    #expect(problem.column == column)
    #expect(problem.message == message)
    #expect(problem.expected == expected)
  }

  @Test(arguments: ["01", "1.", "-", "1.5.2", "+1", ".5", "1e", "1ex", "0x10", "--1"])
  func invalidNumbers(text: String) throws {
    let problem = try #require(failure(of: "[\(text)]"))
    #expect(problem.message == "invalid JSON: invalid number" || problem.message.contains("unexpected"))
    #expect(problem.line == 1 && problem.column == 2)
  }

  @Test func stringErrors() throws {
    let unterminated = try #require(failure(of: "[\n \"abc"))
    #expect(unterminated.line == 2 && unterminated.column == 2)
    #expect(unterminated.message == "invalid JSON: the string opened here is never closed")

    let lineBreak = try #require(failure(of: "[\"abc\ndef\"]"))
    #expect(lineBreak.line == 1 && lineBreak.column == 6)
    #expect(lineBreak.message == "invalid JSON: a line break inside a string")

    let control = try #require(failure(of: "[\"a\u{1}\"]"))
    #expect(control.message == "invalid JSON: the control character U+0001 inside a string")

    let badEscape = try #require(failure(of: #"["a\qb"]"#))
    #expect(badEscape.column == 4 && badEscape.value == "\\q")

    let badHex = try #require(failure(of: #"["\u12G4"]"#))
    #expect(badHex.message == "invalid JSON: invalid \\u escape")

    let lone = try #require(failure(of: #"["\ud83d x"]"#))
    #expect(lone.message == "invalid JSON: a lone UTF-16 surrogate in a \\u escape")
    let loneLow = try #require(failure(of: #"["\ude00"]"#))
    #expect(loneLow.message == lone.message)
    let highHigh = try #require(failure(of: #"["\ud83d\ud83d"]"#))
    #expect(highHigh.message == lone.message)
  }

  @Test func invalidUTF8IsRejectedWithItsPosition() throws {
    let problem = try #require(failure(of: Array("{\n \"a\": \"x".utf8) + [0xFF] + Array("\"}".utf8)))
    #expect(problem.line == 2 && problem.column == 9)
    #expect(problem.message == "invalid JSON: invalid UTF-8: byte 0xFF at byte offset 10")
  }

  @Test func duplicateKeysAreAllReported() throws {
    do {
      _ = try parse("{\"a\": 1,\n\"a\": 2, \"b\": {\"c\": 1, \"c\": 2}}")
      Issue.record("expected an error")
    } catch {
      #expect(error.diagnostics.count == 2)
      let first = try #require(error.diagnostics.first)
      #expect(first.line == 2 && first.column == 1)
      #expect(first.path == "$.a")
      #expect(first.message == "duplicate key \"a\" (first at line 1, column 2)")
      #expect(first.expected == "each key at most once in an object")
      #expect(error.diagnostics[1].path == "$.b.c")
    }
  }

  @Test func duplicateKeysInLargeObjects() throws {
    let members = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
    let problem = try #require(failure(of: "{\(members), \"k3\": 0}"))
    #expect(problem.path == "$.k3")
  }

  @Test func duplicateKeysCompareAsStrings() throws {
    // The same key written with an escape, or in another canonically equivalent form (é as one
    // scalar or as e and a combining accent; the Kelvin sign and K), is the same key.
    for text in [
      #"{"id": 1, "\u0069d": 2}"#, "{\"caf\u{E9}\": 1, \"cafe\u{301}\": 2}", "{\"\u{212A}\": 1, \"K\": 2}",
      "{\"K\": 1, \"\u{212A}\": 2}",
    ] {
      let problem = try #require(failure(of: text))
      #expect(problem.message.hasPrefix("duplicate key"))
      #expect(problem.column != 2)
    }
    // Different keys that share a hash bucket or a prefix are not duplicates.
    let members = (0..<200).map { "\"key_\($0)\": \($0), \"key_\($0)_x\": 0" }.joined(separator: ", ")
    #expect(throws: Never.self) { try parse("{" + members + "}") }
  }

  @Test func depthLimit() throws {
    let deepest = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    #expect(throws: Never.self) { try parse(deepest) }
    let tooDeep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
    let problem = try #require(failure(of: tooDeep))
    #expect(problem.message == "invalid JSON: arrays and objects are nested deeper than 512 levels")
    #expect(problem.column == 513)
    // A hostile document far deeper than the limit fails the same way, without exhausting the stack.
    let hostile = try #require(failure(of: String(repeating: "{\"a\":", count: 100_000)))
    #expect(hostile.message.contains("deeper than 512"))
  }

  @Test func emptyAndUTF16Documents() throws {
    #expect(failure(of: "  \n ")?.message == "invalid JSON: the document is empty")
    #expect(failure(of: [0xFF, 0xFE, 0x7B, 0x00])?.message.contains("UTF-16") == true)
  }

  @Test func errorPathsNameTheContainer() throws {
    let problem = try #require(failure(of: #"{"assets": [{"id": "a"}, {"id": "b", "ram_gb": 1x}]}"#))
    #expect(problem.path == "$.assets[1].ram_gb")
    #expect(problem.value == "1x")
  }

  @Test func jsonPathQuotesUnusualKeys() {
    #expect(JSONPath([.key("assets"), .index(2), .key("ram_gb")]).description == "$.assets[2].ram_gb")
    #expect(JSONPath([.key("a b"), .key("1x"), .key("q\"")]).description == #"$["a b"]["1x"]["q\""]"#)
  }

  @Test func longSingleLineDocumentIsLinear() throws {
    let items = Array(repeating: "{\"id\": \"x\", \"n\": 1.5}", count: 50_000).joined(separator: ",")
    let root = try parse("[" + items + "]")
    guard case .array(let nodes) = root.value else { return }
    #expect(nodes.count == 50_000)
    #expect(nodes.last?.column == 1 + 1 + 49_999 * 22)
  }
}
