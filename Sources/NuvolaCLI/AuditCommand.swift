import NuvolaEngine
import NuvolaModel
import NuvolaSupport

/// `nuvola audit COMUNE`: what is old, risky or non-compliant, with evidence and fix.
enum AuditCommand {
  static let command = Command(
    spec: CommandSpec(
      name: "audit",
      abstract: "Audit a comune's inventory: findings with severity, evidence and fix",
      discussion: """
        Every finding has a stable code (OS-EOL, HW-OLD, NO-OFFSITE-BACKUP, SINGLE-LINK, LOW-BANDWIDTH,
        CONTRACT-EXPIRING, PERSONAL-DATA-ON-PREMISE-B, UNKNOWN-FACT, ...), a severity, the record and
        field that are its evidence, and the fix. Dates are judged on the as-of day (--as-of, default
        today), which every output states.
        """),
    options: ComuneScope.Options.self, run: run)

  static func run(_ options: ComuneScope.Options, _ context: Context) throws {
    try context.requireFormat([.text, .json], command: "audit")
    let rules = try context.rules()
    let all = options.all
    let asOf = context.asOf
    let format = context.format
    let language = context.language
    let header = all && format == .text ? "ISTAT   Comune  critical high medium low info" : nil
    try ComuneScope.forEach(
      all: all, comune: options.comune, context: context, command: "audit", header: header
    ) { snapshot in
      let findings = audit(snapshot.inventory, rules: rules, asOf: asOf)
      if format == .json {
        let json = JSON.object([
          ("istat_code", .string(snapshot.info.istatCode)),
          ("name", .string(snapshot.info.name)),
          ("snapshot", .int(snapshot.info.id)),
          ("as_of", .string(asOf.description)),
          ("findings", .array(findings.map(\.json))),
        ])
        return json.serialized(pretty: !all, sortKeys: true)
      } else if all {
        let counts = FindingSeverity.allCases.map { severity in
          findings.count(of: severity)
        }
        return "\(snapshot.info.istatCode) \(snapshot.info.name): "
          + counts.map(String.init).joined(separator: " ")
      } else {
        return text(findings, snapshot: snapshot, asOf: asOf, language: language)
      }
    }
  }

  static func text(_ findings: [Finding], snapshot: Snapshot, asOf: Day, language: Language) -> String {
    let it = language == .it
    var counts: [String] = []
    for severity in FindingSeverity.allCases {
      let count = findings.count(of: severity)
      if count > 0 { counts.append("\(count) \(severity.label.text(language))") }
    }
    var lines = [
      (it ? "Audit di " : "Audit of ") + "\(snapshot.info.istatCode) \(snapshot.info.name)"
        + (it ? ", situazione al \(asOf.italian)" : ", as of \(asOf.description)")
        + ": \(findings.count) " + (it ? "rilievi" : "findings")
        + (counts.isEmpty ? "" : " (" + counts.joined(separator: ", ") + ")"),
      "",
    ]
    for finding in findings {
      lines.append(
        "[\(finding.severity.label.text(language).uppercased())] \(finding.code.rawValue): \(finding.title.text(language))"
      )
      lines.append("  \(finding.message.text(language))")
      let evidence = finding.evidence.map { item -> String in
        var text = "\(item.recordType.rawValue) \(item.recordId)"
        if let field = item.field {
          text +=
            " \(field) = "
            + (item.value.map { Diagnostic.quoted(EvidenceText.value($0, language)) }
              ?? EvidenceText.value(nil, language))
        }
        return text
      }
      lines.append("  " + (it ? "Evidenza: " : "Evidence: ") + evidence.joined(separator: "; "))
      lines.append("  " + (it ? "Rimedio: " : "Fix: ") + finding.fix.text(language))
      for note in finding.notes { lines.append("  " + (it ? "Nota: " : "Note: ") + note.text(language)) }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }
}
