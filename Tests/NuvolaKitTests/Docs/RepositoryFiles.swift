import Foundation

/// Files of the repository the tests read (docs, templates, sample inventories), found from this
/// source file's path so that the tests run from any working directory.
enum RepositoryFiles {
  /// The repository root: three folders up from `Tests/NuvolaKitTests/Docs/`.
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func url(_ path: String) -> URL { root.appendingPathComponent(path) }

  static func text(_ path: String) throws -> String {
    try String(contentsOf: url(path), encoding: .utf8)
  }

  /// Names in a folder, sorted, hidden files left out.
  static func list(_ path: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: url(path).path).filter { !$0.hasPrefix(".") }.sorted()
  }
}
