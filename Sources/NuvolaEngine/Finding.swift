import NuvolaRules
import NuvolaSupport

/// One result of the audit: a stable code, a severity, the records and fields that are its evidence,
/// and what it means and how to fix it, in Italian and English.
public struct Finding: Sendable, Equatable {
  public var code: FindingCode
  public var severity: FindingSeverity
  /// Sorted; the first item is the record the finding is about.
  public var evidence: [FindingEvidence]
  public var title: BilingualText
  public var message: BilingualText
  public var fix: BilingualText
  /// Rules behind the finding (a vendor lifecycle page, Nuvola's thresholds).
  public var sources: [RuleSource]
  /// Caveats a reader must see: an unconfirmed date, a threshold that is only Nuvola's assumption.
  public var notes: [BilingualText]

  public init(
    code: FindingCode, severity: FindingSeverity, evidence: [FindingEvidence],
    parameters: KeyValuePairs<String, BilingualText>, sources: [RuleSource] = [], notes: [BilingualText] = []
  ) {
    self.code = code
    self.severity = severity
    self.evidence = evidence
    let arguments = parameters.map { (name: $0.key, value: $0.value as any TextValue) }
    title = BilingualText(CatalogueText(code.textKey + ".title", arguments: arguments))
    message = BilingualText(CatalogueText(code.textKey + ".message", arguments: arguments))
    fix = BilingualText(CatalogueText(code.textKey + ".fix", arguments: arguments))
    self.sources = sources
    self.notes = notes
  }

  /// The order of findings: most urgent first, then by code, then by the record that is the evidence.
  struct SortKey: Comparable {
    var severity: FindingSeverity
    var code: String
    var evidence: [FindingEvidence]

    init(_ finding: Finding) {
      severity = finding.severity
      code = finding.code.rawValue
      evidence = finding.evidence
    }

    static func < (lhs: SortKey, rhs: SortKey) -> Bool {
      if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
      if lhs.code != rhs.code { return lhs.code < rhs.code }
      return lhs.evidence.lexicographicallyPrecedes(rhs.evidence)
    }

    static func == (lhs: SortKey, rhs: SortKey) -> Bool {
      lhs.severity == rhs.severity && lhs.code == rhs.code && lhs.evidence == rhs.evidence
    }
  }

  public var json: JSON {
    .object([
      ("code", .string(code.rawValue)),
      ("severity", .string(severity.rawValue)),
      ("evidence", .array(evidence.map(\.json))),
      ("title", title.json),
      ("message", message.json),
      ("fix", fix.json),
      ("sources", .array(sources.map(\.json))),
      ("notes", .array(notes.map(\.json))),
    ])
  }
}

extension Array where Element == Finding {
  /// How many findings have `severity`. Reads only each finding's severity: a closure over whole
  /// findings (`count(where:)`, `filter`) copies every one of them, all its texts included, and
  /// reports count findings by severity several times per comune.
  public func count(of severity: FindingSeverity) -> Int {
    withUnsafeBufferPointer { findings in
      var count = 0
      for index in findings.indices where findings[index].severity == severity { count += 1 }
      return count
    }
  }
}
