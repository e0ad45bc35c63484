import Foundation
import NuvolaIngest
import NuvolaModel
import NuvolaSupport
import Testing

/// The foreign-format fixtures (`Fixtures/foreign/`, written from the published column names) and
/// the inventories they are merged into.
enum ForeignFixtures {
  /// The bytes of a fixture file.
  static func bytes(_ name: String) throws -> [UInt8] {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/foreign"))
    return [UInt8](try Data(contentsOf: url))
  }

  /// Sondrio's illustrative inventory (`Inventories/014061-sondrio.json`), as the store would hold it.
  static let sondrio: Inventory = {
    let path = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Inventories/014061-sondrio.json").path
    return (try? InventoryReader().read(path: path)) ?? Inventory(comune: Comune(istatCode: "014061"))
  }()

  /// What a comune with nothing in the store starts from.
  static let fresh = Inventory(comune: Comune(istatCode: "012007", name: "Azzio"))

  static let baseName = "current snapshot of 014061 Sondrio"

  /// Reads `bytes` as `format` into `base`.
  static func read(
    _ format: ForeignFormat, _ bytes: [UInt8], file: String = "input", into base: Inventory = sondrio
  ) throws(InputError) -> ForeignImport {
    try ForeignImporter(format: format).read(bytes, file: file, into: base, baseName: baseName)
  }

  static func read(
    _ format: ForeignFormat, text: String, file: String = "input", into base: Inventory = sondrio
  ) throws(InputError) -> ForeignImport {
    try read(format, Array(text.utf8), file: file, into: base)
  }

  /// The problems reading `text` gives (empty when it reads).
  static func problems(
    _ format: ForeignFormat, _ text: String, file: String = "input", into base: Inventory = sondrio
  ) -> [Diagnostic] {
    do {
      _ = try read(format, text: text, file: file, into: base)
      return []
    } catch {
      return error.diagnostics
    }
  }
}

extension Inventory {
  func asset(_ id: String) -> Asset? { assets.first { $0.id == id } }
  func application(_ id: String) -> Application? { applications.first { $0.id == id } }
}
