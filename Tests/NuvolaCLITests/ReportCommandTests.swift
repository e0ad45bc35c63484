import Foundation
import NuvolaCLI
import NuvolaReports
import Testing

/// `nuvola report`: which files it writes where, what it prints, and how it refuses what it must.
@Suite("report command")
struct ReportCommandTests {
  let cli: CLIRunner
  let sondrio = CLIRunner.repositoryRoot.appendingPathComponent("Inventories/014061-sondrio.json").path
  let brenta = CLIRunner.repositoryRoot.appendingPathComponent("Inventories/012019-brenta.json").path

  init() throws {
    cli = try CLIRunner()
    let imported = cli.run(["import", sondrio, brenta])
    #expect(imported.code == 0, "\(imported.err)")
  }

  func text(_ path: String) -> String? { cli.contents(path).map { String(decoding: $0, as: UTF8.self) } }

  @Test func htmlByDefaultIntoReportsPrintingThePath() throws {
    let result = cli.run(["report", "014061", "--for", "mayor"])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out == "Reports/014061-sondrio/mayor.html\n")
    let html = try #require(text("Reports/014061-sondrio/mayor.html"))
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"it\">"))
    #expect(html.contains("Il Comune nel cloud"))
  }

  @Test(arguments: [("md", "it-manager.md"), ("json", "it-manager.json"), ("html", "it-manager.html")])
  func formatsAndNames(format: String, name: String) {
    let result = cli.run(["report", "Sondrio", "--for", "it-manager", "--format", format, "--out", "out"])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out == "out/014061-sondrio/\(name)\n")
    #expect(cli.contents("out/014061-sondrio/\(name)") != nil)
  }

  @Test func csvWritesOneFilePerTableWithByteOrderMark() throws {
    let result = cli.run(["report", "014061", "--for", "grant-writer", "--format", "csv"])
    #expect(result.code == 0, "\(result.err)")
    let paths = result.out.split(separator: "\n").map(String.init)
    #expect(paths.count > 4)
    #expect(paths.contains("Reports/014061-sondrio/grant-writer-measures.csv"))
    for path in paths {
      let bytes = try #require(cli.contents(path))
      #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(path) has no byte-order mark")
    }
  }

  @Test func englishWithLang() throws {
    let result = cli.run(["--lang", "en", "report", "014061", "--for", "grant-writer"])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out == "Reports/014061-sondrio/grant-writer.en.html\n")
    let html = try #require(text("Reports/014061-sondrio/grant-writer.en.html"))
    #expect(html.contains("<html lang=\"en\">"))
    #expect(html.contains("PNRR application dossier"))
  }

  @Test func allWritesEveryComuneOfTheStoreInOrder() {
    let result = cli.run(["report", "--all", "--for", "it-manager", "--format", "md"])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out == "Reports/012019-brenta/it-manager.md\nReports/014061-sondrio/it-manager.md\n")
  }

  /// `--for all` writes every reader's report per comune, each byte for byte the one `--for` that
  /// reader alone writes; a list keeps its order and names each reader once.
  @Test func severalReadersInOneRun() throws {
    let all = cli.run(["report", "--all", "--for", "all", "--format", "md", "--out", "together"])
    #expect(all.code == 0, "\(all.err)")
    #expect(all.out.split(separator: "\n").count == 6)
    for reader in ReportAudience.allCases {
      #expect(
        cli.run(["report", "014061", "--for", reader.rawValue, "--format", "md", "--out", "alone"]).code == 0)
      let path = "014061-sondrio/\(reader.rawValue).md"
      #expect(cli.contents("together/" + path) == cli.contents("alone/" + path), "\(path)")
    }
    let list = cli.run(["report", "014061", "--for", "mayor,it-manager,mayor", "--format", "md"])
    #expect(list.out == "Reports/014061-sondrio/mayor.md\nReports/014061-sondrio/it-manager.md\n")
  }

  @Test func sameInputSameBytesAndNoTemporaryFilesLeft() throws {
    #expect(cli.run(["report", "014061", "--for", "it-manager"]).code == 0)
    let first = try #require(cli.contents("Reports/014061-sondrio/it-manager.html"))
    #expect(cli.run(["report", "014061", "--for", "it-manager"]).code == 0)
    let second = try #require(cli.contents("Reports/014061-sondrio/it-manager.html"))
    #expect(first == second)
    let names = try FileManager.default.contentsOfDirectory(atPath: cli.path("Reports/014061-sondrio"))
    #expect(names == ["it-manager.html"])
  }

  @Test(arguments: [
    (["report", "014061"], "say who the report is for"),
    (["report", "014061", "--for", "assessore"], "--for takes one of it-manager, mayor, grant-writer"),
    (["report", "014061", "--for", "mayor,assessore"], "not 'assessore'"),
    (["report", "014061", "--for", "mayor,"], "not ''"),
    (["report", "014061", "--for", "mayor", "--format", "pdf"], "--format takes one of html, md, csv, json"),
    (["report", "--for", "mayor"], "missing COMUNE (or --all)"),
    (["report", "014061", "--all", "--for", "mayor"], "give COMUNE or --all, not both"),
    (["report", "014061", "--for", "mayor", "--as-of", "30/09"], "--as-of takes a date YYYY-MM-DD"),
  ])
  func usageErrors(arguments: [String], message: String) {
    let result = cli.run(["--lang", "en"] + arguments)
    #expect(result.code == 64)
    #expect(result.err.contains(message), "\(result.err)")
    #expect(result.out.isEmpty)
  }

  /// Without an inventory date the caller must say which day the report speaks of: never the clock.
  @Test func anUndatedInventoryIsJudgedOnTheAsOfDay() throws {
    let undated = cli.path("undated.json")
    try """
    {"format": "nuvola-inventory", "version": 1,
     "comune": {"istat_code": "012007", "name": "Azzio", "population": 802}}
    """.write(toFile: undated, atomically: true, encoding: .utf8)
    #expect(cli.run(["import", undated]).code == 0)
    let byDefault = cli.run(["report", "012007", "--for", "it-manager", "--format", "md"])
    #expect(byDefault.code == 0, "\(byDefault.err)")
    let first = try #require(text("Reports/012007-azzio/it-manager.md"))
    #expect(first.contains("**Data dell'inventario:** ? non noto"))
    #expect(first.contains("**Situazione al:** 04/12/2026"))
    let given = cli.run([
      "report", "012007", "--for", "it-manager", "--as-of", "2026-10-15", "--format", "md",
    ])
    #expect(given.code == 0, "\(given.err)")
    let markdown = try #require(text("Reports/012007-azzio/it-manager.md"))
    #expect(markdown.contains("**Situazione al:** 15/10/2026"))
  }

  /// A symbolic link planted where the comune's folder goes must not lead the write outside.
  @Test func symlinkLeavingTheFolderIsRefused() throws {
    let outside = cli.path("elsewhere")
    try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: cli.path("out"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: cli.path("out/014061-sondrio"), withDestinationPath: outside)
    let result = cli.run(["report", "014061", "--for", "mayor", "--out", "out"])
    #expect(result.code == 1)
    #expect(result.err.contains("symbolic link"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
  }

  @Test func demoWritesEveryReportOfEverySample() throws {
    let result = cli.run([
      "demo", "--inventories", CLIRunner.repositoryRoot.appendingPathComponent("Inventories").path,
    ])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.contains("Importati 6 inventari di esempio"))
    #expect(result.out.contains("situazione al 04/12/2026"))
    for sample in [
      "012007-azzio", "012019-brenta", "012119-saronno", "012133-varese", "013075-como", "014061-sondrio",
    ] {
      for name in [
        "it-manager.html", "mayor.html", "grant-writer.html", "it-manager.md", "mayor.md", "grant-writer.md",
        "it-manager.json", "mayor.json", "grant-writer.json", "it-manager.en.html", "mayor.en.html",
        "grant-writer.en.html", "grant-writer-measures.csv", "it-manager-findings.csv",
      ] {
        #expect(cli.contents("Reports/\(sample)/\(name)") != nil, "no \(sample)/\(name)")
      }
    }
  }
}
