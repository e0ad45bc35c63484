import Foundation
import NuvolaSupport
import Testing

/// The Italian of located problems (`Resources/texts/diagnostics.tsv`): the file is well formed,
/// values land where the Italian puts them, and every message and expectation the readers write as
/// a literal has its Italian, so that a new message without one fails here.
@Suite("Support: Italian of the diagnostics")
struct DiagnosticTranslationsTests {
  static let file = TextCatalogue.shippedText("diagnostics") ?? ""

  @Test func everyLineHasBothLanguagesAndTheSameValues() throws {
    var seen = Set<String>()
    var lines = 0
    for line in Self.file.split(separator: "\n") where !line.hasPrefix("#") {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      #expect(cells.count == 2 && !cells[1].isEmpty, "\(line)")
      guard cells.count == 2, cells[0] != "en" else { continue }
      lines += 1
      #expect(seen.insert(cells[0]).inserted, "twice: \(cells[0])")
      #expect(
        cells[0].components(separatedBy: "{}").count == cells[1].components(separatedBy: "{}").count,
        "values differ: \(cells[0])")
    }
    #expect(lines > 250)
  }

  @Test func valuesFillTheItalianInOrder() {
    let translations = DiagnosticTranslations(
      tsv: "en\tit\nnot a whole number\tnon è un numero intero\n{} goes with {}\t{} va con {}\n")
    #expect(translations.text("not a whole number", .it) == "non è un numero intero")
    #expect(translations.text("not a whole number", .en) == "not a whole number")
    #expect(translations.text("--region goes with --register", .it) == "--region va con --register")
    // Not in the file: the English stays, never an empty text.
    #expect(translations.text("something new", .it) == "something new")
  }

  @Test func aLocatedProblemReadsInItalian() {
    let diagnostic = Diagnostic(
      file: "inventario.json", line: 3, column: 14, path: "$.assets[0].ram_gb", value: "otto",
      message: "not a whole number", expected: "a whole number from 0 to 65536")
    #expect(
      diagnostic.description(.it)
        == "inventario.json:3:14: in $.assets[0].ram_gb: non è un numero intero (trovato \"otto\"); "
        + "atteso un numero intero da 0 a 65536")
    #expect(
      diagnostic.description
        == "inventario.json:3:14: at $.assets[0].ram_gb: not a whole number (found \"otto\"); "
        + "expected a whole number from 0 to 65536")
  }

  /// The `message: "..."` and `expected: "..."` literals of the library (values as `{}`).
  static func literals() throws -> Set<String> {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    var found = Set<String>()
    let sources = root.appendingPathComponent("Sources")
    let targets = try FileManager.default.contentsOfDirectory(atPath: sources.path)
      .filter { $0.hasPrefix("Nuvola") && $0 != "NuvolaCLI" }.sorted()
    for target in targets {
      let base = sources.appendingPathComponent(target)
      guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
      for case let path as String in walker
      where path.hasSuffix(".swift") && !path.contains("AuditCatalogue") {
        let code = Array(try String(contentsOf: base.appendingPathComponent(path), encoding: .utf8))
        found.formUnion(Self.literals(in: code))
      }
    }
    return found
  }

  static func literals(in code: [Character]) -> [String] {
    var result: [String] = []
    var index = 0
    let keys = ["message: \"", "expected: \""].map(Array.init)
    while index < code.count {
      guard
        let key = keys.first(where: {
          index + $0.count <= code.count && Array(code[index..<index + $0.count]) == $0
        })
      else {
        index += 1
        continue
      }
      index += key.count
      var text = ""
      while index < code.count, code[index] != "\"" {
        if code[index] == "\\", index + 1 < code.count {
          if code[index + 1] == "(" {
            var depth = 1
            index += 2
            while index < code.count, depth > 0 {
              if code[index] == "(" { depth += 1 } else if code[index] == ")" { depth -= 1 }
              index += 1
            }
            text += "{}"
            continue
          }
          let escaped = code[index + 1]
          text.append(escaped == "n" || escaped == "t" ? " " : escaped)
          index += 2
          continue
        }
        text.append(code[index])
        index += 1
      }
      result.append(text)
    }
    return result
  }

  @Test func everyMessageOfTheReadersHasItsItalian() throws {
    let known = DiagnosticTranslations.shipped.englishTexts
    let literals = try Self.literals()
    #expect(literals.count > 200)
    #expect(literals.subtracting(known).sorted() == [])
  }
}
