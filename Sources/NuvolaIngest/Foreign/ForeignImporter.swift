import Foundation
import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// The entry point of foreign imports: reads a file of another tool's format and merges it into a
/// comune's current inventory (or a fresh one), returning the merged inventory and the report, or
/// every problem found with its file, line, column or JSON path.
public struct ForeignImporter: Sendable {
  public var format: ForeignFormat
  public var register: Register

  public init(format: ForeignFormat, register: Register = .shipped) {
    self.format = format
    self.register = register
  }

  /// Reads `bytes` (the content of `file`) into `base`. `baseName` names the stored snapshot in
  /// problems about records the file did not touch (`current snapshot of 014061`).
  public func read(
    _ bytes: [UInt8], file: String, into base: Inventory, baseName: String
  ) throws(InputError) -> ForeignImport {
    switch format {
    case .agidList:
      return try AgIDListReader(register: register).read(bytes, file: file, into: base, baseName: baseName)
    case .konveyor:
      return try KonveyorReader(register: register).read(bytes, file: file, into: base, baseName: baseName)
    case .rvtools:
      return try RVToolsReader(register: register).read(bytes, file: file, into: base, baseName: baseName)
    case .glpi:
      return try GLPIReader(register: register).read(bytes, file: file, into: base, baseName: baseName)
    }
  }

  /// Reads the file at `path` into `base`.
  public func read(path: String, into base: Inventory, baseName: String) throws(InputError) -> ForeignImport {
    try read(try ForeignImporter.contents(of: path), file: path, into: base, baseName: baseName)
  }

  /// The bytes of a file, or a diagnostic saying why it cannot be read (missing, a folder...).
  public static func contents(of path: String) throws(InputError) -> [UInt8] {
    var isFolder: ObjCBool = false
    guard !path.isEmpty, FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw InputError(Diagnostic(file: path, message: "no such file", expected: "a file to import"))
    }
    if isFolder.boolValue {
      throw InputError(Diagnostic(file: path, message: "a folder, not a file", expected: "a file to import"))
    }
    return try InventoryReader.contents(of: path)
  }

  /// The inventory a comune starts from when the store has none: the ISTAT code and the register's
  /// name, nothing else known.
  public static func freshInventory(for entry: RegisterEntry) -> Inventory {
    Inventory(comune: Comune(istatCode: entry.istatCode, name: entry.name))
  }
}
