import Foundation
import NuvolaCLI
import Testing

/// `nuvola plan`: one comune as JSON or text, every comune as one line each, and the usage errors.
@Suite("Command line: plan")
struct PlanCommandTests {
  let cli: CLIRunner
  let sondrio = CLIRunner.repositoryRoot.appendingPathComponent("Inventories/014061-sondrio.json").path
  let brenta = CLIRunner.repositoryRoot.appendingPathComponent("Inventories/012019-brenta.json").path

  init() throws { cli = try CLIRunner() }

  func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func sondrioAsJSONFollowsSondriosOrder() throws {
    #expect(cli.run(["import", sondrio]).code == 0)
    let result = cli.run(["plan", "014061", "--format", "json"])
    #expect(result.code == 0, "\(result.err)")
    let plan = try object(result.out)
    let decisions = try #require(plan["decisions"] as? [[String: Any]])
    var group: [String: String] = [:]
    for decision in decisions { group[decision["application"] as! String] = decision["group"] as? String }
    let waves = try #require(plan["waves"] as? [[String: Any]])
    let order = ["sondrio-1", "sondrio-2", "sondrio-3", "rest"]
    let sequence = waves.flatMap { wave in
      (wave["applications"] as! [[String: Any]]).map {
        order.firstIndex(of: group[$0["application"] as! String]!)!
      }
    }
    #expect(!sequence.isEmpty && sequence == sequence.sorted())
    let first = (waves[0]["applications"] as! [[String: Any]]).map { $0["application"] as! String }
    #expect(first == ["app-patrimonio", "app-tributi"])
    #expect(waves[0]["start"] as? String == "2027-01")
    for key in [
      "milestones", "yearly_costs", "npv", "payback_year", "warnings", "relaxations", "defaults_used",
    ] {
      #expect(plan.keys.contains(key), "\(key)")
    }
    // Sorted keys and byte-identical on a second run.
    #expect(result.out.hasPrefix("{\n  \"asset_remedies\""))
    #expect(cli.run(["plan", "014061", "--format", "json"]).out == result.out)
  }

  @Test func textIsItalianByDefaultAndEnglishOnRequest() {
    #expect(cli.run(["import", sondrio]).code == 0)
    let italian = cli.run(["plan", "Sondrio"])
    #expect(italian.code == 0, "\(italian.err)")
    #expect(italian.out.hasPrefix("Piano di migrazione: 014061 Sondrio (dati illustrativi)"))
    #expect(italian.out.contains("Ondata 1 (2027-01..2027-06"))
    #expect(italian.out.contains("[critico] SCADENZA PNRR MANCATA"))
    #expect(italian.out.contains("[man-repurchase]"))
    let english = cli.run([
      "plan", "014061", "--lang", "en", "--budget-per-year", "300000", "--max-per-wave", "4",
    ])
    #expect(english.code == 0)
    #expect(english.out.contains("Wave 1 (2027-01..2027-06"))
    #expect(english.out.contains("Yearly budget: EUR 300,000; capacity per wave: 4 applications"))
    #expect(english.out.contains("Defaults used"))
  }

  /// In December 2026 the plan counts only money the comune holds and can still be paid before the
  /// PNRR ends: Sondrio's 1.2 award, still to complete, cannot be paid after a plan starting in 2027.
  @Test func pnrrMoneyCountsOnlyWhenAwardedAndPayable() {
    #expect(cli.run(["import", sondrio]).code == 0)
    let result = cli.run(["plan", "014061", "--pnrr-admitted"])
    #expect(result.code == 0, "\(result.err)")
    #expect(
      result.out.contains(
        "Non conteggiato: il contributo assegnato (EUR 252.118) arriverebbe a 01/2029, dopo la fine del PNRR (31/12/2026)"
      ))
    let json = cli.run(["plan", "014061", "--pnrr-admitted", "--format", "json"])
    #expect(json.out.contains("\"counted\": false"))
  }

  @Test func optionsReachThePlan() throws {
    #expect(cli.run(["import", sondrio]).code == 0)
    let result = cli.run([
      "plan", "014061", "--format", "json", "--start", "2027-01", "--wave-months", "4", "--years", "3",
      "--discount-rate", "5%", "--pnrr-admitted",
    ])
    #expect(result.code == 0, "\(result.err)")
    let options = try #require(try object(result.out)["options"] as? [String: Any])
    #expect(options["start"] as? String == "2027-01")
    #expect(options["wave_months"] as? Int == 4)
    #expect(options["years"] as? Int == 3)
    #expect(options["discount_rate"] as? Double == 0.05)
    #expect(options["funding_admitted"] as? Bool == true)
  }

  @Test func everyComuneGivesOneLineEach() throws {
    #expect(cli.run(["import", sondrio, brenta]).code == 0)
    let json = cli.run(["plan", "--all", "--format", "json"], environment: ["NUVOLA_STATS": "1"])
    #expect(json.code == 0, "\(json.err)")
    let lines = json.out.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    let codes = try lines.map { try object($0)["istat_code"] as? String }
    #expect(codes == ["012019", "014061"])
    #expect(json.err.contains("stats: command=plan"))
    let stats = try #require(json.err.split(separator: "\n").first { $0.hasPrefix("stats: ") })
    let keys = stats.dropFirst("stats: ".count).split(separator: " ").map { $0.split(separator: "=")[0] }
    #expect(keys == ["command", "seconds", "peak_rss_mb", "user_seconds", "system_seconds"])
    let text = cli.run(["plan", "--all"])
    #expect(text.code == 0)
    #expect(text.out.contains("014061  Sondrio"))
  }

  @Test(arguments: [
    (["plan"], "indicare un COMUNE"),
    (["plan", "014061", "--all"], "non entrambi"),
    (["plan", "014061", "--start", "2026-13"], "--start takes a month YYYY-MM"),
    (["plan", "014061", "--budget-per-year", "0"], "--budget-per-year takes an amount"),
    (["plan", "014061", "--discount-rate", "abc"], "--discount-rate takes a rate"),
    (["plan", "014061", "--wave-months", "13"], "--wave-months takes a whole number from 1 to 12"),
    (["plan", "014061", "--format", "csv"], "'plan' writes text or json"),
    (["plan", "014061", "--start", "2026-05"], "--start 05/2026 è nel passato"),
    (["plan", "014061", "--start", "2026-12"], "inizia non prima di 01/2027"),
    (["plan", "014061", "--lang", "en", "--start", "2020-01"], "--start 2020-01 is in the past"),
    (["plan", "014061", "--replan-from", "2027-01"], "--replan-from 01/2027 non è nel passato"),
    (["plan", "014061", "--replan-from", "2026-1"], "--replan-from takes a month YYYY-MM"),
    (["plan", "014061", "--start", "2026-02", "--replan-from", "2026-01"], "non coincidono"),
    (["plan", "014061", "--capacity", "0"], "--capacity"),
    (["plan", "014061", "--capacity", "3", "--max-per-wave", "4"], "give one"),
  ])
  func usageErrorsExit64(arguments: [String], message: String) {
    let result = cli.run(arguments)
    #expect(result.code == 64)
    #expect(result.err.contains(message), "\(result.err)")
  }

  @Test func anUndatedInventoryStartsAfterTheAsOfDay() throws {
    let text = try String(contentsOfFile: sondrio, encoding: .utf8)
    let undated = text.replacingOccurrences(of: "    \"inventory_date\": \"2026-09-30\",\n", with: "")
    #expect(undated != text)
    let path = cli.path("undated.json")
    try undated.write(toFile: path, atomically: true, encoding: .utf8)
    #expect(cli.run(["import", path]).code == 0)
    let planned = cli.run(["plan", "014061", "--format", "json"])
    #expect(planned.code == 0, "\(planned.err)")
    #expect(planned.out.contains("\"start\": \"2027-01\""))
    let later = cli.run(["plan", "014061", "--format", "json", "--as-of", "2027-03-15"])
    #expect(later.out.contains("\"start\": \"2027-04\""))
  }

  /// A plan started in January 2026 and replanned in December: the waves before the as-of day are
  /// shown as finished or under way, the others as planned; the first month after it is still allowed.
  @Test func aReplanShowsTheWavesAlreadyRunAsSuch() throws {
    #expect(cli.run(["import", sondrio]).code == 0)
    let result = cli.run([
      "plan", "014061", "--format", "json", "--replan-from", "2026-01", "--wave-months", "4",
    ])
    #expect(result.code == 0, "\(result.err)")
    let plan = try object(result.out)
    let waves = try #require(plan["waves"] as? [[String: Any]])
    for wave in waves {
      let start = wave["start"] as! String
      let end = wave["end"] as! String
      let expected = end < "2026-12" ? "finished" : start <= "2026-12" ? "under_way" : "planned"
      #expect(wave["status"] as? String == expected, "\(start)..\(end)")
    }
    #expect(waves.first?["status"] as? String != "planned")
    #expect(waves.contains { $0["status"] as? String == "planned" })
    #expect(waves.map { $0["index"] as! Int } == Array(1...waves.count))
    let options = try #require(plan["options"] as? [String: Any])
    #expect(options["replan_from"] as? String == "2026-01")
    #expect(cli.run(["plan", "014061", "--start", "2027-01"]).code == 0)
    let text = cli.run(["plan", "014061", "--replan-from", "2026-01", "--wave-months", "4"])
    #expect(text.out.contains("piano ripianificato, avviato a 01/2026"))
    #expect(text.out.contains("in corso") || text.out.contains("conclusa"))
  }

  /// An Italian amount is exact to the cent and shown in Italian (issue 19: it was shown as 300.001).
  @Test func anItalianBudgetIsShownToTheCent() {
    #expect(cli.run(["import", sondrio]).code == 0)
    let result = cli.run(["plan", "014061", "--budget-per-year", "300000,50"])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.contains("Budget annuo: EUR 300.000,50;"))
  }

  /// `--capacity` cuts the waves: no wave holds more, they are numbered 1..n, and each says why.
  @Test func capacitySplitsTheWavesAndEachSaysWhy() throws {
    #expect(cli.run(["import", sondrio]).code == 0)
    let result = cli.run(["plan", "014061", "--format", "json", "--capacity", "2"])
    #expect(result.code == 0, "\(result.err)")
    let waves = try #require(try object(result.out)["waves"] as? [[String: Any]])
    #expect(waves.allSatisfy { ($0["applications"] as! [Any]).count <= 2 })
    #expect(waves.map { $0["index"] as! Int } == Array(1...waves.count))
    #expect(waves.contains { $0["reason"] as? String == "capacity" })
    let items = waves.flatMap { $0["applications"] as! [[String: Any]] }
    #expect(items.allSatisfy { $0["reason"] is String })
  }

  @Test func aComuneNotInTheStoreFails() {
    #expect(cli.run(["--lang", "en", "import", sondrio]).code == 0)
    let result = cli.run(["--lang", "en", "plan", "012019"])
    #expect(result.code == 1)
    #expect(result.err.contains("is not in the store"))
  }
}
