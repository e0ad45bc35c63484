import Foundation

extension UnsafeBufferPointer where Element == UInt8 {
  /// Whether both hold the same bytes: one `memcmp`, where `elementsEqual` walks both one element
  /// at a time through iterators.
  @inline(__always)
  public func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
    guard count == other.count else { return false }
    guard count > 0, let base = baseAddress, let otherBase = other.baseAddress else { return true }
    return memcmp(base, otherBase, count) == 0
  }
}
