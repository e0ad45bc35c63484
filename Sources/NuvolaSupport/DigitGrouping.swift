/// Whole numbers with their thousands grouped (`21.642` in Italian, `21,642` in English), written
/// in one allocation: reports and plan sentences write hundreds of thousands of them, and going
/// through `Character`s or `Array(String(n))` showed up in profiles.
public enum DigitGrouping {
  /// `magnitude` in decimal with `separator` every three digits, after a minus sign when `negative`.
  public static func grouped(_ magnitude: UInt64, negative: Bool = false, separator: UInt8) -> String {
    withDigits(of: magnitude, separator: separator) { digits in
      String(unsafeUninitializedCapacity: digits.count + (negative ? 1 : 0)) { buffer in
        var out = 0
        if negative {
          buffer[out] = UInt8(ascii: "-")
          out += 1
        }
        _ = UnsafeMutableBufferPointer(rebasing: buffer[out...]).initialize(from: digits)
        return out + digits.count
      }
    }
  }

  /// The decimal digits of `magnitude`, most significant first, with `separator` every three when
  /// one is given, handed to `body` from stack memory: no allocation.
  @inlinable
  public static func withDigits<Result>(
    of magnitude: UInt64, separator: UInt8?, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    // 20 digits and 6 separators at most.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 26) { buffer in
      var start = buffer.count
      var rest = magnitude
      var written = 0
      repeat {
        if let separator, written > 0, written % 3 == 0 {
          start -= 1
          buffer[start] = separator
        }
        start -= 1
        buffer[start] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
        written += 1
      } while rest > 0
      return body(UnsafeBufferPointer(rebasing: buffer[start...]))
    }
  }
}
