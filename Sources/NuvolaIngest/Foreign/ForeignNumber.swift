/// Non-negative quantities as exports and spreadsheets write them: `4096`, `4,096` or `4.096`
/// (thousands, groups of three), `1.048.576,5`, `12.5` or `12,5` (decimals), `4 096`. A single
/// separator followed by exactly three digits is read as thousands (`40.960` MiB is 40960 MiB), since
/// the quantities imported (MiB, MB, cores) are never written with three decimals. A negative size,
/// memory or count is never valid, so a minus sign makes the text not a quantity.
enum ForeignNumber {
  static func parse(_ text: String) -> Double? {
    var digits: [UInt8] = []
    digits.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case " ", "\u{A0}", "\u{202F}", "'", "\t": continue
      case "+" where digits.isEmpty: continue
      case "0"..."9", ".", ",": digits.append(UInt8(scalar.value))
      default: return nil
      }
    }
    let separators = digits.indices.filter {
      digits[$0] == UInt8(ascii: ".") || digits[$0] == UInt8(ascii: ",")
    }
    guard !digits.isEmpty, digits.contains(where: { $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: ",") })
    else { return nil }
    var integer: ArraySlice<UInt8> = digits[...]
    var fraction: ArraySlice<UInt8> = []
    if let last = separators.last {
      let lastByte = digits[last]
      let others = separators.dropLast()
      if others.contains(where: { digits[$0] == lastByte }) || separators.count == 1 {
        // One kind of separator: thousands when every group after the first has three digits.
        let mixed = others.contains { digits[$0] != lastByte }
        if mixed { return nil }
        let groups = digits.split(separator: lastByte, omittingEmptySubsequences: false)
        let looksGrouped =
          groups.count > 1 && (1...3).contains(groups[0].count)
          && !(groups[0].first == UInt8(ascii: "0")) && groups.dropFirst().allSatisfy { $0.count == 3 }
        if looksGrouped {
          integer = ArraySlice(groups.joined())
        } else if separators.count == 1 {
          integer = digits[..<last]
          fraction = digits[(last + 1)...]
        } else {
          return nil
        }
      } else {
        // Two kinds: the last is the decimal mark, the others group thousands.
        guard others.allSatisfy({ digits[$0] == digits[others[others.startIndex]] }) else { return nil }
        let whole = digits[..<last].split(
          separator: digits[others[others.startIndex]], omittingEmptySubsequences: false)
        guard (1...3).contains(whole[0].count), whole.dropFirst().allSatisfy({ $0.count == 3 }) else {
          return nil
        }
        integer = ArraySlice(whole.joined())
        fraction = digits[(last + 1)...]
      }
    }
    guard !integer.isEmpty || !fraction.isEmpty else { return nil }
    var literal = String(decoding: integer.isEmpty ? [UInt8(ascii: "0")] : Array(integer), as: UTF8.self)
    if !fraction.isEmpty { literal += "." + String(decoding: fraction, as: UTF8.self) }
    guard let value = Double(literal), value.isFinite else { return nil }
    return value
  }

  /// A whole number, or nil when the text is not one (or too large for any quantity).
  static func integer(_ text: String) -> Int? {
    guard let value = parse(text), value == value.rounded(), abs(value) < 1e15 else { return nil }
    return Int(value)
  }

  /// `value / divisor` rounded to a whole number, nil when out of any plausible range (so that a
  /// hostile file cannot make the conversion trap).
  static func wholeUnits(_ value: Double, per divisor: Double) -> Int? {
    let units = (value / divisor).rounded()
    guard units.isFinite, abs(units) < 1e15 else { return nil }
    return Int(units)
  }

  /// `value / divisor` rounded to two decimals.
  static func units(_ value: Double, per divisor: Double) -> Double? {
    let units = ((value / divisor) * 100).rounded() / 100
    return units.isFinite ? units : nil
  }
}
