import Foundation
import NuvolaKit

/// `InventoryCSVReader` on a folder of sheets given as one input: the sheets `comune.csv`,
/// `sites.csv`, `assets.csv`, `applications.csv` and `links.csv` in that order, separated by the byte
/// 0x1E (ASCII record separator). A missing or empty part is a sheet absent from the folder; a part
/// of blanks is an empty sheet. Every folder reads or throws well-formed problems; an inventory it
/// accepts is valid and round-trips through JSON and CSV sheets.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInventoryCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let parts = Fuzz.buffer(data, size).split(separator: 0x1E, omittingEmptySubsequences: false)
  var sheets: [String: [UInt8]] = [:]
  for (name, part) in zip(InventoryCSVReader.sheetNames, parts) where !part.isEmpty {
    sheets[name] = Array(part)
  }
  do {
    let inventory = try InventoryCSVReader().read(sheets: sheets, folder: "fuzz")
    Fuzz.checkAccepted(inventory, by: "InventoryCSVReader")
  } catch {
    Fuzz.check(error)
  }
  return 0
}
