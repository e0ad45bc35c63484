import NuvolaRules
import NuvolaSupport
import Testing

@testable import NuvolaIngest

/// Issue 24, in both readers: a comune name holding what a terminal acts on or hides (bidi override,
/// zero-width joiner, byte-order mark, NUL, an ANSI escape), a very long one, or one a letter away
/// from the register's is refused with a located diagnostic that shows the value visibly and the
/// register's spelling; a name that differs in accents, case or spacing only is read with the
/// register's spelling.
@Suite struct IngestSpoofedNameTests {
  let temporary: IngestTemporaryFolder

  init() throws { temporary = try IngestTemporaryFolder() }

  /// A spoofed name: as the JSON document writes it, as a CSV cell holds it, and what the
  /// diagnostic must show of it.
  struct Spoof: Sendable, CustomTestStringConvertible {
    var json: String
    var raw: String
    var shown: String
    /// Why it is refused: the decoder refuses control characters and long texts before the
    /// register is asked.
    var message = "the name does not match the ISTAT register for 014061"
    var testDescription: String { shown }
  }

  static let spoofs: [Spoof] = [
    Spoof(json: "Sondrio\\u202e", raw: "Sondrio\u{202E}", shown: "Sondrio\\u202e"),
    Spoof(json: "Son\\u200ddrio", raw: "Son\u{200D}drio", shown: "Son\\u200ddrio"),
    Spoof(json: "So\\ufeffndrio", raw: "So\u{FEFF}ndrio", shown: "So\\ufeffndrio"),
    Spoof(
      json: "Sondrio\\u0000", raw: "Sondrio\u{0}", shown: "Sondrio\\u0000",
      message: "text contains the control character U+0000"),
    Spoof(
      json: "\\u001b[31mSondrio", raw: "\u{1B}[31mSondrio", shown: "\\u001b[31mSondrio",
      message: "text contains the control character U+001B"),
    Spoof(json: "Sondria", raw: "Sondria", shown: "Sondria"),
    Spoof(
      json: String(repeating: "z", count: 5_000), raw: String(repeating: "z", count: 5_000),
      shown: String(repeating: "z", count: 77) + "... (5,000 characters)",
      message: "text too long: 5000 characters"),
  ]

  /// Nothing a terminal would act on or hide reaches a diagnostic's text.
  static func expectVisible(_ problems: [Diagnostic], sourceLocation: SourceLocation = #_sourceLocation) {
    for problem in problems {
      let hidden = Diagnostic.hiddenScalars(in: problem.description)
      #expect(hidden.isEmpty, "\(problem.description)", sourceLocation: sourceLocation)
      #expect(problem.description.utf8.count < 1_000, sourceLocation: sourceLocation)
    }
  }

  @Test(arguments: spoofs) func jsonNameIsRefusedAndShownVisibly(_ spoof: Spoof) throws {
    let file = try IngestFixtures.jsonFile(in: temporary) {
      $0.replaceOnce("\"name\": \"Sondrio\"", with: "\"name\": \"\(spoof.json)\"")
    }
    let problems = IngestFixtures.diagnostics(file)
    Self.expectVisible(problems)
    let problem = try #require(problems.first { $0.path == "$.comune.name" }, "\(problems)")
    #expect(problem.file == file)
    #expect(problem.line == 4)
    #expect(problem.message == spoof.message)
    #expect(problem.description.contains("(found \"\(spoof.shown)\")"), "\(problem.description)")
    if spoof.message.hasPrefix("the name") {
      #expect(problem.expected == "Sondrio (accents, case and spacing aside), or no name")
    }
  }

  @Test(arguments: spoofs) func csvNameIsRefusedAndShownVisibly(_ spoof: Spoof) throws {
    let folder = try IngestFixtures.csvFolder(in: temporary) {
      $0.replaceOnce(in: "comune.csv", "014061,Sondrio,", with: "014061,\(spoof.raw),")
    }
    let problems = IngestFixtures.diagnostics(folder)
    Self.expectVisible(problems)
    #expect(!problems.isEmpty)
    let shown = problems.map(\.description).joined(separator: "\n")
    #expect(shown.contains(spoof.shown), "\(shown)")
    let problem = try #require(problems.first { $0.message == spoof.message }, "\(shown)")
    #expect(problem.file.hasSuffix("comune.csv"))
    #expect(problem.line == 2)
  }

  @Test(arguments: ["SONDRIO", "Sóndrio", " sondrio ", "Son drio", "Son-drio"])
  func nameDifferingInAccentsCaseOrSpacingIsReadWithTheRegistersSpelling(_ name: String) throws {
    let file = try IngestFixtures.jsonFile(in: temporary) {
      $0.replaceOnce("\"name\": \"Sondrio\"", with: "\"name\": \"\(name)\"")
    }
    #expect(try InventoryReader(register: .shipped).read(path: file).comune.name == "Sondrio")
    let folder = try IngestFixtures.csvFolder(in: temporary) {
      $0.replaceOnce(in: "comune.csv", "014061,Sondrio,", with: "014061,\(name),")
    }
    #expect(try InventoryReader(register: .shipped).read(path: folder).comune.name == "Sondrio")
  }

  /// The apostrophe's typographic forms are the register's straight one.
  @Test(arguments: ["Sant\u{2019}Angelo Lodigiano", "sant`angelo lodigiano", "SANT'ANGELO-LODIGIANO"])
  func apostropheFormsAreTheRegistersSpelling(_ name: String) throws {
    let register = Register.shipped
    let entry = try #require(register.entries.first { $0.name == "Sant'Angelo Lodigiano" })
    #expect(InventoryValidator.namesMatch(name, entry.name))
    #expect(!InventoryValidator.namesMatch("Sant.Angelo Lodigiano", entry.name))
  }
}
