import NuvolaIngest
import NuvolaModel
import NuvolaSupport
import Testing

/// One test per class of bad input, read from a JSON document: each checks the file, line, column,
/// JSON path, value and expectation of the diagnostic.
@Suite struct IngestJSONInventoryTests {
  let temporary: IngestTemporaryFolder

  init() throws { temporary = try IngestTemporaryFolder() }

  func diagnostics(_ change: (inout String) -> Void) throws -> (file: String, diagnostics: [Diagnostic]) {
    let file = try IngestFixtures.jsonFile(in: temporary, change: change)
    return (file, IngestFixtures.diagnostics(file))
  }

  @Test func fixtureReads() throws {
    let file = try IngestFixtures.jsonFile(in: temporary)
    #expect(try InventoryReader().read(path: file) == IngestFixtures.expected)
  }

  @Test func wrongType() throws {
    let (file, problems) = try diagnostics {
      $0.replaceOnce("\"ram_gb\": 16}", with: "\"ram_gb\": \"dieci\"}")
    }
    #expect(problems.count == 1)
    let problem = try #require(problems.first)
    #expect(problem.file == file)
    #expect(problem.line == 10 && problem.column == 82)
    #expect(problem.path == "$.assets[1].ram_gb")
    #expect(problem.value == "dieci")
    #expect(problem.message == "not a whole number")
    #expect(problem.expected == "a whole number from 0 to 65536")
    #expect(
      problem.description == "\(file):10:82: at $.assets[1].ram_gb: not a whole number (found \"dieci\"); "
        + "expected a whole number from 0 to 65536")
  }

  @Test func negativeNumber() throws {
    let (_, problems) = try diagnostics { $0.replaceOnce("\"ram_gb\": 256", with: "\"ram_gb\": -4") }
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.line == 9 && problem.column == 99)
    #expect(problem.path == "$.assets[0].ram_gb")
    #expect(problem.value == "-4")
    #expect(problem.message == "negative number")
    #expect(problem.expected == "a whole number from 0 to 65536")
  }

  @Test func absurdNumbers() throws {
    let (_, problems) = try diagnostics {
      $0.replaceOnce("\"purchase_year\": 2019", with: "\"purchase_year\": 2150")
      $0.replaceOnce("\"population\": 21642", with: "\"population\": 50000000")
    }
    #expect(problems.count == 2)
    let population = try #require(problems.first)
    #expect(population.line == 4 && population.column == 71)
    #expect(population.path == "$.comune.population")
    #expect(population.value == "50000000")
    #expect(population.message == "out of range: more than 5000000")
    #expect(population.expected == "a whole number from 0 to 5000000")
    let year = try #require(problems.last)
    #expect(year.line == 9 && year.column == 83)
    #expect(year.path == "$.assets[0].purchase_year")
    #expect(year.value == "2150")
    #expect(year.message == "out of range: more than 2100")
    #expect(year.expected == "a whole number from 1970 to 2100")
  }

  @Test func invalidDate() throws {
    let (_, problems) = try diagnostics { $0.replaceOnce("2025-03-01", with: "2025-02-30") }
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.line == 4 && problem.column == 96)
    #expect(problem.path == "$.comune.inventory_date")
    #expect(problem.value == "2025-02-30")
    #expect(problem.message == "no such day")
    #expect(problem.expected == "a date YYYY-MM-DD (or GG/MM/AAAA)")
  }

  @Test func unknownISTATCode() throws {
    let (file, problems) = try diagnostics { $0.replaceOnce("\"014061\"", with: "\"999999\"") }
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.file == file)
    #expect(problem.line == 4 && problem.column == 28)
    #expect(problem.path == "$.comune.istat_code")
    #expect(problem.value == "999999")
    #expect(problem.message == "no comune has this ISTAT code in the register")
    #expect(problem.expected == "a 6-digit ISTAT code of a comune in the register (e.g. 014061 for Sondrio)")
  }

  @Test func danglingReference() throws {
    let (_, problems) = try diagnostics {
      $0.replaceOnce("\"asset\": \"vm1\"},", with: "\"asset\": \"vm9\"},")
    }
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.line == 13 && problem.column == 75)
    #expect(problem.path == "$.applications[0].asset")
    #expect(problem.value == "vm9")
    #expect(problem.message == "no record in assets has this id")
    #expect(problem.expected == "the id of a record in assets (ids in assets: esx1, vm1)")
  }

  @Test func duplicateID() throws {
    let (_, problems) = try diagnostics {
      $0.replaceOnce(
        "\"kind\": \"ced\"}\n", with: "\"kind\": \"ced\"},\n    {\"id\": \"ced\", \"name\": \"Sala 2\"}\n")
    }
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.line == 7 && problem.column == 12)
    #expect(problem.path == "$.sites[1].id")
    #expect(problem.value == "ced")
    #expect(
      problem.message == "duplicate id: another record in sites has it (first at $.sites[0].id, line 6)")
    #expect(problem.expected == "an id used by one record only in sites")
  }

  @Test func unknownKey() throws {
    let (_, problems) = try diagnostics { $0.replaceOnce("\"ram_gb\": 16}", with: "\"ram\": 16}") }
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.line == 10 && problem.column == 72)
    #expect(problem.path == "$.assets[1].ram")
    #expect(problem.value == "ram")
    #expect(problem.message == "unknown key \"ram\" (did you mean ram_gb?)")
    #expect(problem.expected?.hasPrefix("one of the keys id, kind, name, site, host,") == true)
  }

  @Test func unknownTopLevelKeyAndWrongFormat() throws {
    let (_, problems) = try diagnostics {
      $0.replaceOnce("\"version\": 1,", with: "\"version\": 2, \"site\": [],")
      $0.replaceOnce("\"nuvola-inventory\"", with: "\"other\"")
    }
    #expect(problems.count == 3)
    #expect(problems.map(\.path) == ["$.format", "$.version", "$.site"])
    #expect(problems[0].message == "not a Nuvola inventory" && problems[0].value == "other")
    #expect(
      problems[1].message == "unsupported version of the inventory format" && problems[1].expected == "1")
    #expect(problems[2].message == "unknown key \"site\" (did you mean sites?)")
    #expect(
      problems[2].expected == "one of the keys format, version, comune, sites, assets, applications, links")
  }

  @Test func missingRequiredKey() throws {
    let (_, problems) = try diagnostics { $0.replaceOnce("\"kind\": \"vm\", ", with: "") }
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.line == 10 && problem.column == 5)
    #expect(problem.path == "$.assets[1].kind")
    #expect(problem.value == nil)
    #expect(problem.message == "the required key \"kind\" is missing")
    #expect(problem.expected?.hasPrefix("one of server, virtualization_host") == true)
  }

  @Test func missingComune() throws {
    let file = try temporary.write("{\"format\": \"nuvola-inventory\", \"sites\": []}", to: "x.json")
    let problems = IngestFixtures.diagnostics(file)
    #expect(problems.count == 1)
    #expect(problems.first?.path == "$.comune")
    #expect(problems.first?.message == "the required key \"comune\" is missing")
  }

  @Test func malformedJSON() throws {
    let (file, problems) = try diagnostics { $0.replaceOnce("\"version\": 1,", with: "\"version\": 1") }
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.file == file)
    #expect(problem.line == 4 && problem.column == 3)
    #expect(problem.value == "\"")
    #expect(problem.message == "invalid JSON: unexpected character after a member of an object")
    #expect(problem.expected == "',' or '}'")
  }

  @Test func badUTF8InJSON() throws {
    var bytes = Array(IngestFixtures.json.utf8)
    let offset = try #require(bytes.firstIndex(of: UInt8(ascii: "S")))  // "Sondrio"
    bytes[offset] = 0xFF
    let file = try temporary.write(bytes, to: "bad.json")
    let problem = try #require(IngestFixtures.diagnostics(file).first)
    #expect(problem.line == 4 && problem.column == 47)
    #expect(problem.message == "invalid JSON: invalid UTF-8: byte 0xFF at byte offset \(offset)")
  }

  @Test func emptyFile() throws {
    let file = try temporary.write("", to: "empty.json")
    let problems = IngestFixtures.diagnostics(file)
    #expect(problems.count == 1)
    #expect(problems.first?.file == file)
    #expect(problems.first?.line == nil)
    #expect(problems.first?.message == "empty file")
  }

  @Test func severalErrorsAreReportedTogetherInFileOrder() throws {
    let (file, problems) = try diagnostics {
      $0.replaceOnce("\"asset\": \"vm1\"},", with: "\"asset\": \"vm9\"},")
      $0.replaceOnce("\"ram_gb\": 16}", with: "\"ram_gb\": \"dieci\"}")
      $0.replaceOnce("\"014061\"", with: "\"999999\"")
      $0.replaceOnce("\"kind\": \"ced\"}", with: "\"kind\": \"ced\", \"ups\": \"forse\", \"pue\": 9}")
    }
    #expect(problems.allSatisfy { $0.file == file })
    #expect(
      problems.map(\.path) == [
        "$.comune.istat_code", "$.sites[0].ups", "$.sites[0].pue", "$.assets[1].ram_gb",
        "$.applications[0].asset",
      ])
    #expect(problems.map(\.line) == [4, 6, 6, 10, 13])
  }

  @Test func validationIsSkippedWhenTheStructureIsBroken() throws {
    // An asset that is not an object shifts nothing in the report: no consequences are reported.
    let (_, problems) = try diagnostics { $0.replaceOnce("{\"id\": \"vm1\"", with: "7, {\"id\": \"vm1\"") }
    #expect(problems.count == 1)
    #expect(problems.first?.path == "$.assets[1]")
    #expect(problems.first?.message == "a number where an object is needed")
  }

  @Test func arraysMayBeAbsentOrNull() throws {
    let file = try temporary.write(
      "{\"comune\": {\"istat_code\": \"014061\"}, \"links\": null}", to: "min.json")
    #expect(try InventoryReader().read(path: file) == Inventory(comune: Comune(istatCode: "014061")))
  }
}
