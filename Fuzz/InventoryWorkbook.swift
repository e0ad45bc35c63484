import NuvolaKit

/// `InventoryWorkbookReader` on the input as an .xlsx or .ods file: every workbook reads or throws
/// well-formed problems (a damaged archive, a ZIP bomb, bad XML are one problem); an inventory it
/// accepts is valid and round-trips through JSON and CSV sheets.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInventoryWorkbook(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  do {
    let inventory = try InventoryWorkbookReader().read(Array(Fuzz.buffer(data, size)), file: "fuzz.xlsx")
    Fuzz.checkAccepted(inventory, by: "InventoryWorkbookReader")
  } catch {
    Fuzz.check(error)
  }
  return 0
}
