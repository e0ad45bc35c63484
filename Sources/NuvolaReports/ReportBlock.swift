/// One piece of a section's content, in the order the reader meets it.
public indirect enum ReportBlock: Sendable, Equatable {
  case paragraph(ReportText)
  /// Items of a bulleted (or numbered) list.
  case list([ReportText], ordered: Bool)
  /// Label and value pairs (a definition list in HTML).
  case facts([ReportFact])
  case table(ReportTable)
  /// A chart with its text alternative and the table of its data.
  case chart(ReportChart)
  /// A boxed remark: a caveat, or a warning that must not be missed.
  case note(ReportText, ReportNoteKind)
  /// Text meant to be copied and adapted (the candidatura block), shown as it is, line breaks kept.
  case textBlock(id: String, title: String, text: String)
  /// Pairs of term and explanation.
  case glossary([ReportGlossaryEntry])
  case subsection(ReportSection)
}

/// How a note is presented: a neutral remark or a warning.
public enum ReportNoteKind: String, Sendable, Equatable {
  case info
  case warning
}

/// One term of a glossary and what it means in plain words.
public struct ReportGlossaryEntry: Sendable, Equatable {
  public var term: String
  public var meaning: String

  public init(term: String, meaning: String) {
    self.term = term
    self.meaning = meaning
  }
}
