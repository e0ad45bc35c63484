import Foundation
import Testing

@testable import NuvolaEngine
@testable import NuvolaFormats
@testable import NuvolaIngest
@testable import NuvolaSupport

/// The CSV dialects: what Italian spreadsheets open as columns, and what scripts read.
@Suite struct IngestCSVDialectTests {
  let keys = ["istat_code", "name", "1.2", "1.2_assegnato", "amount"]
  let cells = ["014061", "Sondrio", "=HYPERLINK(\"x\")", "-59477", "1234.5"]

  func document(_ dialect: CSVDialect) -> String {
    let writer = CSVWriter(dialect: dialect)
    var row = cells
    row[4] = writer.number(row[4])
    return writer.document(header: dialect.header(keys, language: .it), rows: [row])
  }

  @Test func italianSpreadsheetDialect() {
    #expect(
      document(.excelItalian)
        == "\u{FEFF}Codice ISTAT;Comune;1.2;1.2_assegnato;Importo (EUR)\r\n"
        + "014061;Sondrio;\"'=HYPERLINK(\"\"x\"\")\";-59477;1234,5\r\n")
  }

  @Test func scriptsDialect() {
    #expect(
      document(.rfc4180)
        == "istat_code,name,1.2,1.2_assegnato,amount\n014061,Sondrio,\"'=HYPERLINK(\"\"x\"\")\",-59477,1234.5\n"
    )
  }

  /// What a spreadsheet set to Italian does with the file: `;` found as the separator, the byte-order
  /// mark dropped, every cell in its own column, the decimal comma read as a number, the negative
  /// amount a number rather than text.
  @Test func theItalianDialectOpensAsColumns() throws {
    let text = document(.excelItalian)
    let table = try CSVReader().read(Array(text.utf8), file: "out.csv")
    #expect(table.separator == UInt8(ascii: ";"))
    #expect(table.header?.texts == ["Codice ISTAT", "Comune", "1.2", "1.2_assegnato", "Importo (EUR)"])
    let row = try #require(table.rows.first)
    #expect(row.texts.count == 5)
    #expect(
      FieldDecoder.decode(
        cell: row.texts[4], kind: .decimal(0...10_000), canonicalCode: nil, numbers: .italian)
        == .success(.decimal(1234.5)))
    #expect(
      FieldDecoder.decode(cell: row.texts[3], kind: .money(-100_000...0), canonicalCode: nil)
        == .success(.money(Money(cents: -5_947_700))))
  }

  @Test func dialectsByName() {
    #expect(CSVDialect(named: "excel-it") == .excelItalian)
    #expect(CSVDialect(named: "rfc4180") == .rfc4180)
    #expect(CSVDialect(named: "excel") == nil)
    #expect(CSVDialect.all.first == .excelItalian)
  }

  @Test func titlesInEachLanguageAndKeysWithoutOne() {
    let titles = CSVColumnTitles.shipped
    #expect(titles.title(of: "istat_code", language: .it) == "Codice ISTAT")
    #expect(titles.title(of: "istat_code", language: .en) == "ISTAT code")
    #expect(titles.title(of: "1.4.4_spid_cie", language: .it) == "1.4.4_spid_cie")
    for key in RegisterFunding.fixedHeader { #expect(titles.hasTitle(key), "\(key)") }
    #expect(CSVDialect.rfc4180.header(["istat_code"], language: .it) == ["istat_code"])
  }

  @Test func codedValuesReadAsWordsInSpreadsheets() {
    let label = BilingualText(it: "migliorato", en: "improved")
    #expect(CSVDialect.excelItalian.value("improved", label: label, language: .it) == "migliorato")
    #expect(CSVDialect.rfc4180.value("improved", label: label, language: .it) == "improved")
    #expect(CSVDialect.excelItalian.flag(true, language: .it) == "sì")
    #expect(CSVDialect.excelItalian.flag(true, language: .en) == "yes")
    #expect(CSVDialect.rfc4180.flag(false, language: .it) == "no")
  }
}
