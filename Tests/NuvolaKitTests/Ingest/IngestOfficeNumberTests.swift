import Foundation
import NuvolaModel
import NuvolaSupport
import Testing

@testable import NuvolaIngest

/// Numbers the way Italian offices write them: thousands points, decimal commas, and the one
/// ambiguous form (`2.000` in a decimal field) that the rest of the file must settle or is an error.
@Suite struct IngestOfficeNumberTests {
  let temporary: IngestTemporaryFolder

  init() throws { temporary = try IngestTemporaryFolder() }

  func cell(_ text: String, _ kind: FieldKind, _ numbers: NumberConvention = .unknown)
    -> Result<FieldValue, FieldProblem>
  {
    FieldDecoder.decode(cell: text, kind: kind, canonicalCode: nil, numbers: numbers)
  }

  @Test func italianFormsParseExactly() {
    #expect(cell("2.000", .integer(0...10_000)) == .success(.integer(2_000)))
    #expect(cell("1.234,5", .decimal(0...10_000)) == .success(.decimal(1_234.5)))
    #expect(cell("300.000,50", .money(0...1_000_000)) == .success(.money(Money(cents: 30_000_050))))
    #expect(cell("300.000,50", .decimal(0...1_000_000)) == .success(.decimal(300_000.5)))
    #expect(cell("1.234.567", .decimal(0...10_000_000)) == .success(.decimal(1_234_567)))
    #expect(cell("-1.234,5", .decimal(-10_000...0)) == .success(.decimal(-1_234.5)))
    // An amount's cents have two digits: `2.000` euro can only be two thousand.
    #expect(cell("2.000", .money(0...10_000)) == .success(.money(Money(cents: 200_000))))
  }

  @Test func aLonePointBeforeThreeDigitsIsAmbiguousInADecimalField() {
    let kind = FieldKind.decimal(0...100_000)
    #expect(
      cell("2.000", kind)
        == .failure(
          FieldProblem(
            message: "ambiguous number: 2000 or 2? Nothing settles it: no other number of the file shows "
              + "whether a point groups thousands",
            value: "2.000",
            expected: "a number from 0 to 100000, written 2000 (no thousands point) or 2,0 (decimal comma)")))
    guard case .failure(let mixed) = cell("12.500", kind, .mixed) else {
      Issue.record("12.500 accepted in a file written both ways")
      return
    }
    #expect(
      mixed.message
        == "ambiguous number: 12500 or 12.5? Nothing settles it: the file writes numbers both ways (1.234,5 and 2.5)"
    )
    #expect(mixed.expected.hasSuffix("written 12500 (no thousands point) or 12,5 (decimal comma)"))
    // The file settles it either way.
    #expect(cell("2.000", kind, .italian) == .success(.decimal(2_000)))
    #expect(cell("2.000", kind, .decimalPoint) == .success(.decimal(2)))
    // Not ambiguous: another number of decimals, or a leading zero.
    #expect(cell("2.5", kind) == .success(.decimal(2.5)))
    #expect(cell("0.125", kind) == .success(.decimal(0.125)))
    #expect(cell("1234.567", kind) == .success(.decimal(1_234.567)))
  }

  @Test func theFileShowsItsConvention() {
    func convention(_ cells: [(String, FieldKind)]) -> NumberConvention {
      var numbers = NumberConvention.unknown
      for (text, kind) in cells { numbers.observe(text, kind: kind) }
      return numbers
    }
    let decimal = FieldKind.decimal(0...1)
    #expect(convention([("2.000", decimal), ("12", decimal)]) == .unknown)
    #expect(convention([("2.000", decimal), ("1.234,5", decimal)]) == .italian)
    #expect(convention([("2,5", decimal)]) == .italian)
    #expect(convention([("1.234.567", .integer(0...1))]) == .italian)
    #expect(convention([("1.500", .money(0...1))]) == .italian)
    #expect(convention([("2.5", decimal)]) == .decimalPoint)
    #expect(convention([("2.5", decimal), ("2,5", decimal)]) == .mixed)
  }

  // MARK: Through the CSV reader

  @Test func anAmbiguousValueIsALocatedErrorNeverASilentTwo() throws {
    let folder = try IngestFixtures.csvFolder(in: temporary) {
      $0.replaceOnce(
        in: "assets.csv", "id,kind,site,host,purchase_year,ram_gb",
        with: "id,kind,site,host,purchase_year,ram_gb,storage_gb")
      $0.replaceOnce(in: "assets.csv", "2019,256", with: "2019,256,2.000")
      $0.replaceOnce(in: "assets.csv", "2020,16", with: "2020,16,")
    }
    let problems = IngestFixtures.diagnostics(folder)
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.file == folder + "/assets.csv")
    #expect(problem.line == 2 && problem.column == 7)
    #expect(problem.path == "assets.csv column storage_gb")
    #expect(problem.value == "2.000")
    #expect(problem.message.hasPrefix("ambiguous number: 2000 or 2?"))
    #expect(problem.expected?.contains("2000 (no thousands point) or 2,0 (decimal comma)") == true)
  }

  @Test func theRestOfTheSheetSettlesTheValue() throws {
    let folder = try IngestFixtures.csvFolder(in: temporary) {
      $0.replaceOnce(
        in: "assets.csv", "id,kind,site,host,purchase_year,ram_gb",
        with: "id;kind;site;host;purchase_year;ram_gb;storage_gb")
      $0.replaceOnce(
        in: "assets.csv", "esx1,virtualization_host,ced,,2019,256",
        with: "esx1;virtualization_host;ced;;2019;256;2.000")
      $0.replaceOnce(in: "assets.csv", "vm1,vm,,esx1,2020,16", with: "vm1;vm;;esx1;2020;16;1.234,5")
    }
    let inventory = try InventoryReader().read(path: folder)
    #expect(inventory.assets.map(\.storage) == [2_000, 1_234.5])
  }

  @Test func trailingEmptyHeaderCellsAreNoColumns() throws {
    let folder = try IngestFixtures.csvFolder(in: temporary) {
      // As Excel writes a sheet whose cells were once used further right: `;;;` after the header and rows.
      $0["links.csv"] = "id;site;technology;down_mbps;;;\r\nl1;ced;ftth;1000;;;\r\n"
      $0.replaceOnce(in: "sites.csv", "id,name,kind", with: "id,name,kind,,")
    }
    #expect(try InventoryReader().read(path: folder) == IngestFixtures.expected)
  }

  @Test func anEmptyHeaderCellBeforeValuesStillFails() throws {
    let folder = try IngestFixtures.csvFolder(in: temporary) {
      $0["links.csv"] = "id;site;technology;down_mbps;;\r\nl1;ced;ftth;1000;;9\r\n"
    }
    let problem = try #require(IngestFixtures.diagnostics(folder).first)
    #expect(problem.file == folder + "/links.csv")
    #expect(problem.line == 2)
    #expect(problem.message == "the row has 6 cells but the header has 4")
  }
}
