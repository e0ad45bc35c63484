import Foundation
import NuvolaReports
import NuvolaSupport
import Testing

/// The HTML pages as a browser and a screen reader meet them: one self-contained file, language
/// declared, headings in order, tables with captions and header scopes, charts with a title, a
/// description and a data table, marks with words, a phone viewport and an A4 print stylesheet.
@Suite struct ReportHTMLTests {
  static let cases: [(ReportAudience, Language)] = ReportAudience.allCases.flatMap { audience in
    Language.allCases.map { (audience, $0) }
  }

  func html(_ audience: ReportAudience, _ language: Language) -> String {
    Reports.render(ReportFixtures.document(audience, language), as: .html)[0].contents
  }

  @Test(arguments: cases)
  func selfContainedAndResponsive(audience: ReportAudience, language: Language) {
    let page = html(audience, language)
    #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">"))
    #expect(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
    #expect(page.contains("@media print"))
    #expect(page.contains("size: A4"))
    #expect(page.contains("break-before: page"))
    #expect(page.contains("overflow-x: auto"))
    // Nothing is fetched from elsewhere: no scripts, no external styles or images.
    #expect(!page.contains("<script"))
    #expect(!page.contains("<link"))
    #expect(!page.contains("src="))
    #expect(!page.contains("href=\"http"))
  }

  @Test(arguments: cases)
  func headingsAreInOrder(audience: ReportAudience, language: Language) throws {
    let page = html(audience, language)
    let levels = try Regex("<h([1-6])[ >]").matches(in: page)
    #expect(levels.first == 1)
    #expect(levels.filter { $0 == 1 }.count == 1)
    for (previous, next) in zip(levels, levels.dropFirst()) {
      #expect(next <= previous + 1, "heading h\(next) follows h\(previous)")
    }
  }

  @Test(arguments: cases)
  func tablesHaveCaptionsAndHeaderScopes(audience: ReportAudience, language: Language) {
    let page = html(audience, language)
    let tables = page.components(separatedBy: "<table").count - 1
    #expect(tables > 0)
    #expect(page.components(separatedBy: "<caption>").count - 1 == tables)
    let headers =
      page.components(separatedBy: "<th ").count - 1 + page.components(separatedBy: "<th>").count - 1
    let scoped = page.components(separatedBy: "<th scope=\"").count - 1
    #expect(headers == scoped, "every <th> has a scope")
  }

  @Test(arguments: cases)
  func chartsHaveTextAlternatives(audience: ReportAudience, language: Language) {
    let page = html(audience, language)
    let charts = page.components(separatedBy: "<svg").dropFirst()
    if audience != .grantWriter { #expect(!charts.isEmpty) }
    for chart in charts {
      #expect(chart.hasPrefix(" xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""))
      #expect(chart.contains("role=\"img\""))
      #expect(chart.contains("aria-labelledby="))
      #expect(chart.contains("<title id="))
      #expect(chart.contains("<desc id="))
      // The data table follows the figure.
      let after = chart.components(separatedBy: "</figure>").dropFirst().first ?? ""
      #expect(after.hasPrefix("\n<div class=\"table-wrap\""))
    }
  }

  /// Colour is never the only signal: every mark carries a symbol and a word.
  @Test(arguments: cases)
  func marksHaveSymbolAndWord(audience: ReportAudience, language: Language) throws {
    let page = html(audience, language)
    let marks = page.components(separatedBy: "<span class=\"mark ").dropFirst()
    #expect(!marks.isEmpty)
    for mark in marks {
      let content = mark.components(separatedBy: "</span>").dropFirst().first ?? ""
      #expect(mark.contains("<span class=\"symbol\" aria-hidden=\"true\">"))
      #expect(
        content.trimmingCharacters(in: .whitespaces).count > 1, "a mark without a word: \(mark.prefix(80))")
    }
  }

  @Test func mayorStartsWithTheOnePageSummaryAndExplainsTheJargon() {
    let page = html(.mayor, .it)
    let main = page.components(separatedBy: "<main>")[1]
    #expect(main.hasPrefix("\n<section id=\"one_page\""))
    #expect(!page.contains("<nav class=\"contents\""))
    for word in ["<dt>CED</dt>", "<dt>SaaS</dt>", "<dt>PSN</dt>", "<dt>PNRR</dt>"] {
      #expect(page.contains(word))
    }
  }
}

extension Regex<(Substring, Substring)> {
  /// The heading levels in document order.
  fileprivate func matches(in text: String) -> [Int] {
    text.matches(of: self).compactMap { Int($0.output.1) }
  }
}

/// Tables and section headings written tag by tag give the same markup as attribute lists did.
@Suite struct ReportHTMLMarkupTests {
  func page(_ sections: [ReportSection]) -> String {
    let document = ReportDocument(
      audience: .itManager, language: .it, title: "T", subtitle: "S", istatCode: "014061",
      asOf: Day(year: 2025, month: 1, day: 1)!, sections: sections)
    return Reports.render(document, as: .html)[0].contents
  }

  @Test func hiddenColumnsAreLeftOutAndNumericOnesAlignRight() {
    let table = ReportTable(
      id: "t", caption: "Cap",
      columns: [
        .init("name", "Nome"), .init("site", "Sito", shown: false), .init("cost", "Costo", numeric: true),
      ],
      rows: [[.text("a<b"), .text("hidden"), .text("EUR 1")]])
    #expect(table.shownColumns.map(\.index) == [0, 2])
    let html = page([ReportSection(id: "s", title: "Sezione", blocks: [.table(table)])])
    #expect(
      html.contains(
        "<thead><tr><th scope=\"col\">Nome</th><th scope=\"col\" class=\"num\">Costo</th></tr></thead>"))
    #expect(html.contains("<tr><th scope=\"row\">a&lt;b</th><td class=\"num\">EUR 1</td></tr>"))
    #expect(!html.contains("hidden"))
  }

  @Test func sectionsCarryTheirLevelPageBreakAndEscapedIds() {
    let inner = ReportSection(id: "in\"ner", title: "Dentro", startsPage: true)
    let html = page([
      ReportSection(id: "a&b", title: "Prima", blocks: [.subsection(inner)]),
      ReportSection(id: "c", title: "Seconda", startsPage: false),
    ])
    #expect(
      html.contains(
        "<section id=\"a&amp;b\" class=\"section level-2 page\" aria-labelledby=\"h-a&amp;b\">\n"
          + "<h2 id=\"h-a&amp;b\">Prima</h2>"))
    #expect(
      html.contains(
        "<section id=\"in&quot;ner\" class=\"section level-3\" aria-labelledby=\"h-in&quot;ner\">\n"
          + "<h3 id=\"h-in&quot;ner\">Dentro</h3>"))
    #expect(html.contains("<section id=\"c\" class=\"section level-2\" aria-labelledby=\"h-c\">"))
  }
}
