import Foundation
import NuvolaAwards
import NuvolaEngine
import NuvolaPortal
import NuvolaRules
import NuvolaSupport
import Testing

/// The portal page: compared whole with its golden files (the Sondrio sample and two comuni of its
/// province without an inventory, as of 4/12/2026), escaped, self-contained, and the same bytes
/// every time. After a deliberate change: `NUVOLA_UPDATE_GOLDEN=1 swift test --filter PortalPage`.
@Suite struct PortalPageTests {
  static let goldenFolder = RepositoryFiles.url("Tests/NuvolaKitTests/Fixtures/golden/portal")

  static func rows(awards: AwardBook = .shipped) -> [PortalRow] {
    let register = Register.shipped
    let sondrio = PortalRow(
      entry: register.entry(code: "014061"), istatCode: "014061",
      inputs: ReportFixtures.inputs(.itManager), reportFolder: "014061-sondrio",
      awards: awards.awards(istatCode: "014061"), rules: RulesFixture.book)
    let others = ["014001", "014002"].map { code in
      PortalRow(
        entry: register.entry(code: code), istatCode: code, inputs: nil, reportFolder: "ignored",
        awards: awards.awards(istatCode: code), rules: RulesFixture.book)
    }
    return [others[0], others[1], sondrio]
  }

  static func page(_ language: Language, rows: [PortalRow] = rows()) -> PortalPage {
    PortalPage(
      scope: language == .it ? "provincia di Sondrio" : "province of Sondrio", rows: rows,
      asOf: ReportFixtures.asOf, language: language, awardSources: AwardBook.shipped.sources)
  }

  @Test(arguments: Language.allCases)
  func matchesGoldenFile(language: Language) throws {
    let page = Self.page(language)
    let text = String(decoding: page.render(), as: UTF8.self)
    let url = Self.goldenFolder.appendingPathComponent(page.fileName)
    if ReportFixtures.updatingGolden {
      try FileManager.default.createDirectory(at: Self.goldenFolder, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
      return
    }
    let golden = try #require(
      FileManager.default.contents(atPath: url.path),
      "no golden file \(page.fileName): run NUVOLA_UPDATE_GOLDEN=1 swift test --filter PortalPage")
    let expected = String(decoding: golden, as: UTF8.self)
    #expect(expected == text, "\(page.fileName) differs from its golden file")
    if expected != text { ReportGoldenTests.reportFirstDifference(expected, text, name: page.fileName) }
  }

  @Test func rowsHoldTheEngineResultsAndTheRegisterFacts() throws {
    let rows = Self.rows()
    let sondrio = rows[2]
    #expect(sondrio.name == "Sondrio")
    #expect(sondrio.province == "Sondrio" && sondrio.provinceAbbreviation == "SO")
    #expect(sondrio.hasInventory && sondrio.reportFolder == "014061-sondrio")
    let findings = try #require(sondrio.findings)
    #expect(findings.count == FindingSeverity.allCases.count)
    #expect(findings.reduce(0, +) == ReportFixtures.inputs(.itManager).findings?.count)
    #expect(sondrio.planCost == ReportFixtures.inputs(.itManager).plan?.summary.oneOffTotal)
    #expect(sondrio.cedClass != nil)
    // Without an inventory: register facts and awards, no engine figures, no link.
    let albaredo = rows[0]
    #expect(albaredo.name == "Albaredo per San Marco")
    #expect(!albaredo.hasInventory && albaredo.findings == nil && albaredo.planCost == nil)
    #expect(albaredo.populationClass?.it == "<= 2.500")
    let awards = Array(AwardBook.shipped.awards(istatCode: "014001"))
    #expect(albaredo.paid.cents == awards.filter { $0.state == .paid }.reduce(0) { $0 + $1.amount.cents })
    #expect(albaredo.awarded == albaredo.paid + albaredo.pending)
  }

  @Test func theRowOfAComuneWithoutAwardsOrRegisterEntryIsEmptyNotInvented() {
    let row = PortalRow(
      entry: nil, istatCode: "999999", inputs: nil, reportFolder: nil, awards: [Award](),
      rules: RulesFixture.book)
    #expect(row.name == "999999" && row.province == "" && row.population == nil && row.populationClass == nil)
    #expect(row.awarded == .zero && row.renounced == .zero)
  }

  @Test func recordRoundTrips() {
    for row in Self.rows() { #expect(PortalRow(record: row.record) == row) }
  }

  @Test(arguments: [
    [String](), ["too", "few"],
    ["014001", "A", "P", "PP", "R", "x", "", "", "", "", "", "", "", "0", "0", "0", "0"],
    ["014001", "A", "P", "PP", "R", "1", "", "", "", "Z", "", "", "", "0", "0", "0", "0"],
    ["014001", "A", "P", "PP", "R", "1", "", "", "", "", "1,2", "", "", "0", "0", "0", "0"],
    ["014001", "A", "P", "PP", "R", "1", "", "", "", "", "", "", "2026-13", "0", "0", "0", "0"],
    ["014001", "A", "P", "PP", "R", "1", "", "", "", "", "", "", "", "0", "0", "0", "many"],
  ])
  func aRecordOfAnotherShapeIsNoRow(fields: [String]) {
    #expect(PortalRow(record: fields) == nil)
  }

  @Test func textFromOutsideIsEscaped() {
    var rows = Self.rows()
    rows[2].name = "<script>alert(1)</script>"
    rows[2].province = "\"><img src=x onerror=alert(1)>"
    rows[2].provinceAbbreviation = "S'O"
    rows[2].reportFolder = "a\"b"
    let text = String(decoding: Self.page(.it, rows: rows).render(), as: UTF8.self)
    #expect(!text.contains("<script>alert"))
    #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!text.contains("<img"))
    #expect(text.contains("data-province=\"S&#39;O\""))
    #expect(text.contains("href=\"a&quot;b/it-manager.html\""))
  }

  @Test func selfContainedAndWorkingWithoutTheScript() {
    let text = String(decoding: Self.page(.it).render(), as: UTF8.self)
    // Nothing fetched: no external script, stylesheet, image or font.
    for pattern in ["<script src", "<link", "<img", "url(", "@import", "http://", "https://"] {
      let allowed =
        pattern == "http://" ? text.components(separatedBy: "http://www.w3.org/2000/svg").count - 1 : 0
      #expect(text.components(separatedBy: pattern).count - 1 == allowed, "\(pattern)")
    }
    // Every row is in the markup, and the search form stays hidden until the script shows it.
    #expect(text.components(separatedBy: "<tr data-province=").count - 1 == 3)
    #expect(text.contains("<form id=\"portal-filter\" class=\"portal-filter\" hidden=\"hidden\">"))
    #expect(text.contains("Situazione al 04/12/2026"))
    #expect(text.contains("@page { size: A4 landscape;"))
    // One chart per province.
    #expect(text.components(separatedBy: "<svg ").count - 1 == 1)
  }

  @Test func englishLinksTheEnglishReports() {
    let text = String(decoding: Self.page(.en).render(), as: UTF8.self)
    #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(text.contains("href=\"014061-sondrio/mayor.en.html\""))
    #expect(text.contains("As of 2026-12-04"))
    #expect(Self.page(.en).fileName == "index.en.html")
  }

  @Test func deterministic() {
    #expect(Self.page(.it).render() == Self.page(.it).render())
  }
}
