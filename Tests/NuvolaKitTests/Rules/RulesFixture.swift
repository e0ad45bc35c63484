import Foundation

@testable import NuvolaRules
@testable import NuvolaSupport

/// The shipped rules, loaded once for every test that only reads them, and temporary folders for the
/// tests that write rules files of their own.
enum RulesFixture {
  static let book: RuleBook = {
    do {
      return try RuleBook.load()
    } catch {
      fatalError("bundled rules do not load: \(error)")
    }
  }()

  static var bundledDirectory: URL { RuleBook.bundledDirectory! }

  static func bundledText(_ name: String) throws -> String {
    try String(contentsOf: bundledDirectory.appendingPathComponent(name), encoding: .utf8)
  }

  /// A fresh empty folder, removed by the caller with `remove`.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("nuvola-rules-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func remove(_ url: URL) { try? FileManager.default.removeItem(at: url) }

  /// Writes a bundled file into `directory` with one textual replacement, which must apply.
  static func writeVariant(of name: String, in directory: URL, replacing old: String, with new: String) throws
  {
    let text = try bundledText(name)
    guard text.contains(old) else { throw VariantError.textNotFound(old) }
    let url = directory.appendingPathComponent(name)
    try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
  }

  enum VariantError: Error { case textNotFound(String) }

  static func load(override directory: URL) throws(InputError) -> RuleBook {
    try RuleBook.load(bundledDirectory: bundledDirectory, overrideDirectory: directory)
  }
}
