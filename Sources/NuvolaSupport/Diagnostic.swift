/// One problem found in an input file: where it is, the value found and what was expected.
///
/// Every reader reports problems as diagnostics so that the CLI renders them in one place and one
/// form: `file:line:column: at PATH: MESSAGE (found "VALUE"); expected EXPECTED`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var column: Int?
  /// A JSON path (`$.assets[2].ram_gb`) or a CSV column (`assets.csv column ram_gb`).
  public var path: String?
  public var value: String?
  public var message: String
  public var expected: String?

  public init(
    file: String, line: Int? = nil, column: Int? = nil, path: String? = nil, value: String? = nil,
    message: String, expected: String? = nil
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.path = path
    self.value = value
    self.message = message
    self.expected = expected
  }

  public var description: String { description(.en) }

  /// The problem in `language`: the frame (`in`, `trovato`, `atteso`) and, where
  /// `DiagnosticTranslations` has them, the message and the expectation.
  public func description(
    _ language: Language, translations: DiagnosticTranslations = .shipped
  ) -> String {
    // File, path, message and expected are the program's words, but may hold a name or key from the
    // input: nothing in them reaches a terminal raw.
    let it = language == .it
    var text = Diagnostic.visible(file)
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    text += ": "
    if let path { text += (it ? "in " : "at ") + "\(Diagnostic.visible(path, limit: 200)): " }
    text += Diagnostic.visible(translations.text(message, language))
    if let value { text += (it ? " (trovato " : " (found ") + "\(Diagnostic.quoted(value)))" }
    if let expected {
      text += (it ? "; atteso " : "; expected ") + Diagnostic.visible(translations.text(expected, language))
    }
    return text
  }

  /// The one way an input value is written inside a message: on one line, every character that a
  /// terminal would act on or that cannot be seen written as an escape, at most 80 characters.
  ///
  /// Line breaks and tabs are `\n`, `\r`, `\t`; the quote and the backslash are `\"` and `\\`, so
  /// that a value cannot close its quotes and add words of its own; control characters (C0, DEL,
  /// C1, and so the escape that starts a terminal sequence), format characters (zero-width, bidi
  /// controls, byte-order mark, tags), line and paragraph separators, private-use, unassigned and
  /// other default-ignorable code points are `\u001b`, `\u202e` (`\u{e0041}` past U+FFFF). A longer
  /// value is cut and its length said: `... (12,345 characters)`.
  public static func shorten(_ value: String) -> String {
    render(value, limit: 80, escapingQuotes: true)
  }

  /// `shorten(value)` between double quotes, for a value inside a sentence: `"Brenta"`.
  public static func quoted(_ value: String) -> String { "\"" + shorten(value) + "\"" }

  /// A text of the program's own that may hold input (a message, a JSON path, a file name) as
  /// `shorten` writes a value, except that quotes and backslashes stay (the text's own quoting), and
  /// cut only past `limit` characters when one is given.
  public static func visible(_ text: String, limit: Int? = nil) -> String {
    // Nearly every text is printable ASCII: it stands for itself.
    if limit.map({ text.utf8.count <= $0 }) ?? true,
      text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F })
    {
      return text
    }
    return render(text, limit: limit ?? Int.max, escapingQuotes: false)
  }

  static func render(_ value: String, limit: Int, escapingQuotes: Bool) -> String {
    var flat = ""
    var width = 0
    // Where the text stops if it has to be cut: the last whole piece within `limit - 3`.
    var cutAt: String.Index?
    for scalar in value.unicodeScalars {
      let piece = escape(scalar, quotes: escapingQuotes)
      width += piece.map(\.unicodeScalars.count) ?? 1
      if width > limit - 3 && cutAt == nil { cutAt = flat.endIndex }
      if width > limit {
        let length = DigitGrouping.grouped(UInt64(value.count), separator: UInt8(ascii: ","))
        return flat[..<(cutAt ?? flat.endIndex)] + "... (\(length) characters)"
      }
      if let piece { flat += piece } else { flat.unicodeScalars.append(scalar) }
    }
    return flat
  }

  /// How `render` writes one scalar, nil when it stands for itself.
  public static func escape(_ scalar: Unicode.Scalar, quotes: Bool) -> String? {
    switch scalar {
    case "\n": return "\\n"
    case "\r": return "\\r"
    case "\t": return "\\t"
    case "\"": return quotes ? "\\\"" : nil
    case "\\": return quotes ? "\\\\" : nil
    default: break
    }
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return nil }
    guard !isVisible(scalar) else { return nil }
    let hex = String(value, radix: 16)
    if value > 0xFFFF { return "\\u{" + hex + "}" }
    return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
  }

  /// Whether a scalar past ASCII shows as itself: not a control, format, separator, private-use or
  /// unassigned code point, nor one that renderers ignore (fillers, variation selectors).
  static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    switch properties.generalCategory {
    case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate:
      return false
    default:
      return !properties.isDefaultIgnorableCodePoint
    }
  }
}

/// Invalid input data: one or more diagnostics (exit code 65). `omitted` counts those past the limit.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]
  public var omitted: Int

  public init(_ diagnostics: [Diagnostic], omitted: Int = 0) {
    self.diagnostics = diagnostics
    self.omitted = omitted
  }

  public init(_ diagnostic: Diagnostic) { self.init([diagnostic]) }

  public var description: String {
    var lines = diagnostics.map(\.description)
    if omitted > 0 { lines.append("... and \(omitted) more problems not shown") }
    return lines.joined(separator: "\n")
  }
}

/// Collects diagnostics up to a limit, counting the rest, so that a user sees every problem of a
/// file at once rather than fixing them one run at a time.
public struct DiagnosticList: Sendable {
  public static let defaultLimit = 50
  public private(set) var diagnostics: [Diagnostic] = []
  public private(set) var omitted = 0
  public let limit: Int

  public init(limit: Int = DiagnosticList.defaultLimit) { self.limit = limit }

  public var isEmpty: Bool { diagnostics.isEmpty }
  public var isFull: Bool { diagnostics.count >= limit }

  public mutating func append(_ diagnostic: Diagnostic) {
    if diagnostics.count < limit { diagnostics.append(diagnostic) } else { omitted += 1 }
  }

  public mutating func append(contentsOf error: InputError) {
    for diagnostic in error.diagnostics { append(diagnostic) }
    omitted += error.omitted
  }

  /// Throws the collected diagnostics, if any.
  public func check() throws(InputError) {
    if !diagnostics.isEmpty { throw InputError(diagnostics, omitted: omitted) }
  }
}
