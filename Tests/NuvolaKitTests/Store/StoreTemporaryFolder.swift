import Foundation

/// A fresh folder under the system's temporary directory for one test, removed with its contents
/// when the test's suite instance is released.
final class StoreTemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("nuvola-store-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  /// The path of a file inside the folder.
  func path(_ name: String) -> String {
    url.appendingPathComponent(name).path
  }

  /// The names of the files in the folder, sorted.
  func contents() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
  }
}
