import Foundation
import NuvolaCLI
import NuvolaReports
import Testing

/// `report --all` run again: only the comuni whose inputs changed are written (checked by
/// modification time and content), an unchanged run writes nothing and says so, a file removed
/// by hand comes back, and `--force` writes everything.
@Suite("report --all, incremental")
struct ReportIncrementalTests {
  let cli: CLIRunner
  let sondrio = CLIRunner.repositoryRoot.appendingPathComponent("Inventories/014061-sondrio.json").path
  let brenta = CLIRunner.repositoryRoot.appendingPathComponent("Inventories/012019-brenta.json").path
  static let old = Date(timeIntervalSince1970: 1_000_000_000)

  init() throws {
    cli = try CLIRunner()
    let imported = cli.run(["import", sondrio, brenta])
    #expect(imported.code == 0, "\(imported.err)")
  }

  /// Every report file under the folder, with its bytes; each one's modification time is set to 2001.
  func snapshotFiles(_ folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let root = cli.path(folder)
    for name in try FileManager.default.subpathsOfDirectory(atPath: root).sorted()
    where name.hasSuffix(".html") && name.contains("/") {
      let path = root + "/" + name
      files[name] = FileManager.default.contents(atPath: path)
      try FileManager.default.setAttributes([.modificationDate: Self.old], ofItemAtPath: path)
    }
    return files
  }

  func modified(_ path: String) throws -> Date? {
    try FileManager.default.attributesOfItem(atPath: cli.path(path))[.modificationDate] as? Date
  }

  @Test func onlyTheChangedComunesFilesAreRewritten() throws {
    let first = cli.run(["report", "--all", "--for", "all"])
    #expect(first.code == 0, "\(first.err)")
    #expect(first.out.split(separator: "\n").count == 6)
    let before = try snapshotFiles("Reports")
    #expect(before.count == 6)

    let unchanged = cli.run(["report", "--all", "--for", "all"])
    #expect(unchanged.code == 0)
    #expect(
      unchanged.out
        == "Nessun file riscritto: i rapporti di 2 comuni sono già aggiornati (Reports/.nuvola-manifest.tsv; --force li riscrive tutti).\n"
    )
    for name in before.keys { #expect(try modified("Reports/" + name) == Self.old, "\(name)") }

    // Brenta gets a second IT person: a new snapshot, only its reports change.
    let text = try String(contentsOfFile: brenta, encoding: .utf8)
    let edited = text.replacingOccurrences(of: "\"it_staff\": 0", with: "\"it_staff\": 1")
    #expect(edited != text)
    try edited.write(toFile: cli.path("brenta.json"), atomically: true, encoding: .utf8)
    #expect(cli.run(["import", cli.path("brenta.json")]).code == 0)
    let changed = cli.run(["report", "--all", "--for", "all"])
    #expect(changed.code == 0)
    #expect(
      changed.out
        == "Reports/012019-brenta/it-manager.html\nReports/012019-brenta/mayor.html\nReports/012019-brenta/grant-writer.html\n"
    )
    #expect(changed.err.contains("Riscritti i rapporti di 1 comuni su 2"))
    var rewritten = 0
    for (name, bytes) in before {
      let now = cli.contents("Reports/" + name)
      if name.hasPrefix("014061-sondrio/") {
        #expect(try modified("Reports/" + name) == Self.old, "\(name) was touched")
        #expect(now == bytes, "\(name) changed")
      } else if now != bytes {
        #expect(try modified("Reports/" + name) != Self.old, "\(name)")
        rewritten += 1
      }
    }
    #expect(rewritten > 0)
  }

  @Test func aRemovedFileIsWrittenAgainAndForceWritesEverything() throws {
    #expect(cli.run(["report", "--all", "--for", "mayor"]).code == 0)
    try FileManager.default.removeItem(atPath: cli.path("Reports/014061-sondrio/mayor.html"))
    let again = cli.run(["report", "--all", "--for", "mayor"])
    #expect(again.out == "Reports/014061-sondrio/mayor.html\n")
    #expect(cli.contents("Reports/014061-sondrio/mayor.html") != nil)
    let forced = cli.run(["report", "--all", "--for", "mayor", "--force"])
    #expect(forced.out == "Reports/012019-brenta/mayor.html\nReports/014061-sondrio/mayor.html\n")
    #expect(forced.err.isEmpty)
  }

  @Test func eachInputIsPartOfTheKey() throws {
    #expect(cli.run(["report", "--all", "--for", "mayor"]).code == 0)
    // Another day, another language, another format: all written, each remembered apart.
    #expect(
      cli.run(["--as-of", "2027-01-15", "report", "--all", "--for", "mayor"]).out.split(separator: "\n").count
        == 2)
    #expect(cli.run(["--lang", "en", "report", "--all", "--for", "mayor"]).out.contains("mayor.en.html"))
    #expect(cli.run(["report", "--all", "--for", "mayor", "--format", "md"]).out.contains("mayor.md"))
    let english = cli.run(["--lang", "en", "report", "--all", "--for", "mayor"])
    #expect(english.out.hasPrefix("No file written: the reports of 2 comuni are up to date"))
    // A manifest that is not one (edited by hand, another version) rebuilds everything.
    try Data("garbage".utf8).write(to: URL(fileURLWithPath: cli.path("Reports/" + OutputManifest.fileName)))
    #expect(cli.run(["report", "--all", "--for", "mayor"]).out.split(separator: "\n").count == 2)
  }

  /// The shipped awards are keyed by their file; the store's, comune by comune: an award imported
  /// for Sondrio writes Sondrio's reports again and leaves Brenta's alone.
  @Test func anImportedAwardRewritesItsComuneOnly() throws {
    #expect(cli.run(["report", "--all", "--for", "grant-writer"]).code == 0)
    let before = try snapshotFiles("Reports")
    let file = cli.path("candidature_finanziate_12.csv")
    let award = AwardsCommandTests.awardsHeader + "\n" + AwardsCommandTests.sondrioAward + "\n"
    try Data(award.utf8).write(to: URL(fileURLWithPath: file))
    #expect(cli.run(["awards", "import", file]).code == 0)
    let again = cli.run(["report", "--all", "--for", "grant-writer"])
    #expect(again.out.split(separator: "\n") == ["Reports/014061-sondrio/grant-writer.html"])
    #expect(try modified("Reports/012019-brenta/grant-writer.html") == Self.old)
    #expect(FileManager.default.contents(atPath: cli.path("Reports/012019-brenta/grant-writer.html"))
      == before["012019-brenta/grant-writer.html"])
    #expect(try modified("Reports/014061-sondrio/grant-writer.html") != Self.old)
  }
}
