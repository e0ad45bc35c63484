import NuvolaKit

/// `ForeignImporter(format: .konveyor)` into a fresh inventory and into Sondrio's sample: see
/// `Fuzz.foreign`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKonveyor(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  Fuzz.foreign(.konveyor, data, size)
  return 0
}
