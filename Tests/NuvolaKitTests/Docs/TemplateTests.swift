import NuvolaModel
import Testing

/// The empty CSV templates an IT manager fills in must carry exactly the field names, in table order.
@Suite("docs/templates")
struct TemplateTests {
  static func names<Record: InventoryRecord>(_ type: Record.Type) -> [String] { Record.fields.map(\.name) }

  static let expected: [(sheet: String, header: [String])] = [
    (RecordType.comune.sheetName, names(Comune.self)),
    (RecordType.site.sheetName, names(Site.self)),
    (RecordType.asset.sheetName, names(Asset.self)),
    (RecordType.application.sheetName, names(Application.self)),
    (RecordType.link.sheetName, names(Link.self)),
  ]

  @Test(arguments: expected.map(\.sheet))
  func theHeaderIsTheFieldTable(sheet: String) throws {
    let text = try RepositoryFiles.text("docs/templates/" + sheet)
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).filter {
      !$0.isEmpty
    }
    #expect(lines.count == 1, "a template holds only its header line")
    let header = lines.first.map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    #expect(header == Self.expected.first { $0.sheet == sheet }?.header)
    #expect(!text.hasPrefix("\u{FEFF}"))
  }

  @Test func thereIsOneTemplatePerSheetAndAGuide() throws {
    let files = try RepositoryFiles.list("docs/templates")
    #expect(files == (Self.expected.map(\.sheet) + ["README.md"]).sorted())
  }

  @Test func theGuideIsInItalianFirstThenEnglish() throws {
    let guide = try RepositoryFiles.text("docs/templates/README.md")
    let italian = try #require(guide.range(of: "Italiano"))
    let english = try #require(guide.range(of: "English"))
    #expect(italian.lowerBound < english.lowerBound)
    for sheet in Self.expected.map(\.sheet) { #expect(guide.contains(sheet)) }
  }
}
