import Foundation
import NuvolaEngine
import NuvolaRules
import NuvolaSupport
import Testing

@Suite("Engine: register-wide funding")
struct EngineRegisterFundingTests {
  let table = RegisterFunding(rules: RulesFixture.book)

  static func entry(_ code: String, population: Int?) -> RegisterEntry {
    RegisterEntry(
      istatCode: code, name: "Comune \(code)", province: "Sondrio", provinceAbbreviation: "SO",
      region: "Lombardia", isCapoluogo: false, cadastralCode: "X000", nuts3: "ITC44",
      population2011: population)
  }

  @Test func header() {
    #expect(
      table.header.joined(separator: ",")
        == "istat_code,name,province,region,population,population_source,"
        + "1.2,1.3.1,1.4.1_website,1.4.1_per_service,1.4.3_pagopa_per_service,1.4.3_appio_per_service,"
        + "1.4.4_spid_cie,1.4.4_anpr,1.4.5")
  }

  @Test func sondrioRow() throws {
    let sondrio = try #require(Register.shipped.entry(code: "014061"))
    let row = table.row(for: sondrio)
    #expect(
      table.cells(row) == [
        "014061", "Sondrio", "Sondrio", "Lombardia", "21192", "istat_2022", "150573", "30515", "87682",
        "38650", "1821", "728", "14000", "14030", "59966",
      ])
  }

  @Test func rowsForAFewComuni() {
    let rows = table.rows(
      for: [
        Self.entry("000001", population: 4_000), Self.entry("000002", population: nil),
        Self.entry("000003", population: 2_500), Self.entry("000004", population: nil),
      ],
      overrides: ["000004": 100_001])
    let csv = table.csv(rows, dialect: .rfc4180)
    let lines = csv.split(whereSeparator: \.isNewline).map(String.init)
    #expect(lines.count == 5)
    #expect(
      lines[1]
        == "000001,Comune 000001,Sondrio,Lombardia,4000,istat_2011,35520,10172,28902,12755,607,243,14000,"
        + "6173.20,23147")
    // No population: empty cells, never 0; SPID/CIE is flat and needs none.
    #expect(lines[2] == "000002,Comune 000002,Sondrio,Lombardia,,unknown,,,,,,,14000,,")
    #expect(
      lines[3]
        == "000003,Comune 000003,Sondrio,Lombardia,2500,istat_2011,16696,10172,28902,12755,607,243,14000,"
        + "3928.40,23147")
    #expect(
      lines[4]
        == "000004,Comune 000004,Sondrio,Lombardia,100001,population_file,711698,203435,162545,58963,2747,1099,"
        + "14000,19642,69000")
  }

  @Test func wholeRegister() {
    let register = Register.shipped
    let start = ContinuousClock.now
    let rows = table.rows(for: register.entries)
    let csv = table.csv(rows, dialect: .rfc4180)
    let elapsed = ContinuousClock.now - start
    // Measured, not asserted: timing belongs to the benchmark.
    print("register-wide funding: \(rows.count) comuni in \(elapsed)")
    #expect(rows.count == register.entries.count)
    #expect(rows.count > 7_800)
    let unknown = rows.filter { $0.population.value == nil }
    // The comuni created after 2022 (7): no figure, only the flat SPID/CIE amount.
    #expect(unknown.map(\.entry.istatCode) == ["005122", "012144", "013256", "024128", "025075", "028108", "081025"])
    let spid = try! #require(table.columns.firstIndex { $0.name == "1.4.4_spid_cie" })
    #expect(unknown.allSatisfy { row in row.amounts.indices.allSatisfy { (row.amounts[$0] != nil) == ($0 == spid) } })
    #expect(rows.filter { $0.population.source == .istat2022 }.count == register.entries.count - 9)
    #expect(rows.filter { $0.population.value != nil }.allSatisfy { $0.amounts.last! != nil })
    #expect(csv.split(whereSeparator: \.isNewline).count == rows.count + 1)
  }

  @Test func columnsSayWhichHoldEstimates() {
    let estimates = table.columns.filter(\.hasEstimates).map(\.name)
    // Only the fixed part of 1.2 above 250,000 is uncertain.
    #expect(estimates == ["1.2"])
    let kinds = table.columns.map { "\($0.name):\($0.isClassMinimum ? "min" : $0.component.kind.rawValue)" }
    #expect(
      kinds == [
        "1.2:min", "1.3.1:lump_sum", "1.4.1_website:lump_sum", "1.4.1_per_service:per_service",
        "1.4.3_pagopa_per_service:per_service", "1.4.3_appio_per_service:per_service", "1.4.4_spid_cie:lump_sum",
        "1.4.4_anpr:lump_sum", "1.4.5:lump_sum",
      ])
  }

  @Test func jsonDetailsTheClassOf12() throws {
    let sondrio = try #require(Register.shipped.entry(code: "014061"))
    let json = table.json(table.row(for: sondrio)).serialized(pretty: false, sortKeys: true)
    #expect(json.contains("\"parts\":{\"fixed\":50000,\"mode_a\":9143,\"mode_b\":14437}"))
    #expect(json.contains("\"services\":{\"confirmed\":true,\"max\":14,\"min\":11}"))
    #expect(json.contains("\"1.4.3_appio_per_service\":{\"class\":{\"en\":\"20,001 - 100,000\""))
  }

  /// Above 250,000 inhabitants the fitted fixed part of 1.2 is uncertain, and the json says so.
  @Test func cloudFixedPartAbove250000IsMarkedUncertain() throws {
    let roma = try #require(Register.shipped.entry(code: "058091"))
    let json = table.json(table.row(for: roma)).serialized(pretty: false, sortKeys: true)
    #expect(json.contains("\"1.2\":4409506"))
    #expect(json.contains("\"estimates\":{\"fixed\":\"Uncertain: few awards above 250,000 inhabitants"))
    let sondrio = try #require(Register.shipped.entry(code: "014061"))
    #expect(table.json(table.row(for: sondrio)).serialized(pretty: false, sortKeys: true).contains("\"estimates\":{}"))
  }

  /// Comuni created after 2011 (no census figure) get every amount from the 1/1/2022 population.
  @Test(arguments: [
    ("1.3.1", "20344"), ("1.4.1_website", "51654"), ("1.4.4_spid_cie", "14000"), ("1.4.4_anpr", "8979.20"),
    ("1.4.5", "32589"), ("1.4.3_appio_per_service", "343"), ("1.2", "70606"),
  ])
  func postCensusComuneGetsTheFlatMeasures(column: String, amount: String) throws {
    // Mappano (TO), created in 2017: 7,369 inhabitants at 1/1/2022.
    let mappano = try #require(Register.shipped.entry(code: "001316"))
    #expect(mappano.population2011 == nil)
    let cells = table.cells(table.row(for: mappano))
    let index = try #require(table.header.firstIndex(of: column))
    #expect(cells[4] == "7369" && cells[5] == "istat_2022")
    #expect(cells[index] == amount)
  }

  @Test func populationFile() throws {
    let text = "istat_code;population\n14061;22000\n001316;9500\n"
    let overrides = try RegisterFunding.parsePopulationFile(Data(text.utf8), file: "pop.csv")
    #expect(overrides == ["014061": 22_000, "001316": 9_500])
    let headerless = try RegisterFunding.parsePopulationFile(Data("014061,21000\n".utf8), file: "pop.csv")
    #expect(headerless == ["014061": 21_000])
  }

  @Test func badPopulationFileNamesLineAndColumn() throws {
    let text = "istat_code,population\n014061,22.000\nabc,5\n014061,1\n014061,2\n"
    let error = try #require(throws: InputError.self) {
      try RegisterFunding.parsePopulationFile(Data(text.utf8), file: "pop.csv")
    }
    #expect(error.diagnostics.map(\.line) == [2, 3, 5])
    #expect(error.diagnostics.map(\.column) == [2, 1, 1])
    #expect(error.diagnostics[0].value == "22.000")
  }
}
