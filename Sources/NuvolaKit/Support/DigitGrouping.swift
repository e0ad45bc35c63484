/// Whole numbers with their thousands grouped (`21.642` in Italian, `21,642` in English), written
/// in one allocation: reports and plan sentences write hundreds of thousands of them, and going
/// through `Character`s or `Array(String(n))` showed up in profiles.
enum DigitGrouping {
  /// `magnitude` in decimal with `separator` every three digits, after a minus sign when `negative`.
  static func grouped(_ magnitude: UInt64, negative: Bool = false, separator: UInt8) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var count = 0
      var rest = magnitude
      repeat {
        digits[count] = UInt8(ascii: "0") + UInt8(rest % 10)
        count += 1
        rest /= 10
      } while rest > 0
      let length = (negative ? 1 : 0) + count + (count - 1) / 3
      return String(unsafeUninitializedCapacity: length) { buffer in
        var out = 0
        if negative {
          buffer[out] = UInt8(ascii: "-")
          out += 1
        }
        // `digits` holds the least significant digit first.
        for index in stride(from: count - 1, through: 0, by: -1) {
          buffer[out] = digits[index]
          out += 1
          if index > 0 && index % 3 == 0 {
            buffer[out] = separator
            out += 1
          }
        }
        return out
      }
    }
  }
}
