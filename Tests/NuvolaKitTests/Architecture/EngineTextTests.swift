import Foundation
import NuvolaSupport
import Testing

@testable import NuvolaEngine

/// The engine holds no words a user reads: it returns catalogue keys with typed values
/// (`BilingualText(key:)`, `CatalogueText`), and `Resources/texts/engine.tsv` holds the texts in both
/// languages. Checked on the source tree, so that a sentence written into an engine file fails here.
@Suite("Architecture: no user-facing text in the engine")
struct EngineTextTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources")

  /// The engine's folder: `Sources/NuvolaKit/Engine`, or its own target once it has one.
  static let engineFolder: URL = {
    let target = root.appendingPathComponent("NuvolaEngine")
    return FileManager.default.fileExists(atPath: target.path)
      ? target : root.appendingPathComponent("NuvolaKit/Engine")
  }()

  struct Literal: Equatable {
    var file: String
    var line: Int
    /// The literal's text with its interpolations left out.
    var text: String
    /// The code before it on its line.
    var before: String
  }

  static let sources: [(path: String, code: String)] = {
    guard let walker = FileManager.default.enumerator(atPath: engineFolder.path) else { return [] }
    var files: [(String, String)] = []
    for case let relative as String in walker where relative.hasSuffix(".swift") {
      let code =
        (try? String(contentsOf: engineFolder.appendingPathComponent(relative), encoding: .utf8)) ?? ""
      files.append((relative, code))
    }
    return files.sorted { $0.0 < $1.0 }
  }()

  /// Every string literal of `code` outside comments, with interpolations left out of its text
  /// (a literal inside an interpolation is a literal of its own).
  static func literals(in code: String, file: String) -> [Literal] {
    let chars = Array(code.unicodeScalars)
    var found: [Literal] = []
    var index = 0
    var line = 1
    var lineStart = 0

    func scanString() {
      // chars[index] is the opening quote.
      let startLine = line
      let before = String(String.UnicodeScalarView(chars[lineStart..<index]))
      index += 1
      var text = ""
      while index < chars.count {
        let c = chars[index]
        if c == "\\", index + 1 < chars.count {
          if chars[index + 1] == "(" {
            index += 2
            scanCode(untilClose: true)
            text += " "
            continue
          }
          text.unicodeScalars.append(chars[index + 1])
          index += 2
          continue
        }
        if c == "\"" || c == "\n" {
          index += 1
          break
        }
        text.unicodeScalars.append(c)
        index += 1
      }
      found.append(Literal(file: file, line: startLine, text: text, before: before))
    }

    func scanCode(untilClose: Bool) {
      var depth = 0
      while index < chars.count {
        let c = chars[index]
        if c == "\n" {
          line += 1
          lineStart = index + 1
        }
        if c == "/", index + 1 < chars.count, chars[index + 1] == "/" {
          while index < chars.count, chars[index] != "\n" { index += 1 }
          continue
        }
        if c == "/", index + 1 < chars.count, chars[index + 1] == "*" {
          while index + 1 < chars.count, !(chars[index] == "*" && chars[index + 1] == "/") {
            if chars[index] == "\n" {
              line += 1
              lineStart = index + 1
            }
            index += 1
          }
          index += 2
          continue
        }
        if c == "\"" {
          scanString()
          continue
        }
        if c == "(" { depth += 1 }
        if c == ")" {
          if untilClose && depth == 0 {
            index += 1
            return
          }
          depth -= 1
        }
        index += 1
      }
    }

    scanCode(untilClose: false)
    return found
  }

  /// A literal a user would read: words separated by a space or an apostrophe, an Italian accented
  /// letter or guillemet, or any letters given per language (`it: "..."`, `case .it: return "..."`,
  /// `language == .it ? "..."`). Keys, identifiers, JSON field names and rule codes have none.
  static func isUserFacing(_ literal: Literal) -> Bool {
    let text = literal.text
    if text.contains(/\p{L}[ '’]\p{L}/) || text.contains(/[àèéìòùÀÈÉÌÒÙ«»]/) { return true }
    guard text.contains(/\p{L}/) else { return false }
    let before = literal.before.trimmingCharacters(in: .whitespaces)
    return before.hasSuffix("it:") || before.hasSuffix("en:") || before.contains(/\.(it|en)\s*[:?]/)
  }

  /// Literals with words that stay in the engine, as `file: text`, each with its reason. The list
  /// may only shrink.
  static let allowed: Set<String> = [
    // The register reader's located errors (`Diagnostic` message and expectation): English as the
    // readers write them, Italian from `texts/diagnostics.tsv` like every reader's message. The
    // reader reads a CSV file and belongs with the readers (Ingest), where the rule is the same.
    "RegisterFunding.swift: not an ISTAT code",
    "RegisterFunding.swift: 6 digits (leading zeros may be omitted)",
    "RegisterFunding.swift: not a population",
    "RegisterFunding.swift: a whole number from 0 to 10000000, no separators",
    "RegisterFunding.swift: code given twice",
    "RegisterFunding.swift: each comune once",
  ]

  @Test func noEngineFileHoldsUserFacingText() {
    #expect(Self.allowed.allSatisfy { entry in Self.sources.contains { entry.hasPrefix($0.path + ": ") } })
    #expect(Self.sources.count > 50, "the engine's sources were not found at \(Self.engineFolder.path)")
    let offenders = Self.sources.flatMap { Self.literals(in: $0.code, file: $0.path) }
      .filter(Self.isUserFacing)
      .filter { !Self.allowed.contains("\($0.file): \($0.text)") }
      .map { "\($0.file):\($0.line): \"\($0.text)\"" }
    #expect(offenders == [], "\(offenders.count) user-facing literals:\n\(offenders.joined(separator: "\n"))")
  }

  /// The check itself: it finds a sentence, a per-language word and an accented word, and lets keys,
  /// identifiers and codes through.
  @Test func theCheckTellsTextFromKeys() {
    let code = """
      let a = BilingualText(key: "funding.population_class", ["value": TextNumber.grouped(n)])
      let b = rules.values["rollout_phase_months"]  // a comment with words in it
      let c = "OS-EOL"; let d = "\\(x)-\\(y)"
      let e = "Servizi da migrare: \\(n)"
      let f = BilingualText(it: "aperto", en: "open")
      let g = language == .it ? "sì" : "yes"
      let h = "perché"
      """
    let flagged = Self.literals(in: code, file: "x").filter(Self.isUserFacing).map(\.text)
    #expect(flagged == ["Servizi da migrare:  ", "aperto", "open", "sì", "yes", "perché"])
  }

  /// Every key an engine file names is in the catalogue, in both languages.
  @Test func everyKeyTheEngineNamesIsInTheCatalogue() {
    var keys: [String] = []
    for (path, code) in Self.sources {
      for match in code.matches(of: /BilingualText\(\s*key: "([a-z0-9_.]+)"|CatalogueText\("([a-z0-9_.]+)"/) {
        if let key = match.output.1 ?? match.output.2 { keys.append(String(key)) }
      }
      #expect(!code.contains("key: \"\\("), "\(path) builds a key at run time")
    }
    #expect(keys.count > 250)
    // Keys made of a stem and a code (`"plan.warning." + code`): the findings' texts by their code,
    // the plan's purposes, and the codes the engine passes to the helpers that build a warning, a
    // constraint or an indicator.
    keys.removeAll { $0.hasSuffix(".") }
    keys += FindingCode.allCases.flatMap { code in
      ["title", "message", "fix"].map { code.textKey + "." + $0 }
    }
    keys += PlanPurpose.allCases.compactMap { $0.text.catalogueText?.key }
    let stems: [(file: String, call: Regex<(Substring, Substring)>, stem: String)] = [
      ("Planning/Planner+Warnings.swift", /add\(\s*"(\w+)"/, "plan.warning."),
      ("Planning/Planner+Warnings.swift", /held\.insert\("(\w+)"\)/, "plan.constraint."),
      ("Progress/ProgressMeasurement.swift", /indicator\(\s*"(\w+)"/, "progress.indicator."),
    ]
    for (file, call, stem) in stems {
      let code = Self.sources.first { $0.path == file }?.code ?? ""
      let found = code.matches(of: call).map { stem + $0.output.1 }
      #expect(!found.isEmpty, "\(file): no \(stem) key found")
      keys += found
    }
    let missing = keys.filter { key in
      guard let text = TextCatalogue.engine.texts[key] else { return true }
      return text.it.isEmpty || text.en.isEmpty
    }
    #expect(missing == [])
  }
}
