import Foundation
import NuvolaIngest
import NuvolaModel
import NuvolaSupport
import Testing

/// One test per class of bad input, read from a folder of CSV sheets: each checks the sheet, line,
/// column, value and expectation of the diagnostic.
@Suite struct IngestCSVInventoryTests {
  let temporary: IngestTemporaryFolder

  init() throws { temporary = try IngestTemporaryFolder() }

  func diagnostics(_ change: (inout [String: String]) -> Void) throws -> (
    folder: String, diagnostics: [Diagnostic]
  ) {
    let folder = try IngestFixtures.csvFolder(in: temporary, change: change)
    return (folder, IngestFixtures.diagnostics(folder))
  }

  @Test func fixtureReads() throws {
    let folder = try IngestFixtures.csvFolder(in: temporary)
    #expect(try InventoryReader().read(path: folder) == IngestFixtures.expected)
  }

  @Test func optionalSheetsMayBeAbsentOrEmpty() throws {
    let folder = try IngestFixtures.csvFolder(in: temporary) { sheets in
      sheets = ["comune.csv": sheets["comune.csv"] ?? "", "links.csv": ""]
    }
    try temporary.write("not a sheet", to: "sondrio/README.txt")
    let inventory = try InventoryReader().read(path: folder)
    #expect(inventory == Inventory(comune: IngestFixtures.expected.comune))
  }

  @Test func wrongType() throws {
    let (folder, problems) = try diagnostics {
      $0.replaceOnce(in: "assets.csv", "2020,16", with: "2020,dieci")
    }
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.file == folder + "/assets.csv")
    #expect(problem.line == 3 && problem.column == 6)
    #expect(problem.path == "assets.csv column ram_gb")
    #expect(problem.value == "dieci")
    #expect(problem.message == "not a whole number")
    #expect(problem.expected == "a whole number from 0 to 65536")
  }

  @Test func negativeNumber() throws {
    let (_, problems) = try diagnostics { $0.replaceOnce(in: "assets.csv", "2019,256", with: "2019,-4") }
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.line == 2 && problem.column == 6)
    #expect(problem.value == "-4")
    #expect(problem.message == "negative number")
    #expect(problem.expected == "a whole number from 0 to 65536")
  }

  @Test func absurdNumbers() throws {
    let (folder, problems) = try diagnostics {
      $0.replaceOnce(in: "assets.csv", "2019,256", with: "2150,256")
      $0.replaceOnce(in: "comune.csv", "21642", with: "50000000")
    }
    #expect(problems.count == 2)
    let population = try #require(problems.first)
    #expect(population.file == folder + "/comune.csv")
    #expect(population.line == 2 && population.column == 3)
    #expect(population.path == "comune.csv column population")
    #expect(population.value == "50000000")
    #expect(population.message == "out of range: more than 5000000")
    #expect(population.expected == "a whole number from 0 to 5000000")
    let year = try #require(problems.last)
    #expect(year.file == folder + "/assets.csv")
    #expect(year.line == 2 && year.column == 5)
    #expect(year.value == "2150")
    #expect(year.expected == "a whole number from 1970 to 2100")
  }

  @Test func invalidDate() throws {
    let (_, problems) = try diagnostics { $0.replaceOnce(in: "comune.csv", "2025-03-01", with: "2025-02-30") }
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.line == 2 && problem.column == 4)
    #expect(problem.path == "comune.csv column inventory_date")
    #expect(problem.value == "2025-02-30")
    #expect(problem.message == "no such day")
    #expect(problem.expected == "a date YYYY-MM-DD (or GG/MM/AAAA)")
  }

  @Test func unknownISTATCode() throws {
    let (folder, problems) = try diagnostics { $0.replaceOnce(in: "comune.csv", "014061", with: "999999") }
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.file == folder + "/comune.csv")
    #expect(problem.line == 2 && problem.column == 1)
    #expect(problem.path == "comune.csv column istat_code")
    #expect(problem.value == "999999")
    #expect(problem.message == "no comune has this ISTAT code in the register")
    #expect(problem.expected == "a 6-digit ISTAT code of a comune in the register (e.g. 014061 for Sondrio)")
  }

  @Test func istatCodeWithoutLeadingZero() throws {
    let (_, problems) = try diagnostics { $0.replaceOnce(in: "comune.csv", "014061", with: "14061") }
    #expect(
      problems.first?.message
        == "not a 6-digit ISTAT code (with its leading zeros it would be 014061, Sondrio)")
  }

  @Test func danglingReference() throws {
    let (folder, problems) = try diagnostics {
      $0.replaceOnce(in: "applications.csv", "anagrafe,vm1,", with: "anagrafe,vm9,")
    }
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.file == folder + "/applications.csv")
    #expect(problem.line == 2 && problem.column == 4)
    #expect(problem.path == "applications.csv column asset")
    #expect(problem.value == "vm9")
    #expect(problem.message == "no record in assets has this id")
    #expect(problem.expected == "the id of a record in assets (ids in assets: esx1, vm1)")
  }

  @Test func duplicateID() throws {
    let (_, problems) = try diagnostics {
      $0.replaceOnce(in: "sites.csv", "ced,CED municipio,ced\n", with: "ced,CED municipio,ced\nced,Sala 2,\n")
    }
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.line == 3 && problem.column == 1)
    #expect(problem.path == "sites.csv column id")
    #expect(problem.value == "ced")
    #expect(problem.message == "duplicate id: another record in sites has it (first at line 2)")
    #expect(problem.expected == "an id used by one record only in sites")
  }

  @Test func unknownColumn() throws {
    let (_, problems) = try diagnostics {
      $0.replaceOnce(in: "assets.csv", "purchase_year,ram_gb", with: "purchase_year,ram_g")
    }
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.line == 1 && problem.column == 6)
    #expect(problem.path == "assets.csv column ram_g")
    #expect(problem.value == "ram_g")
    #expect(problem.message == "unknown column \"ram_g\" (did you mean ram_gb?)")
    #expect(problem.expected?.hasPrefix("one of the columns id, kind, name, site, host, quantity,") == true)
  }

  @Test func missingRequiredColumn() throws {
    let (folder, problems) = try diagnostics { $0["assets.csv"] = "id,site\nesx1,ced\n" }
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.file == folder + "/assets.csv")
    #expect(problem.line == 1 && problem.column == nil)
    #expect(problem.path == "assets.csv column kind")
    #expect(problem.message == "the required column kind is missing")
    #expect(problem.expected?.hasPrefix("a column kind in the header: one of server,") == true)
  }

  @Test func requiredValueMissing() throws {
    let (_, problems) = try diagnostics { $0.replaceOnce(in: "sites.csv", "ced,CED municipio", with: "ced,") }
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.line == 2 && problem.column == 2)
    #expect(problem.value == "")
    #expect(problem.message == "required value is missing")
    #expect(problem.expected == "text of at most 200 characters")
  }

  @Test func unclosedQuote() throws {
    let (folder, problems) = try diagnostics {
      $0.replaceOnce(in: "assets.csv", "vm1,vm,", with: "vm1,\"vm,")
    }
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.file == folder + "/assets.csv")
    #expect(problem.line == 3 && problem.column == 2)
    #expect(problem.path == "assets.csv column kind")
    #expect(problem.message == "the quote opened here is never closed: the file ends inside this cell")
    #expect(
      problem.expected == "a closing \" at the end of the cell (a \" inside a quoted cell is written \"\")")
  }

  @Test func wrongColumnCount() throws {
    let (_, problems) = try diagnostics {
      $0.replaceOnce(in: "assets.csv", "esx1,2020,16", with: "esx1,2020")
    }
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.line == 3 && problem.column == 5)
    #expect(problem.path == nil)
    #expect(problem.message == "the row has 5 cells but the header has 6")
    #expect(problem.expected == "6 cells separated by ','")
  }

  @Test func badUTF8() throws {
    let folder = try IngestFixtures.csvFolder(in: temporary)
    let bytes = Array("id,name,kind\nced,CED m".utf8) + [0xFF] + Array("unicipio,ced\n".utf8)
    try temporary.write(bytes, to: "sondrio/sites.csv")
    let problem = try #require(IngestFixtures.diagnostics(folder).first)
    #expect(problem.file == folder + "/sites.csv")
    #expect(problem.line == 2 && problem.column == 2)
    #expect(problem.path == "sites.csv column name")
    #expect(problem.message == "invalid UTF-8: byte 0xFF at byte offset 22")
    #expect(problem.expected == "text encoded as UTF-8 (in a spreadsheet: save as \"CSV UTF-8\")")
  }

  @Test func emptyComuneSheet() throws {
    let (folder, problems) = try diagnostics { $0["comune.csv"] = "" }
    #expect(problems.count == 1)
    #expect(problems.first?.file == folder + "/comune.csv")
    #expect(problems.first?.message == "empty file")
  }

  @Test func comuneSheetNeedsExactlyOneRow() throws {
    let (_, none) = try diagnostics { $0["comune.csv"] = "istat_code,name\n" }
    #expect(none.map(\.message) == ["comune.csv has no data row"])
    let (_, two) = try diagnostics { $0["comune.csv"] = "istat_code\n014061\n014062\n" }
    #expect(two.map(\.message) == ["comune.csv has more than one data row"])
    #expect(two.first?.line == 3)
  }

  @Test func severalErrorsAcrossSheetsAreReportedTogether() throws {
    let (folder, problems) = try diagnostics {
      $0.replaceOnce(in: "applications.csv", "anagrafe,vm1,", with: "anagrafe,vm9,")
      $0.replaceOnce(in: "assets.csv", "2020,16", with: "2020,dieci")
      $0.replaceOnce(in: "comune.csv", "014061", with: "999999")
      $0.replaceOnce(in: "links.csv", "ftth,1000", with: "fibra,mille")
    }
    #expect(
      problems.map(\.file) == ["comune", "assets", "applications", "links"].map { folder + "/\($0).csv" })
    #expect(problems.map(\.line) == [2, 3, 2, 2])
    #expect(problems.map(\.column) == [1, 6, 4, 4])
    #expect(problems.map(\.value) == ["999999", "dieci", "vm9", "mille"])
  }

  @Test func brokenStructureStillReportsTheComuneButNoConsequences() throws {
    let (_, problems) = try diagnostics {
      $0.replaceOnce(in: "comune.csv", "014061", with: "999999")
      $0.replaceOnce(in: "assets.csv", "vm1,vm,,esx1,2020,16", with: "vm1,vm,,esx1,2020")
    }
    // The malformed row is not read, so the applications on vm1 would dangle: that is not reported.
    #expect(
      problems.map(\.message) == [
        "no comune has this ISTAT code in the register", "the row has 5 cells but the header has 6",
      ])
  }

  @Test func blankRowsAndHeaderSpellingAreForgiven() throws {
    let folder = try IngestFixtures.csvFolder(in: temporary) {
      $0["sites.csv"] = " ID , Name ,KIND\n,,\nced,CED municipio,CED\n,,\n"
    }
    let inventory = try InventoryReader().read(path: folder)
    #expect(inventory.sites == IngestFixtures.expected.sites)
  }

  @Test func semicolonBOMCRLFFolderReads() throws {
    let fixtures = try #require(
      Bundle.module.url(forResource: "ingest", withExtension: nil, subdirectory: "Fixtures"))
    let inventory = try InventoryReader().read(
      path: fixtures.appendingPathComponent("sondrio-semicolon").path)
    var expected = IngestFixtures.expected
    expected.links[0].down = 1000.5
    expected.comune.ictSpend = Money(cents: 1_234_550)
    expected.sites[0].name = "CED; municipio \"centrale\""
    // The sheet writes "SÒNDRIO": the reader keeps the register's spelling of the name.
    expected.comune.name = "Sondrio"
    #expect(inventory == expected)
  }
}
