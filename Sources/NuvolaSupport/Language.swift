/// The language of reports and summaries: Italian by default (they are public documents), English
/// on request.
public enum Language: String, CaseIterable, Sendable {
  case it
  case en
}
