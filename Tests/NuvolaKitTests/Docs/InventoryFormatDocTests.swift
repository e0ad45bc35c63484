import Foundation
import NuvolaModel
import Testing

/// `docs/inventory-format.md` must describe the schema the code has: every field of every table,
/// with its type, unit and allowed values, rendered from the field tables themselves.
@Suite("docs/inventory-format.md")
struct InventoryFormatDocTests {
  static let path = "docs/inventory-format.md"
  let document: String

  init() throws {
    var text = try RepositoryFiles.text(Self.path)
    // A maintainer who changed a field table regenerates the tables instead of editing them by hand.
    if ProcessInfo.processInfo.environment["NUVOLA_UPDATE_DOCS"] == "1" {
      let refreshed = FieldTableRenderer.refresh(text)
      if refreshed != text {
        try refreshed.write(to: RepositoryFiles.url(Self.path), atomically: true, encoding: .utf8)
        text = refreshed
      }
    }
    document = text
  }

  @Test func everyFieldOfEveryTableHasARow() {
    func rows<Record: InventoryRecord>(_ type: Record.Type) -> [String] {
      Record.fields.map { "| `\($0.name)` |" }
    }
    let expected =
      rows(Comune.self) + rows(Site.self) + rows(Asset.self) + rows(Application.self) + rows(Link.self)
    let lines = document.split(separator: "\n").map(String.init)
    for row in expected {
      #expect(lines.contains { $0.hasPrefix(row) }, "no table row starts with \(row)")
    }
  }

  @Test func theGeneratedTablesMatchTheCode() {
    for section in FieldTableRenderer.sections {
      let block = "<!-- BEGIN \(section.name) -->\n\(section.text)\n<!-- END \(section.name) -->"
      #expect(
        document.contains(block),
        "section '\(section.name)' is out of date: run the tests with NUVOLA_UPDATE_DOCS=1 to refresh it")
    }
  }

  @Test func everyCodeOfEveryVocabularyIsListed() {
    for code in ServiceDomain.codes + AssetKind.codes + Deployment.codes + LinkTechnology.codes {
      #expect(document.contains("| `\(code)` |"), "code \(code)")
    }
  }

  @Test func theRulesForWritingValuesAreThere() {
    for phrase in [
      "sconosciuto", "n.d.", "`?`", "`si`", "`false`", "thousands grouped by points", "at most two decimals",
      "`YYYY-MM-DD`", "`GG/MM/AAAA`", "RFC 4180", "byte-order mark", "`;` (semicolon", "Fonte: ISTAT",
      "`|`", "unique", "`virtualization_host`", "censimento 2011",
    ] {
      #expect(document.contains(phrase), "missing: \(phrase)")
    }
  }

  @Test func theNamedSamplesExist() throws {
    let samples = try RepositoryFiles.list("Inventories")
    for name in ["014061-sondrio.json", "012133-varese.json", "012007-azzio"] {
      #expect(samples.contains(name))
      #expect(document.contains(name))
    }
  }
}
