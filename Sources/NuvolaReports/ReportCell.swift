import NuvolaSupport

/// One value of a table or fact: the text a reader sees, the typed value machines read (JSON, and
/// numbers in CSV), and an optional mark.
public struct ReportCell: Sendable, Equatable {
  public var text: String
  public var value: ReportValue
  public var mark: ReportMark?

  public init(_ text: String, _ value: ReportValue, mark: ReportMark? = nil) {
    self.text = text
    self.value = value
    self.mark = mark
  }

  /// Whether the value is `unknown`, without comparing whole values.
  var isUnknown: Bool {
    if case .unknown = value { return true }
    return false
  }

  /// Whether the value is a list with nothing in it.
  var isEmptyList: Bool {
    if case .list(let items) = value { return items.isEmpty }
    return false
  }

  /// Free text shown and stored as it is.
  public static func text(_ text: String) -> ReportCell { ReportCell(text, .text(text)) }

  /// A code for machines (`critical`) shown to people as a label (`critica`).
  public static func code(_ code: String, label: String, mark: ReportMark? = nil) -> ReportCell {
    ReportCell(label, .code(code), mark: mark)
  }
}

/// The machine value of a cell. `unknown` is a fact the inventory or the rules do not give: it is
/// written as `null` in JSON and as the word "non noto" / "unknown" elsewhere, never as zero.
public enum ReportValue: Sendable, Equatable {
  case unknown
  /// Text from the inventory or the rules, or a sentence.
  case text(String)
  /// A stable code (`critical`, `gruppo_b`, `A`).
  case code(String)
  case integer(Int)
  case decimal(Double)
  case money(Money)
  case day(Day)
  case flag(Bool)
  case list([String])
}
