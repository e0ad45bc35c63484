import NuvolaFormats
import NuvolaSupport

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
  /// CSV is written in `csvDialect`.
  public static func render(
    _ document: ReportDocument, as format: ReportFileFormat, csvDialect: CSVDialect = .excelItalian
  ) -> [ReportFile] {
    let stem = document.audience.rawValue
    let suffix =
      (document.language == .it ? "" : "." + document.language.rawValue) + "." + format.fileExtension
    switch format {
    case .html: return [ReportFile(name: stem + suffix, bytes: HTMLRenderer(document).render())]
    case .markdown: return [ReportFile(name: stem + suffix, contents: MarkdownRenderer(document).render())]
    case .json: return [ReportFile(name: stem + suffix, contents: JSONRenderer(document).render())]
    case .csv:
      return CSVRenderer(document, dialect: csvDialect).render().map { table in
        ReportFile(
          name: stem + "-" + table.id.replacingOccurrences(of: "_", with: "-") + suffix, contents: table.text)
      }
    }
  }
}

/// One rendered file: its name (no folders) and its UTF-8 bytes. HTML pages are built as bytes and
/// kept as bytes: a national run writes over a gigabyte of HTML, and turning it into `String`s only
/// to write it out again cost a twentieth of the run.
public struct ReportFile: Sendable, Equatable {
  public var name: String
  public var bytes: [UInt8]

  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
  }

  public init(name: String, contents: String) {
    self.init(name: name, bytes: Array(contents.utf8))
  }

  /// The file as text.
  public var contents: String { String(decoding: bytes, as: UTF8.self) }
}
