import Foundation
import NuvolaRules
import Testing

@testable import NuvolaCLI

@Suite("Command line")
struct NuvolaCLITests {
  let cli: CLIRunner
  let sondrio = CLIRunner.repositoryRoot.appendingPathComponent("Inventories/014061-sondrio.json").path

  init() throws { cli = try CLIRunner() }

  @Test func helpGoesToStandardOutputWithExitZero() {
    let result = cli.run(["--help"])
    #expect(result.code == 0)
    #expect(result.out.hasPrefix("OVERVIEW: Nuvola plans"))
    #expect(result.out.contains("  import "))
    #expect(result.err.isEmpty)
    for command in NuvolaCLI.commands {
      let help = cli.run([command.spec.name, "--help"])
      #expect(help.code == 0)
      #expect(help.out.contains("USAGE: nuvola \(command.spec.name)"))
    }
  }

  @Test func versionPrintsTheVersion() {
    let result = cli.run(["--version"])
    #expect(result.code == 0)
    #expect(result.out == "nuvola \(NuvolaCLI.version)\n")
  }

  @Test func usageErrorsGoToStandardErrorWithExit64() {
    let result = cli.run(["--lang", "en", "show"])
    #expect(result.code == 64)
    #expect(result.out.isEmpty)
    #expect(result.err.hasPrefix("Error: missing COMUNE\nUsage: nuvola show COMUNE"))
  }

  @Test func ambiguousNameIsAUsageErrorListingTheCandidates() {
    let result = cli.run(["show", "Castro"])
    #expect(result.code == 64)
    #expect(result.err.contains("'Castro' names 2 comuni"))
  }

  @Test func importThenListThenShow() throws {
    let imported = cli.run(["import", sondrio])
    #expect(imported.code == 0, "\(imported.err)")
    #expect(imported.out.contains("014061 Sondrio: nuova fotografia 1"))

    let again = cli.run(["import", sondrio])
    #expect(again.code == 0)
    #expect(again.out.contains("invariato, uguale alla fotografia 1"))

    let list = cli.run(["comuni", "--format", "json"])
    #expect(list.code == 0)
    #expect(list.out.contains("\"istat_code\": \"014061\""))
    #expect(list.out.contains("\"snapshots\": 1"))

    let shown = cli.run(["show", "014061", "--format", "json"])
    #expect(shown.code == 0)
    #expect(shown.out.contains("\"name\": \"Sondrio\""))
    #expect(shown.out.contains("\"population\""))

    let byName = cli.run(["show", "sondrio"])
    #expect(byName.code == 0)
    #expect(byName.out.hasPrefix("014061 Sondrio"))
  }

  @Test func invalidInputExits65AndLeavesTheStoreUnchanged() throws {
    #expect(cli.run(["import", sondrio]).code == 0)
    let before = cli.run(["comuni", "--format", "json"]).out
    let bad = cli.path("bad.json")
    try Data(#"{"comune": {"istat_code": "999999", "population": "dieci"}}"#.utf8).write(to: URL(fileURLWithPath: bad))
    let result = cli.run(["import", bad])
    #expect(result.code == 65)
    #expect(result.err.contains("non è stato scritto nulla"))
    #expect(result.err.contains("999999"))
    #expect(result.err.contains("dieci"))
    #expect(cli.run(["comuni", "--format", "json"]).out == before)
  }

  @Test func aValidFileIsNotImportedWhenAnotherIsInvalid() throws {
    let bad = cli.path("bad.json")
    try Data("{".utf8).write(to: URL(fileURLWithPath: bad))
    #expect(cli.run(["import", sondrio, bad]).code == 65)
    // There was no store: the failed import leaves none behind (not an empty 200 KB one).
    #expect(!FileManager.default.fileExists(atPath: cli.path("nuvola.sqlite")))
    #expect(cli.run(["comuni"]).code == 1)
  }

  @Test func aFailedImportIntoAnExistingStoreKeepsIt() throws {
    #expect(cli.run(["import", sondrio]).code == 0)
    let bad = cli.path("bad.json")
    try Data("{".utf8).write(to: URL(fileURLWithPath: bad))
    #expect(cli.run(["import", bad]).code == 65)
    #expect(cli.run(["comuni"]).out.contains("014061"))
  }

  @Test func aFailedForeignImportLeavesNoStore() throws {
    let bad = cli.path("vinfo.csv")
    try Data("not,an,rvtools\nexport\n".utf8).write(to: URL(fileURLWithPath: bad))
    let result = cli.run(["import", "--from", "rvtools", bad, "--comune", "Sondrio"])
    #expect(result.code == 65, "\(result.err)")
    #expect(!FileManager.default.fileExists(atPath: cli.path("nuvola.sqlite")))
  }

  @Test func readingAMissingStoreFailsWithoutCreatingIt() {
    let result = cli.run(["comuni", "--db", "nothing-here.sqlite"])
    #expect(result.code == 1)
    #expect(result.err.contains("nothing-here.sqlite"))
    #expect(!FileManager.default.fileExists(atPath: cli.path("nothing-here.sqlite")))
  }

  @Test func notInTheStoreIsAFailure() {
    #expect(cli.run(["--lang", "en", "import", sondrio]).code == 0)
    let result = cli.run(["--lang", "en", "show", "012133"])
    #expect(result.code == 1)
    #expect(result.err.contains("012133 Varese is not in the store"))
  }

  @Test func databasePathFromTheEnvironment() {
    let result = cli.run(["import", sondrio], environment: ["NUVOLA_DB": "env.sqlite"])
    #expect(result.code == 0)
    #expect(FileManager.default.fileExists(atPath: cli.path("env.sqlite")))
  }

  @Test func generateIsDeterministicAndImportable() throws {
    let first = cli.run(["generate", "--province", "SO", "--seed", "7", "--out", "gen1"])
    #expect(first.code == 0, "\(first.err)")
    #expect(cli.run(["generate", "--province", "SO", "--seed", "7", "--out", "gen2"]).code == 0)
    let files = try FileManager.default.contentsOfDirectory(atPath: cli.path("gen1")).sorted()
    #expect(files.count == Register.shipped.entries(province: "SO").count)
    for file in files {
      #expect(cli.contents("gen1/\(file)") == cli.contents("gen2/\(file)"))
    }
    let imported = cli.run(["import"] + files.map { cli.path("gen1/\($0)") })
    #expect(imported.code == 0, "\(imported.err)")
  }

  @Test func generateNeedsAChoiceOfComuni() {
    let result = cli.run(["generate", "--out", "x"])
    #expect(result.code == 64)
    #expect(result.err.contains("choose the comuni"))
  }

  @Test func demoImportsEverySampleAndWritesReports() throws {
    let result = cli.run([
      "demo", "--inventories", CLIRunner.repositoryRoot.appendingPathComponent("Inventories").path,
      "--out", "reports",
    ])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.contains("Sondrio"))
    #expect(FileManager.default.fileExists(atPath: cli.path("reports/014061-sondrio/inventory.json")))
    // The portal of the samples' provinces (Como, Sondrio, Varese), linking to their reports.
    #expect(result.out.contains("Portale delle province degli esempi (360 comuni): "))
    let portal = try #require(cli.contents("reports/index.html").map { String(decoding: $0, as: UTF8.self) })
    #expect(portal.contains("Comuni nel cloud: province di Como, Sondrio, Varese"))
    #expect(portal.contains("<a href=\"014061-sondrio/it-manager.html\">Sondrio</a>"))
  }

  @Test func demoWithoutInventoriesFails() {
    let result = cli.run(["demo", "--inventories", "missing"])
    #expect(result.code == 1)
    #expect(result.err.contains("no inventories folder"))
  }
}
