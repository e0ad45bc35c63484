import Foundation
import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// Reads a comune's inventory from a path, whichever of its encodings it is: a `.json` document,
/// a folder of CSV sheets with `comune.csv`, or a workbook (`.xlsx`, `.ods`) with those sheets. The entry point of ingest: what it returns has been
/// decoded and validated; what it throws lists every problem with its file, line and column.
public struct InventoryReader: Sendable {
  public var register: Register

  public init(register: Register = .shipped) {
    self.register = register
  }

  static let notAnInventory = "not an inventory"
  static let inventoryExpectation = "a .json file, an .xlsx or .ods workbook, or a folder with comune.csv"

  public func read(path: String) throws(InputError) -> Inventory {
    // The common case, a readable .json file, costs one open, fstat and read; anything else (a
    // folder, a missing or unreadable file) goes the way below, which words every problem.
    if InventoryReader.hasJSONSuffix(path), let bytes = InventoryReader.regularFileContents(path) {
      return try InventoryJSONReader(register: register).read(bytes, file: path)
    }
    let manager = FileManager.default
    var isFolder: ObjCBool = false
    guard !path.isEmpty, manager.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw InputError(
        Diagnostic(
          file: path, message: "no such file or folder", expected: InventoryReader.inventoryExpectation))
    }
    if isFolder.boolValue {
      guard InventoryCSVReader.sheetFiles(in: path).byType[.comune] != nil else {
        let sheets = ((try? manager.contentsOfDirectory(atPath: path)) ?? [])
          .filter { $0.lowercased().hasSuffix(".csv") }.sorted()
        var message = "\(InventoryReader.notAnInventory): the folder has no comune.csv"
        if !sheets.isEmpty {
          message += " (it has \(sheets.prefix(5).joined(separator: ", "))\(sheets.count > 5 ? ", ..." : ""))"
        }
        throw InputError(
          Diagnostic(file: path, message: message, expected: InventoryReader.inventoryExpectation))
      }
      return try InventoryCSVReader(register: register).read(folder: path)
    }
    let name = (path as NSString).lastPathComponent.lowercased()
    if InventoryWorkbookReader.isWorkbook(name) {
      let bytes = try InventoryReader.contents(of: path)
      return try InventoryWorkbookReader(register: register).read(bytes, file: path)
    }
    if name.hasSuffix(".json") {
      let bytes = try InventoryReader.contents(of: path)
      return try InventoryJSONReader(register: register).read(bytes, file: path)
    }
    var message = InventoryReader.notAnInventory
    if name.hasSuffix(".csv") {
      message += ": a CSV sheet alone is not an inventory; give the folder that holds it"
    }
    throw InputError(Diagnostic(file: path, message: message, expected: InventoryReader.inventoryExpectation))
  }

  /// The bytes of a file, or a diagnostic saying why it cannot be read.
  static func contents(of path: String) throws(InputError) -> [UInt8] {
    if let bytes = regularFileContents(path) { return bytes }
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw InputError(
        Diagnostic(
          file: path, message: "cannot read the file (permission denied)", expected: "a readable file"))
    }
    do {
      return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
      throw InputError(
        Diagnostic(
          file: path, message: "cannot read the file: \(error.localizedDescription)",
          expected: "a readable file"))
    }
  }

  /// Whether the path ends in `.json`, in any case.
  static func hasJSONSuffix(_ path: String) -> Bool {
    let suffix = Array(path.utf8.suffix(5))
    guard suffix.count == 5 else { return false }
    return suffix[0] == UInt8(ascii: ".") && suffix[1] | 0x20 == UInt8(ascii: "j")
      && suffix[2] | 0x20 == UInt8(ascii: "s") && suffix[3] | 0x20 == UInt8(ascii: "o")
      && suffix[4] | 0x20 == UInt8(ascii: "n")
  }

  /// The bytes of a regular file read with plain system calls, nil when it cannot be opened or
  /// read that way (the caller then takes the path that explains why).
  static func regularFileContents(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
    let size = Int(status.st_size)
    var failed = false
    // The size fstat gave, as Foundation reads a file: one read call for a whole small file.
    let bytes = [UInt8](unsafeUninitializedCapacity: max(size, 1)) { buffer, count in
      count = 0
      while count < size {
        let read = Foundation.read(descriptor, buffer.baseAddress! + count, size - count)
        if read < 0 && errno == EINTR { continue }
        if read <= 0 {
          failed = true
          return
        }
        count += read
      }
    }
    guard !failed else { return nil }
    return bytes
  }

  /// True for a file with nothing but white space and perhaps a byte-order mark.
  static func isBlank(_ bytes: [UInt8]) -> Bool {
    var start = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
    return bytes[start...].allSatisfy {
      $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n")
        || $0 == UInt8(ascii: "\r")
    }
  }
}

/// The store imports with it (`InventoryStore.importFiles`).
extension InventoryReader: InventorySource {}
