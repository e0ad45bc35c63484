/// The stable code of an audit finding. Codes never change meaning: scripts and reports key on them.
public enum FindingCode: String, Sendable, CaseIterable {
  case osEOL = "OS-EOL"
  case osEOLSoon = "OS-EOL-SOON"
  case osLifecycleUnknown = "OS-LIFECYCLE-UNKNOWN"
  case hwOld = "HW-OLD"
  case hwSupportEnded = "HW-SUPPORT-ENDED"
  case noOffsiteBackup = "NO-OFFSITE-BACKUP"
  case noUPS = "NO-UPS"
  case noDR = "NO-DR"
  case singleLink = "SINGLE-LINK"
  case lowBandwidth = "LOW-BANDWIDTH"
  case contractExpired = "CONTRACT-EXPIRED"
  case contractExpiring = "CONTRACT-EXPIRING"
  case personalDataOnPremiseB = "PERSONAL-DATA-ON-PREMISE-B"
  case unknownFact = "UNKNOWN-FACT"

  /// The stem of the code's texts in the catalogue (`audit.os_eol` for `OS-EOL`): title, message and
  /// fix are `<stem>.title`, `.message` and `.fix`.
  public var textKey: String { FindingCode.textKeys[self] ?? FindingCode.stem(rawValue) }

  /// Every code's stem, made once: audits ask for it three times a finding, hundreds of thousands
  /// of times in a national run, and lowering and replacing each time was a tenth of the run.
  private static let textKeys: [FindingCode: String] = Dictionary(
    uniqueKeysWithValues: allCases.map { ($0, stem($0.rawValue)) })

  private static func stem(_ code: String) -> String {
    "audit." + code.lowercased().replacing("-", with: "_")
  }
}
