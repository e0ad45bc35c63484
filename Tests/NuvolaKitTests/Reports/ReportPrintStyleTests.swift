import Testing

@testable import NuvolaReports

/// The A4 print stylesheet: running header, page numbers, rows and cards kept whole, words never cut
/// except in columns of codes, and the mayor's paper leaving details to the other reports.
@Suite struct ReportPrintStyleTests {
  @Test func runningHeaderAndPageNumbersInTheReportsLanguage() {
    let italian = HTMLPrintStyle(ReportFixtures.document(.itManager, .it)).css
    #expect(
      italian.contains(
        "@top-left { content: \"Comune di Sondrio (SO), codice ISTAT 014061 · situazione al 04/12/2026\"; }"))
    #expect(italian.contains("@bottom-right { content: \"Pagina \" counter(page) \" di \" counter(pages); }"))
    #expect(!italian.contains("report-footer::before"))
    let english = HTMLPrintStyle(ReportFixtures.document(.mayor, .en)).css
    #expect(english.contains("· as of 2026-12-04\"; }"))
    #expect(english.contains("\"Page \" counter(page) \" of \" counter(pages)"))
    #expect(english.contains(".report-footer::before { content: \"On paper this report leaves"))
  }

  @Test func textCannotLeaveTheCSSString() {
    #expect(HTMLPrintStyle.string("a\"b\\c</style>'&\nd") == #""a\22 b\5C c\3C /style\3E \27 \26 \A d""#)
  }

  @Test func printRulesKeepRowsCardsAndWordsWhole() throws {
    let css = try #require(HTMLStyle.css.components(separatedBy: "@media print {").last)
    #expect(css.contains("@page { size: A4;"))
    #expect(css.contains("thead { display: table-header-group; }"))
    #expect(css.contains("tr, .record, figure, .chart-figure, .note"))
    #expect(css.contains("break-inside: avoid"))
    #expect(css.contains("th, td { padding: .15rem .3rem; overflow-wrap: break-word; word-break: normal;"))
    #expect(css.contains(".report-mayor #pnrr, .report-mayor #sources { display: none; }"))
    let html = Reports.render(ReportFixtures.document(.itManager, .it), as: .html)[0].contents
    #expect(html.contains("<td class=\"any\">"))
  }
}
