import Foundation
import Testing

@testable import NuvolaKit

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
        + "1.2,1.3.1,1.4.1_website,1.4.3_pagopa,1.4.4_spid_cie,1.4.4_anpr,1.4.5")
  }

  @Test func sondrioRow() throws {
    let sondrio = try #require(Register.shipped.entry(code: "014061"))
    let row = table.row(for: sondrio)
    #expect(
      table.cells(row) == [
        "014061", "Sondrio", "Sondrio", "Lombardia", "21642", "istat_2011", "252118", "30515", "87682",
        "1821",
        "14000", "14030", "59966",
      ])
  }

  @Test func rowsForAFewComuni() {
    let rows = table.rows(
      for: [
        Self.entry("000001", population: 4_000), Self.entry("000002", population: nil),
        Self.entry("000003", population: 2_500), Self.entry("000004", population: nil),
      ],
      overrides: ["000004": 100_001])
    let csv = table.csv(rows)
    let lines = csv.split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    #expect(
      lines[1]
        == "000001,Comune 000001,Sondrio,Lombardia,4000,istat_2011,,10172,28902,607,14000,6173.20,23147")
    // No population: empty cells, never 0.
    #expect(lines[2] == "000002,Comune 000002,Sondrio,Lombardia,,unknown,,,,,,,")
    #expect(
      lines[3]
        == "000003,Comune 000003,Sondrio,Lombardia,2500,istat_2011,47427,10172,28902,607,14000,3928.40,23147")
    #expect(
      lines[4].hasPrefix("000004,Comune 000004,Sondrio,Lombardia,100001,population_file,,203435,162545,2747,")
    )
  }

  @Test func wholeRegister() {
    let register = Register.shipped
    let start = ContinuousClock.now
    let rows = table.rows(for: register.entries)
    let csv = table.csv(rows)
    let elapsed = ContinuousClock.now - start
    // Measured, not asserted: timing belongs to the benchmark.
    print("register-wide funding: \(rows.count) comuni in \(elapsed)")
    #expect(rows.count == register.entries.count)
    #expect(rows.count > 7_800)
    let unknown = rows.filter { $0.population.value == nil }
    #expect(unknown.allSatisfy { $0.amounts.allSatisfy { $0 == nil } })
    #expect(rows.filter { $0.population.value != nil }.allSatisfy { $0.amounts.last! != nil })
    #expect(csv.split(separator: "\n").count == rows.count + 1)
  }

  @Test func columnsSayWhichHoldEstimates() {
    let estimates = table.columns.filter(\.hasEstimates).map(\.name)
    #expect(estimates == ["1.2", "1.4.1_website"])
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
