import Foundation
import NuvolaReports
import Testing

/// `docs/json-output.md` names every table and column the reports write, so the documented
/// contract cannot drift from the output.
@Suite struct ReportJSONDocTests {
  @Test(arguments: ReportAudience.allCases)
  func everyTableAndColumnIsDocumented(audience: ReportAudience) throws {
    let doc = try RepositoryFiles.text("docs/json-output.md")
    let document = ReportFixtures.document(audience, .it)
    for table in document.tables {
      #expect(doc.contains("| `\(table.id)` |"), "table \(table.id) is not documented")
      for column in table.columns {
        #expect(doc.contains("`\(column.id)`"), "column \(table.id).\(column.id) is not documented")
      }
    }
    for fact in document.facts { #expect(doc.contains("`\(fact.id)`"), "fact \(fact.id) is not documented") }
  }

  @Test func theFilesAreNamedAsDocumented() {
    let names = Reports.render(ReportFixtures.document(.grantWriter, .en), as: .csv).map(\.name)
    #expect(names.contains("grant-writer-cloud-services.en.csv"))
    #expect(Reports.render(ReportFixtures.document(.mayor, .en), as: .json).map(\.name) == ["mayor.en.json"])
  }
}
