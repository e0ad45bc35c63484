/// Builds Markdown that reads well as plain text and renders safely: text from an inventory has its
/// Markdown-special characters escaped (so `<script>` stays text, `*` stays a star, `# x` is not a
/// heading), and table cells keep their pipes and line breaks from breaking the table.
struct MarkdownWriter {
  private(set) var output = ""

  init(capacity: Int = 32 * 1024) {
    output.reserveCapacity(capacity)
  }

  /// Characters escaped wherever they stand: code, emphasis, raw HTML, table cells, strikethrough.
  private static let alwaysSpecial: Set<Unicode.Scalar> = ["\\", "`", "*", "<", "|", "~"]

  /// Escapes text for inline use, with as few backslashes as safety allows so that the text still
  /// reads as plain text: `os_version` and `[FAQ]` stay as they are, while `*`, `<script>`, `|`,
  /// a `](` that would make a link and an underscore that would start emphasis are escaped. Line
  /// breaks become spaces: inside inventory text they could otherwise start a heading, a list or a
  /// new table row. With `lineStart`, what would open a block at the start of a line (`#`, `>`,
  /// `- `, `+ `, `1. `, `=`, `[`, indentation) is neutralised too.
  static func escape(_ text: String, lineStart: Bool = false) -> String {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      if scalar == "\n" || scalar == "\r" || scalar == "\t" {
        if let last = scalars.last, last != " " { scalars.append(" ") }
      } else {
        scalars.append(scalar)
      }
    }
    if lineStart { while scalars.first == " " { scalars.removeFirst() } }
    var result = ""
    result.reserveCapacity(scalars.count + 8)
    for (index, scalar) in scalars.enumerated() {
      let previous = index > 0 ? scalars[index - 1] : nil
      let next = index + 1 < scalars.count ? scalars[index + 1] : nil
      var escaped = alwaysSpecial.contains(scalar)
      switch scalar {
      case "_":
        // Inside a word an underscore never starts emphasis.
        escaped = !(isWordScalar(previous) && isWordScalar(next))
      case "]":
        escaped = next == "(" || next == "[" || next == ":"
      case "#":
        escaped = index == 0 || index == scalars.count - 1
      case "[", ">", "-", "+", "=":
        escaped = lineStart && index == 0
      default:
        break
      }
      if escaped { result += "\\" }
      result.unicodeScalars.append(scalar)
    }
    if lineStart { escapeOrderedListMarker(&result) }
    return result
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
  }

  /// `12. text` or `12) text` at the start of a line would begin a numbered list.
  private static func escapeOrderedListMarker(_ text: inout String) {
    var index = text.startIndex
    while index < text.endIndex, text[index].isASCII, text[index].isNumber {
      index = text.index(after: index)
    }
    guard index != text.startIndex, index < text.endIndex, text[index] == "." || text[index] == ")" else {
      return
    }
    let next = text.index(after: index)
    guard next == text.endIndex || text[next] == " " else { return }
    text.insert("\\", at: index)
  }

  mutating func line(_ text: String = "") {
    output += text + "\n"
  }

  /// A heading of the given level; the text is escaped.
  mutating func heading(_ level: Int, _ text: String) {
    output +=
      String(repeating: "#", count: max(1, min(level, 6))) + " " + MarkdownWriter.escape(text) + "\n\n"
  }

  /// A paragraph of Markdown already built from escaped pieces.
  mutating func paragraph(_ markdown: String) {
    output += markdown + "\n\n"
  }
}
