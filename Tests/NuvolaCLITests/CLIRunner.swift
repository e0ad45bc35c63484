import Foundation
import NuvolaCLI
import NuvolaSupport
import Synchronization

/// Runs the command line in process, in a temporary folder, capturing what it prints.
final class CLIRunner: Sendable {
  let folder: URL
  private let output = Captured()

  /// Text written by a command, shared with the console closures.
  final class Captured: Sendable {
    let text = Mutex<(out: String, err: String)>(("", ""))
  }

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("nuvola-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  /// The repository root, where `Inventories/` lives.
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The day every in-process run takes as today: tests never read the clock.
  static let today = Day(year: 2026, month: 12, day: 4)!

  struct Result {
    var code: Int32
    var out: String
    var err: String
  }

  func run(_ arguments: [String], environment: [String: String] = [:]) -> Result {
    output.text.withLock { $0 = ("", "") }
    let console = Console(
      out: { [output] text in output.text.withLock { $0.out += text } },
      err: { [output] text in output.text.withLock { $0.err += text } })
    let code = NuvolaCLI.run(
      arguments: arguments, environment: environment, currentDirectory: folder, console: console,
      today: CLIRunner.today)
    let (out, err) = output.text.withLock { $0 }
    return Result(code: code, out: out, err: err)
  }

  func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// The bytes of a file in the folder, or nil.
  func contents(_ name: String) -> Data? { FileManager.default.contents(atPath: path(name)) }
}
