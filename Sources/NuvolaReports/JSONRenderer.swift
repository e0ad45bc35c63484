import NuvolaSupport

/// Renders a report document as JSON for other tools: the header, the sections with their blocks
/// in reading order (tables referenced by id), and every dataset under `tables`, rows as objects
/// keyed by column id with typed values (`null` for unknown). Keys are sorted; field names are
/// documented in `docs/json-output.md` and never change meaning. Pure: document in, text out.
struct JSONRenderer {
  let document: ReportDocument

  init(_ document: ReportDocument) {
    self.document = document
  }

  /// The format's version; raised only when a field changes meaning or disappears.
  static let version = 1

  func render() -> String {
    json.serialized(pretty: true, sortKeys: true) + "\n"
  }

  var json: JSON {
    var order: [String] = []
    var merged: [String: ReportTable] = [:]
    for table in document.tables {
      if var existing = merged[table.id] {
        existing.rows += table.rows
        merged[table.id] = existing
      } else {
        order.append(table.id)
        merged[table.id] = table
      }
    }
    return .object([
      ("format", .string("nuvola-report")),
      ("version", .int(JSONRenderer.version)),
      ("report", .string(document.audience.rawValue)),
      ("language", .string(document.language.rawValue)),
      ("istat_code", .string(document.istatCode)),
      ("as_of", .string(document.asOf.description)),
      ("title", .string(document.title)),
      ("subtitle", .string(document.subtitle)),
      ("facts", JSONRenderer.facts(document.facts)),
      ("notices", .array(document.notices.map { .string($0.plainText) })),
      ("sections", .array(document.sections.map(JSONRenderer.section))),
      ("tables", .object(order.compactMap { id in merged[id].map { (id, JSONRenderer.table($0)) } })),
    ])
  }

  static func facts(_ facts: [ReportFact]) -> JSON {
    .object(
      facts.map {
        (
          $0.id,
          .object([
            ("label", .string($0.label)), ("text", .string($0.value.text)), ("value", value($0.value.value)),
          ])
        )
      })
  }

  static func section(_ section: ReportSection) -> JSON {
    .object([
      ("id", .string(section.id)), ("title", .string(section.title)),
      ("blocks", .array(section.blocks.map(block))),
    ])
  }

  static func block(_ block: ReportBlock) -> JSON {
    switch block {
    case .paragraph(let text):
      return .object([("type", .string("paragraph")), ("text", .string(text.plainText))])
    case .list(let items, let ordered):
      return .object([
        ("type", .string("list")), ("ordered", .bool(ordered)),
        ("items", .array(items.map { .string($0.plainText) })),
      ])
    case .facts(let facts):
      return .object([("type", .string("facts")), ("facts", self.facts(facts))])
    case .table(let table):
      return .object([
        ("type", .string("table")), ("table", .string(table.id)), ("caption", .string(table.caption)),
      ])
    case .chart(let chart):
      return .object([
        ("type", .string("chart")), ("id", .string(chart.id)), ("title", .string(chart.title)),
        ("description", .string(chart.description)), ("table", .string(chart.table.id)),
      ])
    case .note(let text, let kind):
      return .object([
        ("type", .string("note")), ("kind", .string(kind.rawValue)), ("text", .string(text.plainText)),
      ])
    case .textBlock(let id, let title, let text):
      return .object([
        ("type", .string("text_block")), ("id", .string(id)), ("title", .string(title)),
        ("text", .string(text)),
      ])
    case .glossary(let entries):
      return .object([
        ("type", .string("glossary")),
        (
          "entries",
          .array(entries.map { .object([("term", .string($0.term)), ("meaning", .string($0.meaning))]) })
        ),
      ])
    case .subsection(let section):
      return .object([("type", .string("section"))] + sectionMembers(section))
    }
  }

  private static func sectionMembers(_ section: ReportSection) -> [(String, JSON)] {
    [
      ("id", .string(section.id)), ("title", .string(section.title)),
      ("blocks", .array(section.blocks.map(block))),
    ]
  }

  static func table(_ table: ReportTable) -> JSON {
    .object([
      ("caption", .string(table.caption)),
      (
        "columns",
        .array(table.columns.map { .object([("id", .string($0.id)), ("title", .string($0.title))]) })
      ),
      (
        "rows",
        .array(
          table.rows.map { row in
            .object(zip(table.columns, row).map { column, cell in (column.id, value(cell.value)) })
          })
      ),
    ])
  }

  /// Typed machine values: amounts in euro as numbers, days as `YYYY-MM-DD`, unknown as `null`.
  static func value(_ value: ReportValue) -> JSON {
    switch value {
    case .unknown: return .null
    case .text(let text), .code(let text): return .string(text)
    case .integer(let number): return .int(number)
    case .decimal(let number): return .double(number)
    case .money(let money): return EngineJSON.money(money)
    case .day(let day): return .string(day.description)
    case .flag(let flag): return .bool(flag)
    case .list(let items): return .array(items.map(JSON.string))
    }
  }
}
