import Foundation
import NuvolaCLI
import Testing

/// `nuvola import --from FORMAT FILE --comune COMUNE`, end to end through the command line.
@Suite("Command line: import from foreign formats")
struct ImportForeignTests {
  let cli: CLIRunner
  let sondrio = CLIRunner.repositoryRoot.appendingPathComponent("Inventories/014061-sondrio.json").path

  init() throws { cli = try CLIRunner() }

  static func fixture(_ name: String) -> String {
    CLIRunner.repositoryRoot.appendingPathComponent("Tests/NuvolaKitTests/Fixtures/foreign/\(name)").path
  }

  /// The current snapshot of a comune as `show --format json` prints it, parsed.
  func shown(_ comune: String = "014061") throws -> [String: Any] {
    let result = cli.run(["show", comune, "--format", "json"])
    #expect(result.code == 0, "\(result.err)")
    return try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
  }

  func record(_ kind: String, _ id: String, in shown: [String: Any]) -> [String: Any]? {
    let inventory = shown["inventory"] as? [String: Any]
    let records = inventory?[kind] as? [[String: Any]] ?? []
    return records.first { $0["id"] as? String == id }
  }

  func write(_ text: String, to name: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: cli.path(name)))
  }

  /// What a failed import must leave as it was.
  func storeState() -> String {
    cli.run(["comuni", "--format", "json"]).out + cli.run(["show", "014061", "--format", "json"]).out
  }

  // MARK: Round trips

  @Test func rvtoolsRoundTrip() throws {
    #expect(cli.run(["import", sondrio]).code == 0)
    let result = cli.run([
      "import", "--from", "rvtools", Self.fixture("rvtools-vinfo.csv"), "--comune", "Sondrio",
    ])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.hasPrefix("014061 Sondrio: nuova fotografia 2 da rvtools:"))
    #expect(result.out.contains("apparati: 4 creati (1 virtualization_host, 3 vm), 2 aggiornati, 0 invariati"))
    #expect(result.out.contains("(7 righe lette)"))
    let snapshot = try shown()
    let vm = try #require(record("assets", "vm-app01", in: snapshot))
    #expect(vm["cores"] as? Int == 8 && vm["ram_gb"] as? Int == 32 && vm["storage_gb"] as? Int == 400)
    #expect(vm["os"] as? String == "Windows Server" && vm["os_version"] as? String == "2012 R2")
    // Facts only the earlier snapshot gave are still there.
    #expect(vm["end_of_support"] as? String == "2023-10-10")
    #expect((vm["notes"] as? String)?.hasPrefix("Tributi e patrimonio (in migrazione).\n[rvtools]") == true)
    let host = try #require(record("assets", "host-01", in: snapshot))
    #expect(host["vendor"] as? String == "Dell" && host["purchase_year"] as? Int == 2019)
    let web = try #require(record("assets", "vm-so-web02", in: snapshot))
    #expect(web["host"] as? String == "host-esx02-comune-example-it")
    #expect(record("applications", "app-tributi", in: snapshot)?["vendor"] as? String == "Maggioli")
    let source = (snapshot["snapshot"] as? [String: Any])?["source"] as? String
    #expect(source == "rvtools:" + Self.fixture("rvtools-vinfo.csv"))
  }

  @Test func agidListRoundTrip() throws {
    #expect(cli.run(["import", sondrio]).code == 0)
    let result = cli.run([
      "import", "--from", "agid-list", Self.fixture("agid-list.csv"), "--comune", "014061",
    ])
    #expect(result.code == 0, "\(result.err)")
    let snapshot = try shown()
    let protocollo = try #require(record("applications", "app-protocollo", in: snapshot))
    #expect(protocollo["risk"] as? String == "basso" && protocollo["migration_ease"] as? String == "alto")
    #expect(protocollo["vendor"] as? String == "Dedagroup")
    let cartografia = try #require(record("applications", "app-cartografia-comunale", in: snapshot))
    #expect(cartografia["risk"] as? String == "alto" && cartografia["licence"] as? String == "open_source")
    #expect(cartografia["domain"] == nil)
  }

  @Test func konveyorRoundTrip() throws {
    #expect(cli.run(["import", sondrio]).code == 0)
    let result = cli.run(["import", "--from", "konveyor", Self.fixture("konveyor.csv"), "--comune", "014061"])
    #expect(result.code == 0, "\(result.err)")
    let snapshot = try shown()
    let portale = try #require(record("applications", "app-portale-servizi-online", in: snapshot))
    #expect(portale["depends_on"] as? [String] == ["app-protocollo", "app-pagopa"])
    #expect(portale["deployment"] as? String == "on_premise")
    #expect(
      record("applications", "app-paghe", in: snapshot)?["depends_on"] as? [String] == [
        "app-personale", "app-gestione-presenze",
      ])
  }

  @Test func glpiRoundTripIntoAComuneNotInTheStore() throws {
    let result = cli.run(["import", "--from", "glpi", Self.fixture("glpi-server.json"), "--comune", "Azzio"])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.hasPrefix("012007 Azzio: nuova fotografia 1 da glpi:"))
    let snapshot = try shown("012007")
    let server = try #require(record("assets", "glpi-7xk2m93", in: snapshot))
    #expect(server["kind"] as? String == "server" && server["cores"] as? Int == 32)
    #expect(record("assets", "vm-so-sql01", in: snapshot)?["host"] as? String == "glpi-7xk2m93")
    #expect(
      ((snapshot["inventory"] as? [String: Any])?["comune"] as? [String: Any])?["name"] as? String == "Azzio")
  }

  @Test func importingTheSameFileTwiceAddsNoSnapshot() {
    let arguments = ["import", "--from", "rvtools", Self.fixture("rvtools-vinfo.csv"), "--comune", "014061"]
    #expect(cli.run(arguments).code == 0)
    let again = cli.run(arguments)
    #expect(again.code == 0)
    #expect(again.out.contains("invariato, uguale alla fotografia 1"))
    #expect(cli.run(["comuni", "--format", "json"]).out.contains("\"snapshots\": 1"))
  }

  // MARK: The report

  @Test func theReportListsWhatWasNotMapped() throws {
    let result = cli.run([
      "import", "--from", "rvtools", Self.fixture("rvtools-vinfo.csv"), "--comune", "014061", "--format",
      "json",
    ])
    #expect(result.code == 0, "\(result.err)")
    let report = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    #expect(report["status"] as? String == "created" && report["format"] as? String == "rvtools")
    let columns = try #require(report["unmapped_columns"] as? [[String: Any]])
    #expect(
      columns.contains { $0["name"] as? String == "Backup Status" && $0["reason"] as? String == "unknown" })
    let values = try #require(report["unmapped_values"] as? [[String: Any]])
    #expect(
      values.contains {
        $0["line"] as? Int == 6 && $0["value"] as? String == "Other 3.x or later Linux (64-bit)"
      })
    #expect((report["counts"] as? [String: Any])?["templates_skipped"] as? Int == 1)
    // Keys are sorted, as every JSON output of the command line.
    let keys = result.out.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
      $0.split(separator: "\"")[1]
    }
    #expect(keys == keys.sorted())

    let text = cli.run(["import", "--from", "agid-list", Self.fixture("agid-list.csv"), "--comune", "014061"])
    #expect(text.out.contains("Non riportati:"))
    #expect(text.out.contains("riga 6 colonna 3 SERVIZI SUPPORTATI: \"Presenze, permessi e turni\""))
    let english = cli.run(["--lang", "en", "import", "--from", "agid-list", Self.fixture("agid-list.csv"), "--comune", "014061"])
    #expect(english.out.contains("Not mapped:"))
    #expect(english.out.contains("line 6 column 3 SERVIZI SUPPORTATI: \"Presenze, permessi e turni\""))
  }

  // MARK: Bad input

  @Test(arguments: [
    (
      "rvtools", "vinfo.csv", "VM,CPUs,Memory\nSO-APP01,8,lots\n",
      "vinfo.csv:2:3: at vinfo.csv column Memory: not an amount of memory in MiB (found \"lots\"); "
        + "expected a number of MiB (e.g. 8192)"
    ),
    (
      "agid-list", "lista.csv",
      "NOME APPLICATIVO;RISCHIO\nProtocollo informatico e gestione documentale;forse\n",
      "lista.csv:2:2: at lista.csv column RISCHIO: not a grade (found \"forse\"); "
        + "expected Alto, Medio or Basso (or empty when not assessed)"
    ),
    (
      "konveyor", "apps.csv",
      "Record Type 1,Application Name,Dependency,Dependency Direction\n"
        + "2,Anagrafe (ANPR),Nessuna,southbound\n",
      "apps.csv:2:3: at apps.csv column Dependency: no application has this name (found \"Nessuna\"); "
        + "expected the name of an application in this file or in the comune's inventory"
    ),
    (
      "glpi", "pc.json", "{\"content\": {\"hardware\": {\"name\": \"PC1\", \"memory\": -4}}}",
      "pc.json:1:52: at $.content.hardware.memory: not a whole number of MB (found \"-4\"); "
        + "expected a whole number of MB, 0 or more"
    ),
  ])
  func malformedInputExits65AndLeavesTheStoreUnchanged(
    _ format: String, _ name: String, _ text: String, _ diagnostic: String
  ) throws {
    #expect(cli.run(["--lang", "en", "import", sondrio]).code == 0)
    let before = storeState()
    try write(text, to: name)
    let result = cli.run(["--lang", "en", "import", "--from", format, name, "--comune", "014061"])
    #expect(result.code == 65)
    #expect(result.out.isEmpty)
    #expect(result.err.contains("nothing was written"))
    #expect(result.err.contains("  " + diagnostic + "\n"), "\(result.err)")
    #expect(storeState() == before)
  }

  @Test func aFailedImportIntoANewStoreCreatesNoStore() throws {
    try write("VM,CPUs\nA,many\n", to: "vinfo.csv")
    let result = cli.run(["import", "--from", "rvtools", "vinfo.csv", "--comune", "014061"])
    #expect(result.code == 65)
    #expect(!FileManager.default.fileExists(atPath: cli.path("nuvola.sqlite")))
  }

  @Test func aMissingFileIsInvalidInput() {
    let result = cli.run(["--lang", "en", "import", "--from", "glpi", "nothing.json", "--comune", "014061"])
    #expect(result.code == 65)
    #expect(result.err.contains("nothing.json: no such file"))
  }

  @Test(arguments: [
    (["import", "--from", "rvtools", "x.csv"], "--from rvtools needs --comune COMUNE"),
    (["import", "--comune", "014061", "x.csv"], "--comune goes with --from FORMAT"),
    (
      ["import", "--from", "rvtools", "a.csv", "b.csv", "--comune", "014061"], "--from reads one FILE, not 2"
    ),
    (
      ["import", "--from", "excel", "a.csv", "--comune", "014061"],
      "--from takes one of agid-list, konveyor, rvtools, glpi"
    ),
    (["import", "--from", "rvtools", "a.csv", "--comune", "Castro"], "'Castro' names 2 comuni"),
    (["import", "--from", "rvtools", "a.csv", "--comune", "999999"], "no comune '999999'"),
  ])
  func usageErrorsExit64(_ arguments: [String], _ message: String) {
    let result = cli.run(["--lang", "en"] + arguments)
    #expect(result.code == 64)
    #expect(result.err.hasPrefix("Error: " + message), "\(result.err)")
    #expect(result.err.contains("Usage: nuvola import"))
  }

  @Test func helpShowsTheForeignForm() {
    let help = cli.run(["import", "--help"])
    #expect(help.code == 0)
    #expect(help.out.contains("nuvola import --from agid-list|konveyor|rvtools|glpi FILE --comune COMUNE"))
  }
}
