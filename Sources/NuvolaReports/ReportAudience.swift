/// Who a report is written for. The raw values are the names `nuvola report --for` takes and the
/// stems of the files it writes (`it-manager.html`, `mayor-pnrr.csv`...): a contract, never renamed.
public enum ReportAudience: String, Sendable, CaseIterable, Hashable {
  /// The audit: inventory, findings with evidence and fix, CED classification, strategies.
  case itManager = "it-manager"
  /// The plan summary: one page first, then the waves and costs over the years.
  case mayor
  /// The PNRR dossier: per measure eligibility, amounts with sources, conditions, deadlines, checklist.
  case grantWriter = "grant-writer"
}

/// The encodings a report is rendered into.
public enum ReportFileFormat: String, Sendable, CaseIterable, Hashable {
  case html
  case markdown = "md"
  case csv
  case json

  /// File name extension, without the dot.
  public var fileExtension: String { rawValue }
}
