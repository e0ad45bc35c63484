import Foundation
import NuvolaKit

/// `InventoryJSONReader`: every document reads or throws well-formed problems; an inventory it
/// accepts is valid and round-trips through JSON and CSV sheets.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInventoryJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = Array(Fuzz.buffer(data, size))
  do {
    let inventory = try InventoryJSONReader().read(bytes, file: "fuzz.json")
    Fuzz.checkAccepted(inventory, by: "InventoryJSONReader")
  } catch {
    Fuzz.check(error)
  }
  return 0
}
