import NuvolaSupport

/// A report as a format-neutral document: a header, sections of blocks (paragraphs, facts, tables,
/// charts, text to copy) and a footer. The builders of each audience produce it from engine results;
/// the HTML, Markdown, CSV and JSON renderers turn the same document into text, so the four encodings
/// cannot tell different stories.
///
/// Every string in it is plain text as the reader should see it: renderers escape it for their format.
public struct ReportDocument: Sendable, Equatable {
  public var audience: ReportAudience
  public var language: Language
  /// The report's name (`Audit dei sistemi informativi`).
  public var title: String
  /// Whom it is about (`Comune di Sondrio (SO), codice ISTAT 014061`).
  public var subtitle: String
  /// The ISTAT code of the comune, for JSON and file names.
  public var istatCode: String
  /// The day the report speaks of (the audit's reference day).
  public var asOf: Day
  /// Identity and reference facts shown under the title.
  public var facts: [ReportFact]
  /// Warnings a reader must see before anything else (illustrative data, unknown inventory date).
  public var notices: [ReportText]
  public var sections: [ReportSection]
  public var footer: String
  /// Whether HTML lists the sections at the top (not on the mayor's page, which must start at once).
  public var tableOfContents: Bool

  public init(
    audience: ReportAudience, language: Language, title: String, subtitle: String, istatCode: String,
    asOf: Day, facts: [ReportFact] = [], notices: [ReportText] = [], sections: [ReportSection] = [],
    footer: String = "", tableOfContents: Bool = true
  ) {
    self.audience = audience
    self.language = language
    self.title = title
    self.subtitle = subtitle
    self.istatCode = istatCode
    self.asOf = asOf
    self.facts = facts
    self.notices = notices
    self.sections = sections
    self.footer = footer
    self.tableOfContents = tableOfContents
  }

  /// Every table of the document, in reading order, nested sections included.
  public var tables: [ReportTable] {
    var found: [ReportTable] = []
    func collect(_ blocks: [ReportBlock]) {
      for block in blocks {
        switch block {
        case .table(let table): found.append(table)
        case .chart(let chart): found.append(chart.table)
        case .subsection(let section): collect(section.blocks)
        default: break
        }
      }
    }
    for section in sections { collect(section.blocks) }
    return found
  }
}
