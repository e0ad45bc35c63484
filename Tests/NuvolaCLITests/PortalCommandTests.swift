import Foundation
import NuvolaCLI
import NuvolaReports
import Testing

/// `nuvola portal`: the page it writes for a scope, what it prints, the manifest that lets an
/// unchanged run write nothing, and how it refuses what it must.
@Suite("portal command")
struct PortalCommandTests {
  let cli: CLIRunner
  let sondrio = CLIRunner.repositoryRoot.appendingPathComponent("Inventories/014061-sondrio.json").path
  let brenta = CLIRunner.repositoryRoot.appendingPathComponent("Inventories/012019-brenta.json").path

  init() throws {
    cli = try CLIRunner()
    let imported = cli.run(["import", sondrio, brenta])
    #expect(imported.code == 0, "\(imported.err)")
  }

  func text(_ path: String) -> String? { cli.contents(path).map { String(decoding: $0, as: UTF8.self) } }

  func modified(_ path: String) throws -> Date {
    try #require(try FileManager.default.attributesOfItem(atPath: cli.path(path))[.modificationDate] as? Date)
  }

  @Test func provinceScopeWritesEveryComuneOfTheProvince() throws {
    let result = cli.run(["portal", "--province", "SO"])
    #expect(result.code == 0, "\(result.err)")
    #expect(
      result.out
        == "Reports/index.html\nPortale di 77 comuni (1 con inventario, 1 ricalcolati), situazione al 04/12/2026.\n"
    )
    let html = try #require(text("Reports/index.html"))
    #expect(html.components(separatedBy: "<tr data-province=\"SO\">").count - 1 == 77)
    #expect(html.contains("Comuni nel cloud: provincia di Sondrio"))
    #expect(html.contains("<a href=\"014061-sondrio/it-manager.html\">Sondrio</a>"))
    // Brenta is in Varese: not in scope.
    #expect(!html.contains("012019"))
  }

  @Test func theLinksLeadToTheFilesReportAllWrites() throws {
    #expect(cli.run(["report", "--all", "--for", "all"]).code == 0)
    #expect(cli.run(["portal", "--comuni", "014061,012019,014001"]).code == 0)
    let html = try #require(text("Reports/index.html"))
    let links = html.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
    #expect(links.count == 8)
    for link in links { #expect(cli.contents("Reports/" + link) != nil, "\(link)") }
  }

  @Test func afterReportAllThePortalRunsNoEngineAndWritesTheSamePage() throws {
    #expect(cli.run(["report", "--all", "--for", "all"]).code == 0)
    let after = cli.run(["portal", "--comuni", "014061,012019,014001"])
    #expect(after.out.hasPrefix("Reports/index.html\nPortale di 3 comuni (2 con inventario, 0 ricalcolati)"))
    let own = cli.run(["portal", "--comuni", "014061,012019,014001", "--out", "Alone"])
    #expect(own.out.hasPrefix("Alone/index.html\nPortale di 3 comuni (2 con inventario, 2 ricalcolati)"))
    let page = try #require(cli.contents("Reports/index.html"))
    #expect(page == cli.contents("Alone/index.html"))
    // A report for the mayor alone does not compute the audit the row needs: no row is kept.
    #expect(cli.run(["report", "--all", "--for", "mayor", "--out", "Mayor"]).code == 0)
    let mayor = cli.run(["portal", "--comuni", "014061", "--out", "Mayor"])
    #expect(mayor.out.hasPrefix("Mayor/index.html\nPortale di 1 comuni (1 con inventario, 1 ricalcolati)"))
  }

  @Test func unchangedRunWritesNothingAndSaysSo() throws {
    #expect(cli.run(["portal", "--comuni", "014061,012019,014001"]).code == 0)
    let before = try modified("Reports/index.html")
    let manifest = try modified("Reports/" + OutputManifest.fileName)
    let again = cli.run(["portal", "--comuni", "014061,012019,014001"])
    #expect(again.code == 0)
    #expect(
      again.out
        == "Il portale Reports/index.html è già aggiornato: nessun file riscritto (3 comuni, situazione al 04/12/2026).\n"
    )
    #expect(try modified("Reports/index.html") == before)
    #expect(try modified("Reports/" + OutputManifest.fileName) == manifest)
    let english = cli.run(["--lang", "en", "portal", "--comuni", "014061"])
    #expect(english.out.hasPrefix("Reports/index.en.html\nPortal of 1 comuni"))
    let forced = cli.run(["portal", "--comuni", "014061,012019,014001", "--force"])
    #expect(forced.out.hasPrefix("Reports/index.html\nPortale di 3 comuni (2 con inventario, 2 ricalcolati)"))
  }

  @Test func anotherDayOrAChangedInventoryRebuildsWhatDependsOnIt() throws {
    #expect(cli.run(["portal", "--comuni", "014061,012019,014001"]).code == 0)
    let later = cli.run(["--as-of", "2027-02-01", "portal", "--comuni", "014061,012019,014001"])
    #expect(later.out.contains("(2 con inventario, 2 ricalcolati), situazione al 01/02/2027"))
    #expect(try #require(text("Reports/index.html")).contains("Situazione al 01/02/2027"))
    // A new snapshot of one comune: only its row runs through the engine again.
    let changed = try String(contentsOfFile: brenta, encoding: .utf8)
    let edited = changed.replacingOccurrences(of: "\"it_staff\": 0", with: "\"it_staff\": 1")
    #expect(edited != changed)
    try edited.write(toFile: cli.path("brenta.json"), atomically: true, encoding: .utf8)
    let reimported = cli.run(["import", cli.path("brenta.json")])
    #expect(reimported.code == 0, "\(reimported.err)")
    let after = cli.run(["--as-of", "2027-02-01", "portal", "--comuni", "014061,012019,014001"])
    #expect(after.out.contains("(2 con inventario, 1 ricalcolati)"), "\(after.out)")
  }

  @Test func aComuneWithoutInventoryStillAppearsWithoutAStore() throws {
    let bare = try CLIRunner()
    let result = bare.run(["portal", "--comuni", "014001", "--out", "site"])
    #expect(result.code == 0, "\(result.err)")
    let html = try #require(bare.contents("site/index.html").map { String(decoding: $0, as: UTF8.self) })
    #expect(html.contains("Albaredo per San Marco"))
    #expect(html.contains("senza inventario"))
  }

  @Test(arguments: [
    (["portal", "--region", "Atlantide"], "unknown region 'Atlantide'"),
    (["portal", "--province", "ZZ"], "unknown province 'ZZ'"),
    (["portal", "--region", "Lombardia", "--province", "SO"], "choose one of --region, --province"),
    (["portal", "--comuni", "Nessunluogo"], "no comune 'Nessunluogo'"),
    (["--format", "json", "portal"], "'portal' writes text, not json"),
  ])
  func refusesBadScopes(arguments: [String], message: String) {
    let result = cli.run(["--lang", "en"] + arguments)
    #expect(result.code == 64)
    #expect(result.err.contains(message), "\(result.err)")
    #expect(cli.contents("Reports/index.html") == nil)
  }

  @Test func refusesAnOutputThatIsAFile() throws {
    try Data("x".utf8).write(to: URL(fileURLWithPath: cli.path("file")))
    let result = cli.run(["portal", "--comuni", "014061", "--out", "file"])
    #expect(result.code != 0)
    #expect(result.err.contains("exists and is not a folder"))
  }
}
