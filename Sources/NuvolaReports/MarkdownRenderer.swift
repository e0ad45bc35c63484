/// Renders a report document as Markdown that reads as plain text: the same sections, facts and
/// tables as the HTML, charts as their text alternative followed by their data table, marks as
/// symbol plus word. Every text is escaped, so inventory text cannot add headings, links, HTML or
/// table columns. Pure: document in, text out.
struct MarkdownRenderer {
  let document: ReportDocument
  let strings: ReportStrings

  init(_ document: ReportDocument) {
    self.document = document
    strings = ReportStrings.catalogue(document.language)
  }

  private func escape(_ text: String) -> String { MarkdownWriter.escape(text, lineStart: true) }

  func render() -> String {
    var md = MarkdownWriter()
    md.heading(1, document.title)
    md.paragraph(escape(document.subtitle))
    facts(document.facts, into: &md)
    for notice in document.notices {
      md.paragraph("> **" + MarkdownWriter.escape(strings.warningLabel) + "** " + text(notice))
    }
    for section in document.sections { self.section(section, level: 2, into: &md) }
    md.line("---")
    md.line()
    md.paragraph(escape(document.footer))
    var output = md.output
    while output.hasSuffix("\n\n") { output.removeLast() }
    return output
  }

  private func section(_ section: ReportSection, level: Int, into md: inout MarkdownWriter) {
    md.heading(level, section.title)
    for block in section.blocks { self.block(block, level: level, into: &md) }
  }

  private func block(_ block: ReportBlock, level: Int, into md: inout MarkdownWriter) {
    switch block {
    case .paragraph(let value):
      md.paragraph(text(value, lineStart: true))
    case .list(let items, let ordered):
      for (index, item) in items.enumerated() {
        md.line((ordered ? "\(index + 1). " : "- ") + text(item, lineStart: true))
      }
      md.line()
    case .facts(let facts):
      self.facts(facts, into: &md)
    case .table(let table):
      self.table(table, into: &md)
    case .chart(let chart):
      var line =
        "**" + MarkdownWriter.escape(strings.chartLead + " " + chart.title) + ".** "
        + MarkdownWriter.escape(chart.description)
      if !chart.legend.isEmpty {
        line +=
          " " + MarkdownWriter.escape(strings.legendLead + " " + chart.legend.joined(separator: "; ") + ".")
      }
      md.paragraph(line)
      table(chart.table, into: &md)
    case .note(let value, let kind):
      let label = kind == .warning ? strings.warningLabel : strings.noteLabel
      md.paragraph("> **" + MarkdownWriter.escape(label) + "** " + text(value))
    case .textBlock(_, let title, let body):
      md.paragraph("**" + MarkdownWriter.escape(title) + "**")
      // A quoted block keeps the text apart and its line breaks visible in plain text.
      var lines: [String] = []
      for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.isEmpty {
          lines.append(">")
        } else if line.hasPrefix("- ") {
          // The builder's own list items stay a list; their text is escaped like any other.
          lines.append("> - " + escape(String(line.dropFirst(2))))
        } else {
          lines.append("> " + escape(String(line)))
        }
      }
      md.paragraph(lines.joined(separator: "\n"))
    case .glossary(let entries):
      for entry in entries {
        md.line("- **" + MarkdownWriter.escape(entry.term) + "**: " + MarkdownWriter.escape(entry.meaning))
      }
      md.line()
    case .subsection(let section):
      self.section(section, level: level + 1, into: &md)
    }
  }

  private func text(_ text: ReportText, lineStart: Bool = false) -> String {
    var result = ""
    for (index, span) in text.spans.enumerated() {
      let start = lineStart && index == 0
      switch span {
      case .plain(let value): result += MarkdownWriter.escape(value, lineStart: start)
      case .strong(let value):
        result +=
          "**" + MarkdownWriter.escape(value).trimmingTrailingSpace() + "**"
          + (value.hasSuffix(" ") ? " " : "")
      case .mark(let mark, let value): result += mark.symbol + " " + MarkdownWriter.escape(value)
      }
    }
    return result
  }

  private func cell(_ cell: ReportCell) -> String {
    let value = MarkdownWriter.escape(cell.text)
    return cell.mark.map { $0.symbol + " " + value } ?? value
  }

  private func facts(_ facts: [ReportFact], into md: inout MarkdownWriter) {
    guard !facts.isEmpty else { return }
    for fact in facts {
      md.line("- **" + MarkdownWriter.escape(fact.label) + ":** " + cell(fact.value))
    }
    md.line()
  }

  private func table(_ table: ReportTable, into md: inout MarkdownWriter) {
    let shown = table.shownColumns
    guard !table.rows.isEmpty else {
      md.paragraph(
        "**" + MarkdownWriter.escape(table.caption) + ":** "
          + MarkdownWriter.escape(table.emptyText.isEmpty ? strings.none : table.emptyText))
      return
    }
    md.paragraph("**" + MarkdownWriter.escape(table.caption) + "**")
    switch table.layout {
    case .grid:
      md.line("| " + shown.map { MarkdownWriter.escape($0.column.title) }.joined(separator: " | ") + " |")
      md.line("|" + shown.map { $0.column.numeric ? " ---: |" : " --- |" }.joined())
      for row in table.rows {
        md.line("| " + shown.map { cell(row[$0.index]) }.joined(separator: " | ") + " |")
      }
      md.line()
    case .records:
      for (number, row) in table.rows.enumerated() {
        let head = shown.prefix(2).enumerated().map { position, item in
          position == 1 ? "**" + cell(row[item.index]) + "**" : cell(row[item.index])
        }
        let marker = "\(number + 1). "
        md.line(marker + head.joined(separator: " "))
        // Continuation lines are indented by the marker's width, so items 10 and on still nest.
        let indent = String(repeating: " ", count: marker.count)
        for (index, column) in shown.dropFirst(2) where !row[index].isEmptyList {
          md.line(indent + "- " + MarkdownWriter.escape(column.title) + ": " + cell(row[index]))
        }
      }
      md.line()
    }
  }
}

extension String {
  /// The text without trailing spaces (Markdown emphasis must not end with one).
  fileprivate func trimmingTrailingSpace() -> String {
    var text = self
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }
}
