import Foundation

/// Reads a comune's inventory from a path, whichever of the two encodings it is: a `.json` document
/// or a folder of CSV sheets with `comune.csv`. The entry point of ingest: what it returns has been
/// decoded and validated; what it throws lists every problem with its file, line and column.
public struct InventoryReader: Sendable {
  public var register: Register

  public init(register: Register = .shipped) {
    self.register = register
  }

  static let notAnInventory = "not an inventory"
  static let inventoryExpectation = "a .json file or a folder with comune.csv"

  public func read(path: String) throws(InputError) -> Inventory {
    let manager = FileManager.default
    var isFolder: ObjCBool = false
    guard !path.isEmpty, manager.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw InputError(
        Diagnostic(
          file: path, message: "no such file or folder", expected: InventoryReader.inventoryExpectation))
    }
    if isFolder.boolValue {
      let comunePath = InventoryCSVReader.join(path, RecordType.comune.sheetName)
      guard manager.fileExists(atPath: comunePath) else {
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
