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

  public var description: String {
    var text = file
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    text += ": "
    if let path { text += "at \(path): " }
    text += message
    if let value { text += " (found \"\(Diagnostic.shorten(value))\")" }
    if let expected { text += "; expected \(expected)" }
    return text
  }

  /// Keeps a quoted value readable: one line, at most 80 characters.
  static func shorten(_ value: String) -> String {
    var flat = ""
    for character in value {
      switch character {
      case "\n": flat += "\\n"
      case "\r": flat += "\\r"
      case "\t": flat += "\\t"
      default: flat.append(character)
      }
    }
    return flat.count > 80 ? String(flat.prefix(77)) + "..." : flat
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
