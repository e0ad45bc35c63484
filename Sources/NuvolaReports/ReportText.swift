/// A run of text with light emphasis: plain, strong, or a mark (a severity, a class, a status)
/// whose symbol and label together carry the meaning, so colour is never the only signal.
public struct ReportText: Sendable, Equatable, ExpressibleByStringLiteral {
  /// One piece of the text.
  public enum Span: Sendable, Equatable {
    case plain(String)
    case strong(String)
    case mark(ReportMark, String)
  }

  public var spans: [Span]

  public init(_ spans: [Span]) { self.spans = spans }
  public init(_ text: String) { self.spans = [.plain(text)] }
  public init(stringLiteral value: String) { self.init(value) }

  /// The text without emphasis, the mark's symbol included (`▲ critica`).
  public var plainText: String {
    spans.map { span in
      switch span {
      case .plain(let text), .strong(let text): return text
      case .mark(let mark, let text): return mark.symbol + " " + text
      }
    }.joined()
  }

  public static func + (lhs: ReportText, rhs: ReportText) -> ReportText {
    ReportText(lhs.spans + rhs.spans)
  }
}
