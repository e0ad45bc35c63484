import Foundation
import Testing

@testable import NuvolaIngest
@testable import NuvolaModel

/// The CSV sheets of a folder named by their Italian titles and aliases, in any case, and with
/// Italian column headers; a CSV file naming no sheet is an error naming it.
@Suite struct IngestCSVSheetNamesTests {
  let temporary: IngestTemporaryFolder

  init() throws { temporary = try IngestTemporaryFolder() }

  /// The fixture folder with files renamed (`from` -> `to`).
  func folder(renaming names: [String: String], change: (inout [String: String]) -> Void = { _ in }) throws
    -> String
  {
    try IngestFixtures.csvFolder(in: temporary) { sheets in
      change(&sheets)
      for (from, to) in names {
        sheets[to] = sheets.removeValue(forKey: from)
      }
    }
  }

  @Test func italianAndOddlyCasedNamesAreTheSheets() throws {
    let path = try folder(renaming: [
      "comune.csv": "Comune.CSV", "sites.csv": "sites.CSV", "assets.csv": "Server.csv",
      "applications.csv": "Applicazioni.csv", "links.csv": "Connettività.csv",
    ])
    #expect(try InventoryReader().read(path: path) == IngestFixtures.expected)
  }

  @Test func italianHeadersAreAccepted() throws {
    let path = try IngestFixtures.csvFolder(in: temporary) { sheets in
      sheets.replaceOnce(
        in: "comune.csv", "istat_code,name,population", with: "Codice ISTAT,Nome,Popolazione")
      sheets.replaceOnce(in: "assets.csv", "purchase_year,ram_gb", with: "Anno di acquisto,RAM (GB)")
    }
    #expect(try InventoryReader().read(path: path) == IngestFixtures.expected)
  }

  @Test func aCSVFileNamingNoSheetIsAnError() throws {
    let path = try folder(renaming: ["sites.csv": "sitess.csv"])
    try temporary.write("note", to: "sondrio/LEGGIMI.csv")
    try temporary.write("free text", to: "sondrio/notes.txt")
    let problems = IngestFixtures.diagnostics(path)
    #expect(problems.count == 1)
    #expect(problems.first?.file == path + "/sitess.csv")
    #expect(
      problems.first?.message == "a CSV file that is no sheet of the inventory (did you mean sites.csv?)")
    #expect(problems.first?.expected?.hasPrefix("sheets named Comune (comune), Siti (sites),") == true)
  }

  @Test func twoFilesOfOneSheetAreAnError() throws {
    let path = try IngestFixtures.csvFolder(in: temporary) { sheets in
      sheets["Apparati.csv"] = sheets["assets.csv"]
    }
    let problems = IngestFixtures.diagnostics(path)
    #expect(problems.map(\.message) == ["a second sheet of assets (the first is Apparati.csv)"])
  }

  @Test func theTemplatesExplanationRowIsSkipped() throws {
    let path = try IngestFixtures.csvFolder(in: temporary) { sheets in
      sheets.replaceOnce(in: "sites.csv", "id,name,kind\n", with: "id,name,kind\nℹ Codice,ℹ Nome,\n")
    }
    #expect(try InventoryReader().read(path: path) == IngestFixtures.expected)
  }

  @Test func everyExampleOfTheLabelsIsAValidValue() {
    check(Comune.self)
    check(Site.self)
    check(Asset.self)
    check(Application.self)
    check(Link.self)
  }

  func check<R: InventoryRecord>(_ record: R.Type) {
    let labels = InventoryLabels.shipped
    for (position, column) in labels.columns(R.recordType).enumerated() {
      #expect(labels.position(R.recordType, header: column.header) == position)
      guard !column.example.isEmpty else { continue }
      let field = R.fields[position]
      let decoded = FieldDecoder.decode(.cell(column.example), for: field)
      #expect((try? decoded.get()) != nil, "\(R.recordType.plural).\(column.name): \(column.example)")
    }
  }
}
