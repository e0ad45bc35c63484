import Foundation
import NuvolaSupport

/// The notes an import writes on a record: one line, starting with the format's tag
/// (`[rvtools] Power state: poweredOff`). The line belongs to that format: importing a newer file of
/// the same format replaces it, and every other line, written by hand or by other formats, is kept.
enum ForeignNotes {
  /// The longest notes a record may hold (the `notes` field's limit).
  static let maxLength = 2000

  /// What merging did.
  enum Outcome: Equatable {
    case merged(String)
    /// The line was shortened to fit within the limit.
    case shortened(String)
    /// Other notes leave no room for the line; the notes are left as they were.
    case noRoom
  }

  static func merge(_ existing: String?, tag: String, text: String) -> Outcome {
    var kept: [Substring] = []
    if let existing, !existing.isEmpty {
      kept = existing.split(separator: "\n", omittingEmptySubsequences: false).filter {
        !$0.hasPrefix(tag + " ")
      }
      while let last = kept.last, last.trimmingCharacters(in: .whitespaces).isEmpty { kept.removeLast() }
    }
    let prefix = kept.isEmpty ? "" : kept.joined(separator: "\n") + "\n"
    var line = flatten(text)
    let room = maxLength - prefix.count - tag.count - 1
    if line.count <= room { return .merged(prefix + tag + " " + line) }
    guard room >= 2 else { return .noRoom }
    line = String(line.prefix(room - 1)) + "…"
    return .shortened(prefix + tag + " " + line)
  }

  /// One line of printable text: line breaks and tabs become spaces, other control characters are
  /// written as `\u0000`, as diagnostics write them.
  static func flatten(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    var lastWasSpace = false
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == " " {
        if !lastWasSpace && !result.isEmpty { result.unicodeScalars.append(" ") }
        lastWasSpace = true
      } else if value < 0x20 || (0x7F...0x9F).contains(value) {
        // Shown, not dropped: the notes say that something was there.
        result += Diagnostic.escape(scalar, quotes: false) ?? ""
        lastWasSpace = false
      } else {
        result.unicodeScalars.append(scalar)
        lastWasSpace = false
      }
    }
    while result.hasSuffix(" ") { result.removeLast() }
    return result
  }
}
