/// Renders a report document as one self-contained HTML page: inline stylesheet (screen, phone and
/// A4 print), inline SVG charts each followed by its data table, headings in order, tables with
/// captions and header scopes, marks with symbol and text. Pure: document in, text out.
struct HTMLRenderer {
  let document: ReportDocument
  let strings: ReportStrings

  init(_ document: ReportDocument) {
    self.document = document
    strings = ReportStrings.catalogue(document.language)
  }

  /// The page as UTF-8 bytes.
  func render() -> [UInt8] {
    var html = HTMLWriter()
    html.raw("<!DOCTYPE html>\n")
    html.open("html", [("lang", document.language.rawValue)])
    html.newline()
    html.open("head")
    html.newline()
    html.void("meta", [("charset", "utf-8")])
    html.newline()
    html.void("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
    html.newline()
    html.void("meta", [("name", "generator"), ("content", "Nuvola")])
    html.newline()
    html.element("title", text: document.title + " – " + document.subtitle)
    html.newline()
    html.raw("<style>\n" + HTMLStyle.css + HTMLPrintStyle(document).css + "</style>\n")
    html.close("head")
    html.newline()
    html.open("body", [("class", "report report-" + document.audience.rawValue)])
    html.newline()
    header(&html)
    if document.tableOfContents { contents(&html) }
    html.open("main")
    html.newline()
    for section in document.sections { self.section(section, level: 2, into: &html) }
    html.close("main")
    html.newline()
    html.open("footer", [("class", "report-footer")])
    html.element("p", text: document.footer)
    html.close("footer")
    html.newline()
    html.close("body")
    html.newline()
    html.close("html")
    html.newline()
    return html.finish()
  }

  private func header(_ html: inout HTMLWriter) {
    html.open("header", [("class", "report-header")])
    html.newline()
    html.element("p", [("class", "kicker")], text: strings.audiences[document.audience.rawValue] ?? "")
    html.element("h1", text: document.title)
    html.element("p", [("class", "subtitle")], text: document.subtitle)
    html.newline()
    facts(document.facts, into: &html)
    for notice in document.notices { note(notice, .warning, into: &html) }
    html.close("header")
    html.newline()
  }

  private func contents(_ html: inout HTMLWriter) {
    html.open("nav", [("class", "contents"), ("aria-label", strings.contentsTitle)])
    html.element("p", [("class", "contents-title")], text: strings.contentsTitle)
    html.open("ol")
    for section in document.sections {
      html.open("li")
      html.element("a", [("href", "#" + section.id)], text: section.title)
      html.close("li")
    }
    html.close("ol")
    html.close("nav")
    html.newline()
  }

  private func section(_ section: ReportSection, level: Int, into html: inout HTMLWriter) {
    // Written tag by tag: the same markup as `open` with an attribute list, without building one.
    html.tag("<section id=\"")
    html.text(section.id)
    html.tag("\" class=\"section level-")
    html.raw(String(level))
    if level == 2 && section.startsPage { html.tag(" page") }
    html.tag("\" aria-labelledby=\"h-")
    html.text(section.id)
    html.tag("\">\n")
    html.element("h\(min(level, 6))", [("id", "h-" + section.id)], text: section.title)
    html.newline()
    for block in section.blocks { self.block(block, level: level, into: &html) }
    html.close("section")
    html.newline()
  }

  private func block(_ block: ReportBlock, level: Int, into html: inout HTMLWriter) {
    switch block {
    case .paragraph(let text):
      html.open("p")
      self.text(text, into: &html)
      html.close("p")
      html.newline()
    case .list(let items, let ordered):
      html.open(ordered ? "ol" : "ul")
      for item in items {
        html.open("li")
        text(item, into: &html)
        html.close("li")
      }
      html.close(ordered ? "ol" : "ul")
      html.newline()
    case .facts(let facts):
      self.facts(facts, into: &html)
    case .table(let table):
      self.table(table, into: &html)
    case .chart(let chart):
      self.chart(chart, into: &html)
    case .note(let text, let kind):
      note(text, kind, into: &html)
    case .textBlock(let id, let title, let text):
      html.open("div", [("class", "textblock"), ("id", id)])
      html.element("p", [("class", "textblock-title")], text: title)
      html.element("div", [("class", "textblock-body")], text: text)
      html.close("div")
      html.newline()
    case .glossary(let entries):
      html.open("dl", [("class", "glossary")])
      for entry in entries {
        html.element("dt", text: entry.term)
        html.element("dd", text: entry.meaning)
      }
      html.close("dl")
      html.newline()
    case .subsection(let section):
      self.section(section, level: level + 1, into: &html)
    }
  }

  private func text(_ text: ReportText, into html: inout HTMLWriter) {
    for span in text.spans {
      switch span {
      case .plain(let value): html.text(value)
      case .strong(let value): html.element("strong", text: value)
      case .mark(let mark, let value): self.mark(mark, value, into: &html)
      }
    }
  }

  /// The symbol is hidden from screen readers: the label beside it already says the same. Written
  /// byte by byte, without attribute lists: a national run draws some two million marks.
  private func mark(_ mark: ReportMark, _ label: String, into html: inout HTMLWriter) {
    html.tag("<span class=\"mark mark-")
    html.raw(mark.rawValue)
    // Short marks never break; long ones wrap like text.
    html.tag(
      label.utf8.count < 24
        ? " mark-short\"><span class=\"symbol\" aria-hidden=\"true\">"
        : "\"><span class=\"symbol\" aria-hidden=\"true\">")
    html.raw(mark.symbol)
    // A no-break space keeps the symbol with the first word of its label.
    html.tag("</span>\u{00A0}")
    html.text(label)
    html.tag("</span>")
  }

  private func note(_ text: ReportText, _ kind: ReportNoteKind, into html: inout HTMLWriter) {
    html.open("div", [("class", "note note-" + kind.rawValue), ("role", "note")])
    html.element("strong", text: (kind == .warning ? strings.warningLabel : strings.noteLabel) + " ")
    self.text(text, into: &html)
    html.close("div")
    html.newline()
  }

  private func facts(_ facts: [ReportFact], into html: inout HTMLWriter) {
    guard !facts.isEmpty else { return }
    html.open("dl", [("class", "facts")])
    for fact in facts {
      html.tag("<div><dt>")
      html.text(fact.label)
      html.tag("</dt><dd>")
      cell(fact.value, into: &html)
      html.tag("</dd></div>")
    }
    html.close("dl")
    html.newline()
  }

  private func cell(_ cell: ReportCell, into html: inout HTMLWriter) {
    if let mark = cell.mark {
      self.mark(mark, cell.text, into: &html)
    } else {
      html.text(cell.text)
    }
  }

  private func table(_ table: ReportTable, into html: inout HTMLWriter) {
    let shown = table.shownColumns
    guard !table.rows.isEmpty else {
      html.open("p", [("class", "empty")])
      html.element("strong", text: table.caption + ": ")
      html.text(table.emptyText.isEmpty ? strings.none : table.emptyText)
      html.close("p")
      html.newline()
      return
    }
    switch table.layout {
    case .grid:
      html.open(
        "div",
        [("class", "table-wrap"), ("role", "region"), ("aria-label", table.caption), ("tabindex", "0")])
      html.open("table", [("class", "table-" + table.id)])
      html.element("caption", text: table.caption)
      html.open("thead")
      html.open("tr")
      for (_, column) in shown {
        html.tag(column.numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
        html.text(column.title)
        html.tag("</th>")
      }
      html.close("tr")
      html.close("thead")
      html.newline()
      html.open("tbody")
      // Positions and flags read once per table, not a column (three strings) copied per cell.
      let indices = shown.map(\.index)
      let numeric = shown.map(\.column.numeric)
      // Columns of codes, paths and citations may break anywhere on paper; words elsewhere never.
      let anywhere = shown.map { HTMLStyle.breakAnywhereColumns.contains($0.column.id) }
      for row in table.rows {
        html.tag("<tr>")
        for position in indices.indices {
          let index = indices[position]
          if position == 0 {
            html.tag("<th scope=\"row\"")
          } else {
            html.tag("<td")
          }
          switch (numeric[position], row[index].isUnknown, anywhere[position]) {
          case (true, true, _): html.tag(" class=\"num unknown\">")
          case (true, false, _): html.tag(" class=\"num\">")
          case (false, true, _): html.tag(" class=\"unknown\">")
          case (false, false, true): html.tag(" class=\"any\">")
          case (false, false, false): html.tag(">")
          }
          cell(row[index], into: &html)
          html.tag(position == 0 ? "</th>" : "</td>")
        }
        html.tag("</tr>\n")
      }
      html.close("tbody")
      html.close("table")
      html.close("div")
      html.newline()
    case .records:
      // Long-text rows as labelled blocks: the first two shown columns make the record's heading line.
      html.open("div", [("class", "records"), ("role", "region"), ("aria-label", table.caption)])
      html.element("p", [("class", "records-caption")], text: table.caption)
      html.open("ol", [("class", "record-list")])
      // Tags written whole: a national run writes some two million of these records' parts.
      for row in table.rows {
        html.tag("<li class=\"record\"><p class=\"record-head\">")
        for (position, (index, _)) in shown.prefix(2).enumerated() {
          if position > 0 { html.text(" ") }
          if position == 1 {
            html.tag("<strong>")
            cell(row[index], into: &html)
            html.tag("</strong>")
          } else {
            cell(row[index], into: &html)
          }
        }
        html.tag("</p><dl>")
        for (index, column) in shown.dropFirst(2) where !row[index].isEmptyList {
          html.tag("<div><dt>")
          html.text(column.title)
          html.tag(row[index].isUnknown ? "</dt><dd class=\"unknown\">" : "</dt><dd>")
          cell(row[index], into: &html)
          html.tag("</dd></div>")
        }
        html.tag("</dl></li>\n")
      }
      html.close("ol")
      html.close("div")
      html.newline()
    }
  }

  private func chart(_ chart: ReportChart, into html: inout HTMLWriter) {
    html.open("figure", [("class", "chart-figure")])
    switch chart.kind {
    case .bars(let bars): html.raw(BarChartSVG.render(bars, chart: chart))
    case .lines(let lines): html.raw(LineChartSVG.render(lines, chart: chart))
    case .gantt(let gantt): html.raw(GanttChartSVG.render(gantt, chart: chart))
    }
    html.open("figcaption")
    html.element("strong", text: chart.title + ". ")
    html.text(chart.description)
    if !chart.legend.isEmpty {
      html.text(" " + strings.legendLead + " " + chart.legend.joined(separator: "; ") + ".")
    }
    html.close("figcaption")
    html.close("figure")
    html.newline()
    table(chart.table, into: &html)
  }
}
