import NuvolaSupport

/// A value quoted as evidence (`access_control = yes`), in the reader's language: a yes-or-no field
/// reads `sì` or `no` in Italian; an unknown value reads `non noto`. Other values are as stored.
enum EvidenceText {
  static func value(_ value: String?, _ language: Language) -> String {
    guard let value else { return language == .it ? "non noto" : "unknown" }
    if language == .it && value == "yes" { return "sì" }
    return value
  }
}
