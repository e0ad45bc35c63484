import Foundation
import NuvolaFormats
import NuvolaModel
import NuvolaReports
import NuvolaSupport
import Testing

/// What the reports say, beyond their form: unknown stays unknown, estimates stay estimates, every
/// amount keeps its source, the plan sections come only from a plan, and the IT manager gets what
/// the issue asks for.
@Suite struct ReportContentTests {
  @Test func unknownInventoryDateIsSaidAndTheGivenDayUsed() throws {
    var inventory = ReportFixtures.sondrio
    inventory.comune.inventoryDate = nil
    let day = Day(year: 2026, month: 10, day: 15)!
    let inputs = ReportFixtures.inputs(.itManager, inventory: inventory, asOf: day)
    let document = Reports.document(for: .itManager, inputs: inputs, language: .it)
    let facts = Dictionary(uniqueKeysWithValues: document.facts.map { ($0.id, $0.value) })
    #expect(facts["inventory_date"]?.text == "non noto")
    #expect(facts["inventory_date"]?.value == .unknown)
    #expect(facts["as_of"]?.text == "15/10/2026")
    #expect(document.notices.contains { $0.plainText.contains("La data dell'inventario non è nota") })
    #expect(document.asOf == day)
  }

  @Test func estimatesAreMarkedStimaAndAmountsKeepTheirSource() throws {
    let document = ReportFixtures.document(.grantWriter, .it)
    let measures = try #require(document.tables.first { $0.id == "measures" })
    let columns = measures.columns.map(\.id)
    let amount = try #require(columns.firstIndex(of: "amount"))
    let status = try #require(columns.firstIndex(of: "amount_status"))
    let sources = try #require(columns.firstIndex(of: "sources"))
    for row in measures.rows {
      #expect(row[sources].text.hasSuffix("]"), "no source for \(row[0].text)")
      switch row[status].value {
      case .code("estimate"):
        #expect(row[amount].text.contains("(stima)"))
        #expect(row[amount].mark == .estimate)
      case .code("unknown"):
        #expect(row[amount].text == "non noto")
        #expect(row[amount].value == .unknown)
      default:
        #expect(!row[amount].text.contains("stima"))
      }
    }
  }

  @Test func grantWriterHasEveryMeasureWithACandidaturaText() {
    let document = ReportFixtures.document(.grantWriter, .it)
    let ids = document.sections.map(\.id)
    for measure in RulesFixture.book.measures { #expect(ids.contains("measure-" + measure.code)) }
    let texts = document.sections.flatMap(\.blocks).compactMap { block -> String? in
      if case .textBlock(_, _, let text) = block { return text }
      return nil
    }
    // On 04/12/2026 every call is closed: no candidatura text, a clear sentence instead.
    #expect(texts.isEmpty)
    let markdown = Reports.render(document, as: .markdown)[0].contents
    #expect(markdown.contains("Nessun testo di candidatura: al 04/12/2026 nessun avviso di questa misura è aperto"))
    #expect(markdown.contains("chiuso il 12/09/2025"))
    let open = Reports.document(
      for: .grantWriter,
      inputs: ReportFixtures.inputs(.grantWriter, asOf: Day(year: 2024, month: 10, day: 1)), language: .it)
    let openTexts = open.sections.flatMap(\.blocks).compactMap { block -> String? in
      if case .textBlock(_, _, let text) = block { return text }
      return nil
    }
    #expect(openTexts.count >= 1)
    #expect(openTexts.allSatisfy { $0.contains("Comune di Sondrio (SO)") && $0.contains("[Da completare") })
    #expect(ids.contains("dossier"))
  }

  @Test func itManagerHasFindingsCEDCriteriaAndStrategies() {
    let document = ReportFixtures.document(.itManager, .it)
    let tables = Set(document.tables.map(\.id))
    for id in ["findings", "ced_criteria", "strategies", "applications", "assets", "sites", "links"] {
      #expect(tables.contains(id), "no \(id) table")
    }
    let findings = document.tables.first { $0.id == "findings" }
    #expect(findings?.rows.count == ReportFixtures.inputs(.itManager).findings?.count)
  }

  /// Without a plan the mayor's report keeps what exists and invents nothing in place of the plan.
  @Test func withoutAPlanThePlanSectionsAreLeftOut() {
    var inputs = ReportFixtures.inputs(.mayor)
    inputs.plan = nil
    let document = Reports.document(for: .mayor, inputs: inputs, language: .it)
    func ids(_ sections: [ReportSection]) -> [String] {
      sections.flatMap { section in
        [section.id]
          + ids(
            section.blocks.compactMap {
              if case .subsection(let inner) = $0 { return inner }
              return nil
            })
      }
    }
    let all = ids(document.sections)
    for planned in [
      "plan_summary", "costs_now_and_after", "savings", "next_decision", "waves", "costs", "plan_notes",
    ] {
      #expect(!all.contains(planned))
    }
    for kept in ["where_we_are", "pnrr_money", "glossary", "ced", "pnrr", "sources"] {
      #expect(all.contains(kept))
    }
    let withPlan = ids(ReportFixtures.document(.mayor, .it).sections)
    for planned in ["plan_summary", "costs_now_and_after", "savings", "next_decision", "waves", "costs"] {
      #expect(withPlan.contains(planned))
    }
  }

  /// An inventory that knows only its comune still gives every report, unknowns said as such.
  @Test(arguments: ReportAudience.allCases)
  func aBareInventoryRenders(audience: ReportAudience) {
    let inventory = Inventory(comune: Comune(istatCode: "012007", inventoryDate: EngineFixtures.day))
    let document = ReportFixtures.document(audience, .it, inventory: inventory)
    for format in ReportFileFormat.allCases {
      let files = Reports.render(document, as: format)
      #expect(!files.isEmpty)
      #expect(files.allSatisfy { !$0.contents.isEmpty })
    }
    let html = Reports.render(document, as: .html)[0].contents
    #expect(html.contains("Azzio"))
  }

  @Test func englishReportsSpeakEnglishWithEnglishNumbers() {
    let markdown = Reports.render(ReportFixtures.document(.mayor, .en), as: .markdown)[0].contents
    #expect(markdown.contains("# The comune in the cloud"))
    #expect(markdown.contains("EUR 310,000"))
    #expect(!markdown.contains("EUR 310.000"))
    #expect(markdown.contains("2026-12-04"))
  }

  @Test func csvIsItalianSpreadsheetFriendly() throws {
    let files = Reports.render(ReportFixtures.document(.itManager, .it), as: .csv)
    let spend = try #require(files.first { $0.name == "it-manager-spend-by-category.csv" })
    #expect(spend.contents.hasPrefix("\u{FEFF}Categoria;Importo annuo;"))
    #expect(spend.contents.contains("Applicazioni (licenze e canoni);161200;24;2\r\n"))
    // The dialect, not the language, decides the separators: English titles, Italian spreadsheet...
    let english = Reports.render(ReportFixtures.document(.itManager, .en), as: .csv)
    #expect(
      english.contains {
        $0.name == "it-manager-spend-by-category.en.csv" && $0.contents.contains(";161200;")
      })
    // ... or `,` and `.` for scripts, without a byte-order mark.
    let scripts = Reports.render(ReportFixtures.document(.itManager, .en), as: .csv, csvDialect: .rfc4180)
    let plain = try #require(scripts.first { $0.name == "it-manager-spend-by-category.en.csv" })
    #expect(plain.contents.hasPrefix("Category,"))
    #expect(plain.contents.contains(",161200,"))
  }

  @Test func jsonHasSortedKeysAndTypedValues() throws {
    let json = Reports.render(ReportFixtures.document(.grantWriter, .it), as: .json)[0].contents
    #expect(json.hasPrefix("{\n  \"as_of\": \"2026-12-04\",\n  \"facts\": {"))
    let node = try JSONParser().parse(json, file: "grant-writer.json")
    #expect(node["report"]?.value == .string("grant-writer"))
    #expect(node["tables"]?["measures"] != nil)
    #expect(json.contains("\"amount\": 50000"))
    #expect(json.contains("\"amount_status\": \"confirmed\""))
  }

  /// Computing once for every reader (`report --for all`) gives each reader the very document that
  /// computing for that reader alone gives.
  @Test(arguments: ReportAudience.allCases)
  func inputsComputedForAllReadersGiveTheSameDocuments(audience: ReportAudience) {
    let shared = ReportInputs.compute(
      for: ReportAudience.allCases, inventory: ReportFixtures.sondrio, rules: RulesFixture.book,
      register: .shipped, asOf: ReportFixtures.asOf)
    let alone = ReportFixtures.document(audience, .it)
    #expect(Reports.document(for: audience, inputs: shared.only(for: audience), language: .it) == alone)
  }
}
