import Foundation
import NuvolaCLI
import Testing

/// `nuvola template` and `nuvola import` of workbooks.
@Suite("Template and workbook import")
struct TemplateCommandTests {
  let cli: CLIRunner
  let sondrio = CLIRunner.repositoryRoot.appendingPathComponent("Inventories/014061-sondrio.json").path

  init() throws { cli = try CLIRunner() }

  @Test func theTemplateIsWrittenInItalianByDefault() throws {
    let result = cli.run(["template", "--out", "modello.xlsx"])
    #expect(result.code == 0)
    #expect(result.out.hasPrefix("Modello di inventario scritto: "))
    #expect(result.out.contains("nuvola import modello.xlsx"))
    let english = cli.run(["--lang", "en", "template", "--format", "ods", "--out", "template.ods"])
    #expect(english.code == 0)
    #expect(english.out.hasPrefix("Inventory template written: "))
    let bytes = try #require(cli.contents("template.ods"))
    #expect(Array(bytes[30..<38]) == Array("mimetype".utf8))
  }

  @Test func aFormatOtherThanTheFileNamesIsAUsageError() {
    let result = cli.run(["--lang", "en", "template", "--format", "ods", "--out", "modello.xlsx"])
    #expect(result.code == 64)
    #expect(result.err.contains("is a .xlsx name but --format is ods"))
    #expect(cli.run(["--lang", "en", "template"]).code == 64)
  }

  @Test func aComunesSnapshotExportsAndImportsBackUnchanged() throws {
    #expect(cli.run(["--db", "a.db", "import", sondrio]).code == 0)
    let written = cli.run(["--db", "a.db", "template", "--comune", "014061", "--out", "sondrio.ods"])
    #expect(written.code == 0)
    #expect(written.out.hasPrefix("Inventario di 014061 Sondrio scritto: "))
    let again = cli.run(["--db", "a.db", "import", cli.path("sondrio.ods")])
    #expect(again.code == 0)
    #expect(again.out.contains("invariato, uguale alla fotografia 1"))
  }

  @Test func aBadWorkbookExitsWith65AndWritesNothing() throws {
    #expect(cli.run(["--lang", "en", "template", "--out", "empty.xlsx"]).code == 0)
    try Data("PK\u{3}\u{4} broken".utf8).write(to: URL(fileURLWithPath: cli.path("broken.xlsx")))
    let result = cli.run(["--lang", "en", "--db", "b.db", "import", cli.path("empty.xlsx"), cli.path("broken.xlsx")])
    #expect(result.code == 65)
    #expect(result.err.contains("empty.xlsx: at sheet Comune, row 3: Comune has no data row"))
    #expect(result.err.contains("broken.xlsx: not a readable workbook: "))
    let comuni = cli.run(["--lang", "en", "--db", "b.db", "--format", "json", "comuni"])
    #expect(!comuni.out.contains("istat_code"))
  }
}

extension TemplateCommandTests {
  @Test func aReportAsAWorkbook() throws {
    #expect(cli.run(["import", sondrio]).code == 0)
    let result = cli.run(["report", "014061", "--for", "it-manager", "--format", "xlsx", "--out", "out"])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out == "out/014061-sondrio/it-manager.xlsx\n")
    let bytes = try #require(cli.contents("out/014061-sondrio/it-manager.xlsx"))
    #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    let ods = cli.run(["--lang", "en", "report", "014061", "--for", "all", "--format", "ods", "--out", "out"])
    #expect(ods.out.contains("out/014061-sondrio/mayor.en.ods"))
  }
}
