import Foundation
import Testing

/// The direction of data, checked on the source tree: each subsystem folder of NuvolaKit may name
/// only the types of the folders below it (ARCHITECTURE.md), only the store imports SQLite, and only
/// the CLI prints or reads the clock. A type is "named" when its name appears in code outside
/// comments and string literals; a type belongs to the folder that declares it.
@Suite("Architecture: layering of the source tree")
struct LayeringTests {
  /// What each folder may use, besides itself.
  static let allowed: [String: Set<String>] = {
    let model: Set<String> = ["Support", "Formats", "Inventory", "Rules", "Awards"]
    return [
      "Support": [],
      "Formats": ["Support"],
      "Inventory": ["Support", "Formats"],
      "Rules": ["Support", "Formats", "Inventory"],
      "Awards": ["Support", "Formats", "Inventory", "Rules"],
      "Ingest": model,
      "Store": model,
      "Engine": model,
      "Generate": model,
      "Reports": model.union(["Engine"]),
      "Portal": model.union(["Engine", "Reports"]),
    ]
  }()

  /// Known edges still to invert, each with the file that holds it. The list may only shrink.
  static let pending: Set<String> = []

  static let kitRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources/NuvolaKit")

  struct SourceFile {
    var folder: String
    var path: String
    var code: String
  }

  static let files: [SourceFile] = {
    var files: [SourceFile] = []
    let manager = FileManager.default
    for folder in allowed.keys.sorted() {
      let url = kitRoot.appendingPathComponent(folder)
      guard let walker = manager.enumerator(atPath: url.path) else { continue }
      for case let relative as String in walker where relative.hasSuffix(".swift") {
        let text = (try? String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8)) ?? ""
        files.append(SourceFile(folder: folder, path: folder + "/" + relative, code: stripped(text)))
      }
    }
    return files.sorted { $0.path < $1.path }
  }()

  /// The text without comments and string literals (multi-line ones included), so that a word in a
  /// message or a doc comment is not a dependency.
  static func stripped(_ text: String) -> String {
    var result = ""
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
    var inMultiline = false
    while let line = lines.popFirst() {
      if inMultiline {
        if line.contains("\"\"\"") { inMultiline = false }
        continue
      }
      var code = String(line)
      if let comment = code.range(of: "//") { code = String(code[..<comment.lowerBound]) }
      if code.contains("\"\"\"") {
        inMultiline = code.components(separatedBy: "\"\"\"").count == 2
        code = code.components(separatedBy: "\"\"\"")[0]
      }
      result += code.replacing(/"(?:[^"\\]|\\.)*"/, with: "\"\"") + "\n"
    }
    return result
  }

  static func declaredTypes(in code: String) -> [String] {
    code.matches(
      of:
        /(?m)^(?:public |internal |private |fileprivate |final |indirect )*(?:struct|enum|class|protocol|actor|typealias)\s+([A-Z]\w*)/
    )
    .map { String($0.output.1) }
  }

  /// Identifiers that start with a capital letter (type names), split at anything that is not a
  /// letter, digit or underscore (`Planner.Type` gives both).
  static func capitalisedWords(in code: String) -> Set<String> {
    var words = Set<String>()
    for token in code.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }) {
      if let first = token.first, first.isUppercase, first.isASCII { words.insert(String(token)) }
    }
    return words
  }

  @Test func everyFolderUsesOnlyTheFoldersBelowIt() {
    var owner: [String: String] = [:]
    for file in Self.files {
      for name in Self.declaredTypes(in: file.code) where owner[name] == nil { owner[name] = file.folder }
    }
    #expect(owner["Day"] == "Support" && owner["InventoryStore"] == "Store" && owner["Planner"] == "Engine")
    var edges = Set<String>()
    for file in Self.files {
      let words = Self.capitalisedWords(in: file.code)
      for word in words {
        guard let folder = owner[word], folder != file.folder, !Self.allowed[file.folder]!.contains(folder)
        else { continue }
        edges.insert("\(file.path) -> \(folder).\(word)")
      }
    }
    #expect(edges.subtracting(Self.pending).sorted() == [])
    #expect(Self.pending.subtracting(edges).sorted() == [], "a pending edge is gone: remove it from the list")
    #expect(Self.pending.isEmpty, "the list may only shrink")
  }

  /// A new subsystem folder must take its place in the order before it can hold code.
  @Test func everyFolderHasItsPlace() throws {
    let folders = try FileManager.default.contentsOfDirectory(atPath: Self.kitRoot.path)
      .filter { !$0.hasPrefix(".") && $0 != "Resources" && !$0.hasSuffix(".swift") }
    #expect(Set(folders).subtracting(Self.allowed.keys).sorted() == [])
  }

  @Test func onlyTheStoreImportsSQLite() {
    let importers = Self.files.filter { $0.code.contains("import CSQLite") }.map(\.folder)
    #expect(!importers.isEmpty)
    #expect(Set(importers) == ["Store"])
  }

  /// The library never prints nor reads the clock: the CLI does, once, and passes the day down.
  @Test func onlyTheCLIPrintsOrReadsTheClock() {
    let offenders = Self.files.filter {
      $0.code.contains("print(") || $0.code.contains("Date()") || $0.code.contains("Date.now")
        || $0.code.contains("FileHandle.standard")
    }
    #expect(offenders.map(\.path) == [])
  }
}
