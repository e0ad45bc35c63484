import NuvolaSupport

/// An audit finding present in one snapshot and not in the other: resolved (gone) or new. A finding
/// is the same when its code and the record it is about are the same.
public struct FindingChange: Sendable, Equatable {
  public var code: FindingCode
  public var severity: FindingSeverity
  /// The record the finding is about (its first evidence).
  public var record: FindingEvidence
  public var title: BilingualText

  init(_ finding: Finding) {
    code = finding.code
    severity = finding.severity
    record = finding.evidence.first ?? FindingEvidence(.comune, "")
    title = finding.title
  }

  /// Code and record: what makes two findings of two snapshots the same finding.
  static func key(_ finding: Finding) -> String {
    let record = finding.evidence.first
    return "\(finding.code.rawValue)|\(record?.recordType.rawValue ?? "")|\(record?.recordId ?? "")"
  }

  public var json: JSON {
    .object([
      ("code", .string(code.rawValue)), ("severity", .string(severity.rawValue)),
      ("record_type", .string(record.recordType.rawValue)), ("record_id", .string(record.recordId)),
      ("title", title.json),
    ])
  }
}
