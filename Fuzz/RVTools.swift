import NuvolaKit

/// `ForeignImporter(format: .rvtools)` into a fresh inventory and into Sondrio's sample: see
/// `Fuzz.foreign`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRVTools(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  Fuzz.foreign(.rvtools, data, size)
  return 0
}
