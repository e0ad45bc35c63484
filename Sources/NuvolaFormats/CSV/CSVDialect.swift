import NuvolaSupport

/// How a CSV file is written for the program that opens it. A value handed down to every writer
/// (never a global): the command line picks it with `--csv-dialect`.
///
/// - `excel-it` (the default): what Excel and LibreOffice set to Italian open as columns without a
///   wizard: UTF-8 with a byte-order mark (accents read right), `;` between cells, decimal comma,
///   CRLF, and column titles in the reader's language.
/// - `rfc4180`: for scripts: RFC 4180 quoting, `,` between cells, decimal point, no byte-order mark,
///   LF line ends (what Unix tools split on), and the columns' machine keys (`istat_code`) as header:
///   the output the commands wrote before there were dialects.
public struct CSVDialect: Sendable, Equatable {
  /// The name `--csv-dialect` takes.
  public var name: String
  public var separator: Character
  public var decimalSeparator: Character
  public var byteOrderMark: Bool
  public var lineEnding: CSVWriter.LineEnding
  /// Headers in the reader's language (spreadsheets) rather than the machine keys (scripts).
  public var labelledHeaders: Bool

  public static let excelItalian = CSVDialect(
    name: "excel-it", separator: ";", decimalSeparator: ",", byteOrderMark: true, lineEnding: .crlf,
    labelledHeaders: true)
  public static let rfc4180 = CSVDialect(
    name: "rfc4180", separator: ",", decimalSeparator: ".", byteOrderMark: false, lineEnding: .lf,
    labelledHeaders: false)

  /// Every dialect, the default first.
  public static let all = [excelItalian, rfc4180]

  public init(
    name: String, separator: Character, decimalSeparator: Character, byteOrderMark: Bool,
    lineEnding: CSVWriter.LineEnding, labelledHeaders: Bool
  ) {
    self.name = name
    self.separator = separator
    self.decimalSeparator = decimalSeparator
    self.byteOrderMark = byteOrderMark
    self.lineEnding = lineEnding
    self.labelledHeaders = labelledHeaders
  }

  /// The dialect called `name`, nil for none.
  public init?(named name: String) {
    guard let dialect = CSVDialect.all.first(where: { $0.name == name }) else { return nil }
    self = dialect
  }

  /// The header cells for columns with these keys: titles in `language` for spreadsheets (a key
  /// without a title, such as a measure key `1.2`, stays as it is), the keys themselves for scripts.
  public func header(_ keys: [String], language: Language) -> [String] {
    guard labelledHeaders else { return keys }
    return keys.map { CSVColumnTitles.shipped.title(of: $0, language: language) }
  }

  /// A coded value (`improved`) for the reader: its label in `language` for spreadsheets
  /// (`migliorato`), the code itself for scripts.
  public func value(_ code: String, label: BilingualText, language: Language) -> String {
    labelledHeaders ? label.text(language) : code
  }

  /// A yes-or-no cell: `sì`/`no` in an Italian spreadsheet, `yes`/`no` for scripts and in English.
  public func flag(_ value: Bool, language: Language) -> String {
    self.value(
      value ? "yes" : "no", label: BilingualText(it: value ? "sì" : "no", en: value ? "yes" : "no"),
      language: language)
  }
}
