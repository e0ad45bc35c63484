/// The entry point of report rendering: builds the document of an audience from engine results,
/// and renders a document in a format as named files. Pure: values in, text out; the command line
/// decides where the files go.
public enum Reports {
  /// The document of `audience`'s report, in `language`.
  public static func document(
    for audience: ReportAudience, inputs: ReportInputs, language: Language
  ) -> ReportDocument {
    let values = ReportValues(language)
    switch audience {
    case .itManager: return ITManagerReport(inputs: inputs, values: values).build()
    case .mayor: return MayorReport(inputs: inputs, values: values).build()
    case .grantWriter: return GrantWriterReport(inputs: inputs, values: values).build()
    }
  }

  /// The files of a document in a format: one for HTML, Markdown and JSON, one per table for CSV.
  /// Names are `it-manager.html`, `it-manager-findings.csv`; English adds `.en` before the extension.
  public static func render(_ document: ReportDocument, as format: ReportFileFormat) -> [ReportFile] {
    let stem = document.audience.rawValue
    let suffix =
      (document.language == .it ? "" : "." + document.language.rawValue) + "." + format.fileExtension
    switch format {
    case .html: return [ReportFile(name: stem + suffix, contents: HTMLRenderer(document).render())]
    case .markdown: return [ReportFile(name: stem + suffix, contents: MarkdownRenderer(document).render())]
    case .json: return [ReportFile(name: stem + suffix, contents: JSONRenderer(document).render())]
    case .csv:
      return CSVRenderer(document).render().map { table in
        ReportFile(
          name: stem + "-" + table.id.replacingOccurrences(of: "_", with: "-") + suffix, contents: table.text)
      }
    }
  }
}

/// One rendered file: its name (no folders) and its text.
public struct ReportFile: Sendable, Equatable {
  public var name: String
  public var contents: String

  public init(name: String, contents: String) {
    self.name = name
    self.contents = contents
  }
}
