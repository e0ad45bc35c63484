import Foundation
import NuvolaCLI
import NuvolaIngest
import NuvolaRules
import NuvolaSupport
import Testing

/// `nuvola consolidate` and `nuvola progress`, run in process against a temporary store.
@Suite("Command line: consolidate and progress")
struct ConsolidateCommandTests {
  let cli: CLIRunner
  let inventories = CLIRunner.repositoryRoot.appendingPathComponent("Inventories")
  static let varese = ["012133-varese.json", "012119-saronno.json", "012019-brenta.json", "012007-azzio"]
  static let fourComuni = ["consolidate", "--comuni", "Varese,Saronno,Brenta,Azzio"]

  init() throws { cli = try CLIRunner() }

  func importVarese() {
    let result = cli.run(["import"] + Self.varese.map { inventories.appendingPathComponent($0).path })
    #expect(result.code == 0, "\(result.err)")
  }

  func json(_ arguments: [String]) throws -> [String: Any] {
    let result = cli.run(arguments + ["--format", "json"])
    #expect(result.code == 0, "\(result.err)")
    return try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
  }

  static func number(_ object: [String: Any], _ path: String...) -> Double? {
    var current: Any? = object
    for key in path { current = (current as? [String: Any])?[key] }
    return (current as? NSNumber)?.doubleValue
  }

  // MARK: consolidate

  @Test func theVareseSamplesFromTheStore() throws {
    importVarese()
    let output = try json(Self.fourComuni)
    #expect(Self.number(output, "today", "ict_spend_declared") == 1_761_000)
    #expect(Self.number(output, "today", "with_inventory") == 4)
    #expect(Self.number(output, "joint_procurement", "shared_contract_saving") == 50_813)
    #expect(Self.number(output, "joint_procurement", "volume_saving") == 6_763.15)
    #expect(Self.number(output, "joint_procurement", "saving") == 57_576.15)
    #expect(Self.number(output, "shared_centre", "cost", "total") == 677_464)
    #expect(Self.number(output, "shared_centre", "revenue") == 677_464)
    #expect((output["shared_centre"] as? [String: Any])?["balanced"] as? Bool == true)
    #expect(Self.number(output, "store", "inventories") == 4)
  }

  @Test func textShowsTheArithmeticInEitherLanguage() {
    importVarese()
    let english = cli.run(Self.fourComuni + ["--lang", "en"])
    #expect(english.code == 0, "\(english.err)")
    #expect(english.out.hasPrefix("Consolidation: 4 comuni: Azzio, Brenta, Saronno, Varese"))
    #expect(english.out.contains("(EUR 9,880 - EUR 988) x (5% - 0%) = EUR 444.60"))
    #expect(
      english.out.contains(
        "Fees EUR 588,964 + tariffs EUR 88,500 = EUR 677,464; cost EUR 677,464: balanced to the cent"))
    let italian = cli.run(Self.fourComuni)
    #expect(italian.out.contains("1. OGGI"))
    #expect(italian.out.contains("in equilibrio al centesimo"))
  }

  @Test func csvHasOneRowPerComune() throws {
    importVarese()
    let result = cli.run(Self.fourComuni + ["--format", "csv", "--csv-dialect", "rfc4180"])
    #expect(result.code == 0, "\(result.err)")
    let lines = result.out.split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    #expect(lines[0].hasPrefix("istat_code,name,province,population,"))
    let header = lines[0].split(separator: ",").map(String.init)
    let varese = lines[4].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    func cell(_ name: String) -> String? { header.firstIndex(of: name).map { varese[$0] } }
    #expect(cell("istat_code") == "012133")
    #expect(cell("saving_total") == "32550")
    #expect(cell("centre_membership_fee") == "388419.01")
    #expect(cell("ict_spend_status") == "declared")
  }

  @Test func aProvinceMixesTheStoreAndTheRegister() throws {
    importVarese()
    let output = try json(["consolidate", "--province", "VA"])
    #expect(Self.number(output, "today", "comuni") == 136)
    #expect(Self.number(output, "today", "with_inventory") == 4)
    #expect(Self.number(output, "today", "register_only") == 132)
    #expect(Self.number(output, "today", "comuni_estimated") == 131)
    #expect(Self.number(output, "today", "comuni_spend_unknown") == 1)
  }

  @Test func aRegionFromTheRegisterAlone() throws {
    let output = try json(["consolidate", "--region", "Lombardia"])
    let clusters = try #require(output["clusters"] as? [[String: Any]])
    #expect(clusters.map { $0["key"] as? String } == ["small", "medium", "large", "unknown"])
    #expect(clusters.map { ($0["comuni"] as? NSNumber)?.intValue } == [1_033, 356, 111, 2])
    #expect((output["store"] as? [String: Any])?["exists"] as? Bool == false)
  }

  @Test func theOutputIsTheSameEveryTime() {
    importVarese()
    for format in ["text", "json", "csv"] {
      let first = cli.run(Self.fourComuni + ["--format", format])
      let second = cli.run(["consolidate", "--comuni", "012007,Brenta,012133,Saronno", "--format", format])
      #expect(first.code == 0)
      #expect(first.out == second.out, "\(format)")
    }
  }

  @Test func theCentreAndThePilotsCanBeNamed() throws {
    importVarese()
    let output = try json(Self.fourComuni + ["--centre", "Saronno", "--pilots", "Varese"])
    let centre = try #require(output["shared_centre"] as? [String: Any])
    #expect(centre["seat"] as? String == "012119")
    let pilots = try #require((output["rollout"] as? [String: Any])?["pilots"] as? [[String: Any]])
    #expect(pilots.map { $0["istat_code"] as? String } == ["012133"])
  }

  @Test(arguments: [
    (["consolidate"], "choose the comuni"),
    (["consolidate", "--region", "Lombardia", "--province", "VA"], "not several"),
    (["consolidate", "--region", "Atlantide"], "unknown region"),
    (["consolidate", "--province", "VA", "--centre", "Sondrio"], "is not among the comuni chosen"),
    (["consolidate", "--comuni", "Varese", "--pilots", "Nowhere"], "no comune 'Nowhere'"),
  ])
  func usageErrors(arguments: [String], message: String) {
    let result = cli.run(["--lang", "en"] + arguments)
    #expect(result.code == 64)
    #expect(result.err.contains(message), "\(result.err)")
    #expect(result.out.isEmpty)
  }

  // MARK: progress

  /// The Varese sample six months on: protocollo and atti in SaaS, server srv-old01 retired, the police
  /// closet closed (its NVR server and application moved into the CED), ICT spend down by 50,000.
  func writeSecondVarese() throws -> String {
    var inventory = try InventoryReader(register: Register.shipped).read(
      path: inventories.appendingPathComponent("012133-varese.json").path)
    inventory.comune.inventoryDate = Day(year: 2026, month: 12, day: 31)
    inventory.comune.ictSpend = Money(euros: 1_150_000)
    for index in inventory.applications.indices
    where ["app-protocollo", "app-atti"].contains(inventory.applications[index].id) {
      inventory.applications[index].deployment = .saas
      inventory.applications[index].site = nil
      inventory.applications[index].asset = nil
      inventory.applications[index].provider = "Maggioli Cloud"
      inventory.applications[index].cloudQualified = true
    }
    inventory.assets.removeAll { ["srv-old01", "sw-pl", "ups-pl"].contains($0.id) }
    for index in inventory.assets.indices where inventory.assets[index].site == "polizia-locale" {
      inventory.assets[index].site = "ced"
    }
    for index in inventory.applications.indices {
      if inventory.applications[index].asset == "srv-old01" { inventory.applications[index].asset = nil }
      if inventory.applications[index].site == "polizia-locale" { inventory.applications[index].site = "ced" }
    }
    inventory.sites.removeAll { $0.id == "polizia-locale" }
    inventory.links.removeAll { $0.site == "polizia-locale" }
    let path = cli.path("varese-2026-12.json")
    try Data((inventory.json.serialized() + "\n").utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func progressNeedsTwoSnapshots() {
    importVarese()
    let result = cli.run(["--lang", "en", "progress", "Varese"])
    #expect(result.code == 1)
    #expect(
      result.err == "Error: 012133 Varese: only 1 snapshot in the store: progress compares two; "
        + "import a newer inventory of the comune first\n")
  }

  @Test func progressReportsWhatThePilotAchieved() throws {
    importVarese()
    let imported = cli.run(["import", try writeSecondVarese()])
    #expect(imported.code == 0, "\(imported.err)")
    let output = try json(["progress", "Varese"])
    #expect(Self.number(output, "moved_to_cloud") == 2)
    #expect(Self.number(output, "ceds_closed") == 1)
    #expect(Self.number(output, "servers_retired") == 1)
    #expect(Self.number(output, "servers_before") == 8 && Self.number(output, "servers_after") == 7)
    #expect(Self.number(output, "ict_spend_change") == -50_000)
    let applications = try #require(output["applications"] as? [[String: Any]])
    #expect(
      applications.filter { $0["kind"] as? String == "moved_to_cloud" }.map { $0["id"] as? String }
        == ["app-atti", "app-protocollo"])
    let resolved = try #require(output["findings_resolved"] as? [[String: Any]])
    #expect(
      resolved.contains { $0["code"] as? String == "OS-EOL" && $0["record_id"] as? String == "srv-old01" })
    #expect(
      resolved.contains {
        $0["code"] as? String == "NO-OFFSITE-BACKUP" && $0["record_id"] as? String == "polizia-locale"
      })
    let indicators = try #require(output["indicators"] as? [[String: Any]])
    let gruppoB = try #require(indicators.first { $0["key"] as? String == "gruppo_b_sites" })
    #expect((gruppoB["before"] as? NSNumber)?.intValue == 2 && (gruppoB["after"] as? NSNumber)?.intValue == 1)
    #expect(gruppoB["verdict"] as? String == "improved")

    let text = cli.run(["progress", "012133", "--lang", "en"])
    #expect(
      text.out.hasPrefix("Progress of 012133 Varese: snapshot 1 (2026-06-30) -> snapshot 5 (2026-12-31)"))
    #expect(text.out.contains("Services moved to the cloud: 2"))
    #expect(text.out.contains("Servers retired: 1, added: 0 (physical servers 8 -> 7)"))
    let csv = cli.run(["progress", "Varese", "--format", "csv", "--csv-dialect", "rfc4180"])
    #expect(csv.out.contains("012133,1,5,physical_servers,Server fisici,count,8,7,lower,improved"))
  }

  @Test func progressBetweenChosenSnapshots() throws {
    importVarese()
    #expect(cli.run(["import", try writeSecondVarese()]).code == 0)
    let byDate = cli.run([
      "progress", "Varese", "--from", "2026-06-30", "--to", "2026-12-31", "--format", "json",
    ])
    let byDefault = cli.run(["progress", "Varese", "--format", "json"])
    #expect(byDate.code == 0 && byDate.out == byDefault.out)
    let missing = cli.run(["progress", "Varese", "--from", "3"])
    #expect(missing.code == 1)
    #expect(missing.err.contains("--from 3: the comune has no snapshot with that id"))
    let reversed = cli.run(["progress", "Varese", "--from", "5", "--to", "1"])
    #expect(reversed.code == 64)
    let early = cli.run(["progress", "Varese", "--to", "2026-01-01"])
    #expect(early.code == 1)
    #expect(early.err.contains("no snapshot has an inventory date on or before that day"))
  }
}
