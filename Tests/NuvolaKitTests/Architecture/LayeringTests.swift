import Foundation
import Testing

/// The direction of data, checked on the source tree: each target of the library imports only the
/// targets below it (ARCHITECTURE.md, Package.swift), only the store imports SQLite, and only the
/// CLI prints or reads the clock. The compiler then refuses any use of a type of a target that is
/// not imported, so the order of the imports is the order of the house.
@Suite("Architecture: layering of the targets")
struct LayeringTests {
  /// What each target may import, besides Foundation and the standard library.
  static let allowed: [String: Set<String>] = {
    let model: Set<String> = ["NuvolaSupport", "NuvolaFormats", "NuvolaModel", "NuvolaRules", "NuvolaAwards"]
    let library = model.union(["NuvolaIngest", "NuvolaStore", "NuvolaEngine", "NuvolaGenerate"])
      .union(["NuvolaReports", "NuvolaPortal"])
    return [
      "NuvolaSupport": [],
      "NuvolaFormats": ["NuvolaSupport"],
      "NuvolaModel": ["NuvolaSupport", "NuvolaFormats"],
      "NuvolaRules": ["NuvolaSupport", "NuvolaFormats", "NuvolaModel"],
      "NuvolaAwards": ["NuvolaSupport", "NuvolaFormats", "NuvolaModel", "NuvolaRules"],
      "NuvolaIngest": model,
      "NuvolaStore": model.union(["CSQLite"]),
      "NuvolaEngine": model,
      "NuvolaGenerate": model,
      "NuvolaReports": model.union(["NuvolaEngine"]),
      "NuvolaPortal": model.union(["NuvolaEngine", "NuvolaReports"]),
      "NuvolaCLI": library,
      "nuvola": ["NuvolaCLI"],
    ]
  }()

  /// Modules of the toolchain every target may import.
  static let system: Set<String> = ["Foundation", "Glibc", "Darwin", "Synchronization", "Dispatch"]

  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let sources = root.appendingPathComponent("Sources")

  struct SourceFile {
    var target: String
    var path: String
    var code: String
  }

  static let files: [SourceFile] = {
    var files: [SourceFile] = []
    let manager = FileManager.default
    for target in allowed.keys.sorted() {
      let url = sources.appendingPathComponent(target)
      guard let walker = manager.enumerator(atPath: url.path) else { continue }
      for case let relative as String in walker where relative.hasSuffix(".swift") {
        let text = (try? String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8)) ?? ""
        files.append(SourceFile(target: target, path: target + "/" + relative, code: stripped(text)))
      }
    }
    return files.sorted { $0.path < $1.path }
  }()

  /// The text without comments and string literals (multi-line ones included), so that a word in a
  /// message or a doc comment is not code.
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

  /// The modules a file imports (`import X`, `@testable import X`, `import struct X.Y`).
  static func imports(in code: String) -> [String] {
    code.matches(of: /(?m)^\s*(?:@\w+\s+)*import\s+(?:(?:struct|class|enum|protocol|func|typealias)\s+)?(\w+)/)
      .map { String($0.output.1) }
  }

  @Test func everyTargetImportsOnlyTheTargetsBelowIt() {
    var edges: [String] = []
    for file in Self.files {
      for module in Self.imports(in: file.code)
      where !Self.system.contains(module) && !Self.allowed[file.target]!.contains(module) {
        edges.append("\(file.path) imports \(module)")
      }
    }
    #expect(edges == [])
  }

  /// The check itself must refuse an import from above, or it proves nothing.
  @Test func theCheckRefusesAnImportFromAbove() {
    let code = Self.stripped("import Foundation\n@testable import NuvolaReports\n// import NuvolaCLI\n")
    #expect(Self.imports(in: code) == ["Foundation", "NuvolaReports"])
    #expect(!Self.allowed["NuvolaEngine"]!.contains("NuvolaReports"))
  }

  /// The order has no cycle: walking down from any target never comes back to it.
  @Test func theOrderHasNoCycle() {
    func below(_ target: String, seen: Set<String>) -> Bool {
      for next in Self.allowed[target] ?? [] where Self.allowed[next] != nil {
        if seen.contains(next) || !below(next, seen: seen.union([next])) { return false }
      }
      return true
    }
    for target in Self.allowed.keys.sorted() { #expect(below(target, seen: [target]), "\(target)") }
  }

  /// Package.swift declares the same order: every dependency a target declares is allowed to it.
  @Test func thePackageDeclaresTheSameOrder() throws {
    let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
    let model = ["NuvolaSupport", "NuvolaFormats", "NuvolaModel", "NuvolaRules", "NuvolaAwards"]
    for match in manifest.matches(of: /\.target\(\s*name: "(\w+)"(?:,\s*dependencies: ([^\n]*))?/) {
      let target = String(match.output.1)
      var declared = Set<String>()
      if let line = match.output.2 {
        let list = line.split(separator: "resources:").first ?? line
        if list.contains("model") { declared.formUnion(model) }
        for name in list.matches(of: /"(\w+)"/) { declared.insert(String(name.output.1)) }
      }
      let allowed = try #require(Self.allowed[target], "\(target) has no place in the order")
      #expect(declared.subtracting(allowed).sorted() == [], "\(target)")
    }
  }

  /// A new target must take its place in the order before it can hold code.
  @Test func everyTargetHasItsPlace() throws {
    let folders = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path)
      .filter { !$0.hasPrefix(".") && $0 != "CSQLite" }
    #expect(Set(folders).subtracting(Self.allowed.keys).sorted() == [])
    #expect(Self.files.count > 250)
  }

  @Test func onlyTheStoreImportsSQLite() {
    let importers = Self.files.filter { Self.imports(in: $0.code).contains("CSQLite") }.map(\.target)
    #expect(!importers.isEmpty)
    #expect(Set(importers) == ["NuvolaStore"])
  }

  /// The library never prints nor reads the clock: the CLI does, once, and passes the day down.
  @Test func onlyTheCLIPrintsOrReadsTheClock() {
    let offenders = Self.files.filter {
      $0.target != "NuvolaCLI" && $0.target != "nuvola"
        && ($0.code.contains("print(") || $0.code.contains("Date()") || $0.code.contains("Date.now")
          || $0.code.contains("FileHandle.standard"))
    }
    #expect(offenders.map(\.path) == [])
  }
}
