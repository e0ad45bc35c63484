import Foundation
import NuvolaModel
import NuvolaSupport
import Testing

@testable import NuvolaFormats
@testable import NuvolaReports

/// Every free-text field of every record of the Sondrio sample set to hostile text, then every report
/// rendered in every format: HTML must show it only as text, CSV must neutralise formula cells,
/// Markdown tables must keep their columns, JSON must stay valid.
@Suite struct ReportInjectionTests {
  static let payloads = [
    "<script>alert(1)</script>",
    "=HYPERLINK(\"x\")",
    "| # *",
    "\"'><img src=x onerror=alert(1)>&amp;",
    "+1\n# heading\r\n- item | cell",
  ]

  /// The sample with every field of kind text (names, notes, vendors, addresses...) set to `payload`.
  static func poisoned(_ payload: String) -> Inventory {
    func poison<Record: InventoryRecord>(_ record: inout Record) {
      for field in Record.fields {
        if case .text = field.kind { field.set(&record, .text(payload)) }
      }
    }
    var inventory = ReportFixtures.sondrio
    poison(&inventory.comune)
    for index in inventory.sites.indices { poison(&inventory.sites[index]) }
    for index in inventory.assets.indices { poison(&inventory.assets[index]) }
    for index in inventory.applications.indices { poison(&inventory.applications[index]) }
    for index in inventory.links.indices { poison(&inventory.links[index]) }
    return inventory
  }

  static let cases: [(String, ReportAudience, Language)] = payloads.flatMap { payload in
    ReportAudience.allCases.flatMap { audience in Language.allCases.map { (payload, audience, $0) } }
  }

  func document(_ payload: String, _ audience: ReportAudience, _ language: Language) -> ReportDocument {
    let inventory = Self.poisoned(payload)
    let inputs = ReportInputs.compute(
      for: audience, inventory: inventory, rules: RulesFixture.book, register: .shipped,
      asOf: ReportFixtures.sondrioDay)
    return Reports.document(for: audience, inputs: inputs, language: language)
  }

  @Test func poisoningReachesEveryTextField() {
    let inventory = Self.poisoned("X")
    #expect(inventory.comune.name == "X" && inventory.comune.notes == "X")
    #expect(inventory.sites.allSatisfy { $0.name == "X" && $0.address == "X" && $0.responsible == "X" })
    #expect(inventory.applications.allSatisfy { $0.name == "X" && $0.vendor == "X" && $0.product == "X" })
    #expect(inventory.assets.allSatisfy { $0.os == "X" && $0.model == "X" })
    #expect(inventory.links.allSatisfy { $0.provider == "X" })
  }

  @Test(arguments: cases)
  func htmlShowsTextOnly(payload: String, audience: ReportAudience, language: Language) throws {
    let html = try #require(Reports.render(document(payload, audience, language), as: .html).first).contents
    let lowered = html.lowercased()
    #expect(!lowered.contains("<script"))
    #expect(!lowered.contains("<img"))
    #expect(!html.contains("\"'>"), "a quote closed an attribute")
    // The text is there, escaped.
    #expect(
      html.contains(HTMLWriter.escape(payload.split(separator: "\n").first.map(String.init) ?? payload)))
  }

  @Test(arguments: cases)
  func csvCellsAreNeutralised(payload: String, audience: ReportAudience, language: Language) {
    let files = Reports.render(document(payload, audience, language), as: .csv)
    #expect(!files.isEmpty)
    var sawPayload = false
    for file in files {
      #expect(file.contents.hasPrefix("\u{FEFF}"), "\(file.name) has no byte-order mark")
      let table = CSVReader(separator: UInt8(ascii: ";")).parse(
        Array(file.contents.utf8), file: file.name)
      #expect(table.problems.isEmpty, "\(file.name): \(table.problems)")
      let width = table.header?.cells.count ?? 0
      for row in table.rows {
        #expect(row.cells.count == width, "\(file.name) line \(row.line) has \(row.cells.count) cells")
        for cell in row.cells {
          // A plain negative number is a number, not a formula.
          if let first = cell.text.unicodeScalars.first, !CSVWriter.isPlainNumber(cell.text) {
            #expect(
              !["=", "+", "-", "@", "\t", "\r"].contains(first), "\(file.name): formula cell \(cell.text)")
          }
          if cell.text.contains(payload.trimmingCharacters(in: .whitespacesAndNewlines).prefix(5)) {
            sawPayload = true
          }
        }
      }
    }
    #expect(sawPayload, "the payload reached no CSV cell")
  }

  @Test(arguments: cases)
  func markdownTablesKeepTheirColumns(payload: String, audience: ReportAudience, language: Language) throws {
    let markdown = try #require(Reports.render(document(payload, audience, language), as: .markdown).first)
      .contents
    var expected: Int?
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      guard line.hasPrefix("|") else {
        expected = nil
        continue
      }
      let pipes = Self.unescaped("|", in: line)
      if let expected {
        #expect(pipes == expected, "table row with \(pipes) pipes instead of \(expected): \(line)")
      } else {
        expected = pipes
      }
    }
    // No raw HTML and no heading smuggled in through the text.
    for line in markdown.split(separator: "\n") {
      #expect(Self.unescaped("<", in: line) == 0, "raw HTML: \(line)")
      #expect(!(line.hasPrefix("# ") && line.contains("heading")), "a heading was injected: \(line)")
    }
  }

  @Test(arguments: cases)
  func jsonStaysValid(payload: String, audience: ReportAudience, language: Language) throws {
    let json = try #require(Reports.render(document(payload, audience, language), as: .json).first).contents
    #expect(throws: Never.self) { try JSONParser().parse(json, file: "report.json") }
  }

  /// How many times `target` stands in the line without a backslash before it.
  static func unescaped(_ target: Character, in line: Substring) -> Int {
    var count = 0
    var escaped = false
    for character in line {
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == target {
        count += 1
      }
    }
    return count
  }

  /// A comune name the readers would refuse, given to the reports anyway: they print the register's
  /// name, so neither the markup nor the bidi override reaches the page (issue 24).
  @Test(arguments: ReportAudience.allCases)
  func reportsPrintTheRegistersNameOnly(_ audience: ReportAudience) throws {
    var inventory = ReportFixtures.sondrio
    inventory.comune.name = "Sondrio\u{202E}<script>alert(1)</script>"
    let inputs = ReportInputs.compute(
      for: audience, inventory: inventory, rules: RulesFixture.book, register: .shipped,
      asOf: ReportFixtures.sondrioDay)
    let document = Reports.document(for: audience, inputs: inputs, language: .it)
    let html = try #require(Reports.render(document, as: .html).first).contents
    #expect(html.contains("Sondrio"))
    #expect(!html.lowercased().contains("script"))
    #expect(!html.unicodeScalars.contains("\u{202E}"))
  }
}
