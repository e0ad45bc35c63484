import NuvolaKit

/// `ForeignImporter(format: .glpi)` into a fresh inventory and into Sondrio's sample: see
/// `Fuzz.foreign`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGLPI(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  Fuzz.foreign(.glpi, data, size)
  return 0
}
