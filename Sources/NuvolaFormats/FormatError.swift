/// A file that is not what its format says: a damaged or hostile archive, stream or document, or
/// one past a size limit. Readers in this module throw it for every malformed input; they never trap.
public struct FormatError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong, in English (callers word it for users).
  public var message: String
  /// The part of a container the problem is in, such as an archive entry `xl/worksheets/sheet1.xml`.
  public var part: String?
  /// Byte offset in the input (or in the part) where the problem was found.
  public var offset: Int?
  /// Line (1-based) of a text document where the problem was found.
  public var line: Int?
  /// Column (1-based, in bytes) of a text document where the problem was found.
  public var column: Int?

  /// A problem with its message and, where known, its place.
  public init(_ message: String, part: String? = nil, offset: Int? = nil, line: Int? = nil, column: Int? = nil) {
    self.message = message
    self.part = part
    self.offset = offset
    self.line = line
    self.column = column
  }

  /// The same problem, said to be in `part` (unless it already names one).
  public func inPart(_ part: String) -> FormatError {
    var error = self
    if error.part == nil { error.part = part }
    return error
  }

  /// `part: line 3, column 5: message` (or `byte N`).
  public var description: String {
    var text = ""
    if let part { text += part + ": " }
    if let line {
      text += "line \(line)"
      if let column { text += ", column \(column)" }
      text += ": "
    } else if let offset {
      text += "byte \(offset): "
    }
    return text + message
  }
}
