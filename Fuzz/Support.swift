import Foundation
import NuvolaKit

/// What every fuzz target shares: the input as bytes, the checks that make a wrong answer as loud as
/// a crash, and the inventories foreign files are merged into.
///
/// A thrown `InputError` is the clean way to refuse an input; a crash, a hang, runaway memory or a
/// failed `Fuzz.check` is a bug. A failed check prints what broke and aborts, so that libFuzzer
/// saves the input as a crash artifact.
enum Fuzz {
  /// The repository, found from this file's path (scripts/fuzz.sh compiles it by absolute path).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .path

  /// The input as a buffer (libFuzzer may pass no pointer for an empty input).
  static func buffer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: size > 0 ? data : nil, count: size)
  }

  /// Stops the run with the input saved as a crash when `condition` does not hold.
  static func check(
    _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String, line: UInt = #line
  ) {
    guard !condition() else { return }
    FileHandle.standardError.write(Data("FUZZ INVARIANT FAILED (line \(line)): \(message())\n".utf8))
    abort()
  }

  /// Problems point at real places: lines and columns count from 1, and every problem says something.
  static func check(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics {
      check(!diagnostic.message.isEmpty, "a problem without a message: \(diagnostic)")
      check((diagnostic.line ?? 1) >= 1, "line below 1: \(diagnostic)")
      check((diagnostic.column ?? 1) >= 1, "column below 1: \(diagnostic)")
      check(diagnostic.column == nil || diagnostic.line != nil, "a column without a line: \(diagnostic)")
    }
  }

  /// A thrown error lists at least one problem, each well formed.
  static func check(_ error: InputError) {
    check(!error.diagnostics.isEmpty, "an InputError without diagnostics")
    check(error.omitted >= 0, "negative omitted count")
    check(error.diagnostics)
  }

  /// An inventory a reader accepted: it passes the full validator (the readers' fast paths accept
  /// exactly what the field rules do), and writing it as JSON or as CSV sheets and reading it back
  /// gives the same inventory.
  static func checkAccepted(_ inventory: Inventory, by reader: String) {
    let issues = InventoryValidator.validate(inventory, register: .shipped)
    check(issues.isEmpty, "\(reader) accepted an invalid inventory: \(issues.prefix(3))")
    let json = inventory.json.bytes(pretty: false)
    do {
      let again = try InventoryJSONReader().read(json, file: "round-trip.json")
      check(again == inventory, "\(reader): the JSON round trip changed the inventory")
    } catch {
      check(false, "\(reader): its inventory written as JSON does not read back: \(error)")
    }
    var sheets: [String: [UInt8]] = [:]
    for sheet in inventory.csvSheets() { sheets[sheet.name] = Array(sheet.text.utf8) }
    do {
      let again = try InventoryCSVReader().read(sheets: sheets, folder: "round-trip")
      check(again == inventory, "\(reader): the CSV round trip changed the inventory")
    } catch {
      check(false, "\(reader): its inventory written as CSV sheets does not read back: \(error)")
    }
  }

  // MARK: Foreign imports

  /// What a comune with nothing in the store starts from (Sondrio, ISTAT 014061).
  static let fresh: Inventory = {
    guard let entry = Register.shipped.entry(code: "014061") else { fatalError("no 014061 in the register") }
    return ForeignImporter.freshInventory(for: entry)
  }()

  /// Sondrio's sample inventory, which the foreign fixtures update: merging into records, not only
  /// creating them.
  static let sondrio: Inventory = {
    do {
      return try InventoryReader().read(path: root + "/Inventories/014061-sondrio.json")
    } catch {
      fatalError("cannot read Inventories/014061-sondrio.json: \(error)")
    }
  }()

  /// Imports the input as `format` into both inventories: each import reads or throws well-formed
  /// problems, and what it returns is a valid inventory. Into the fresh inventory, where every record
  /// comes from the input, it must also round-trip (Sondrio's own records would only repeat the same
  /// round trip on every run).
  static func foreign(_ format: ForeignFormat, _ data: UnsafePointer<UInt8>?, _ size: Int) {
    let bytes = Array(buffer(data, size))
    for (base, roundTrip) in [(fresh, true), (sondrio, false)] {
      do {
        let result = try ForeignImporter(format: format).read(
          bytes, file: "input", into: base, baseName: "current snapshot of 014061")
        check(result.report.sourceRecords >= 0, "negative record count")
        if roundTrip {
          checkAccepted(result.inventory, by: format.rawValue)
        } else {
          let issues = InventoryValidator.validate(result.inventory, register: .shipped)
          check(issues.isEmpty, "\(format.rawValue) made an invalid inventory: \(issues.prefix(3))")
        }
      } catch {
        check(error)
      }
    }
  }
}
