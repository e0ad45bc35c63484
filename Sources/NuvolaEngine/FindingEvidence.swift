import NuvolaModel
import NuvolaSupport

/// The fact behind a finding: which record, which field, which value (nil when the fact is unknown).
public struct FindingEvidence: Sendable, Equatable, Comparable {
  public var recordType: RecordType
  public var recordId: String
  public var field: String?
  public var value: String?

  public init(_ recordType: RecordType, _ recordId: String, field: String? = nil, value: String? = nil) {
    self.recordType = recordType
    self.recordId = recordId
    self.field = field
    self.value = value
  }

  public var json: JSON {
    .object([
      ("record_type", .string(recordType.rawValue)), ("record_id", .string(recordId)),
      ("field", field.map(JSON.string) ?? .null), ("value", value.map(JSON.string) ?? .null),
    ])
  }

  static func recordRank(_ type: RecordType) -> Int { RecordType.allCases.firstIndex(of: type) ?? 0 }

  public static func < (lhs: FindingEvidence, rhs: FindingEvidence) -> Bool {
    (recordRank(lhs.recordType), lhs.recordId, lhs.field ?? "", lhs.value ?? "")
      < (recordRank(rhs.recordType), rhs.recordId, rhs.field ?? "", rhs.value ?? "")
  }
}
