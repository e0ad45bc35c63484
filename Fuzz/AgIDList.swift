import NuvolaKit

/// `ForeignImporter(format: .agidList)` into a fresh inventory and into Sondrio's sample: see
/// `Fuzz.foreign`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAgIDList(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  Fuzz.foreign(.agidList, data, size)
  return 0
}
