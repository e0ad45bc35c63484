import NuvolaFormats
import NuvolaModel
import NuvolaSupport

extension FieldDecoder {
  /// Decodes the JSON value at `index` of `document` for field `position` of a record type, with
  /// exactly the result `decode(json:kind:canonicalCode:)` gives for its node.
  ///
  /// The values nearly every inventory holds (ids, plain text, codes spelt canonically, days, whole
  /// numbers, short decimals, amounts, booleans, lists of ids) are decoded from the bytes; anything
  /// else (unknown words, white space to trim, a value that fails) takes the general path through a
  /// `JSONNode`, so that both paths accept, reject and word problems the same way.
  static func decode<Record>(
    _ document: JSONDocument, _ index: Int, field position: Int, of fields: [Field<Record>],
    index fieldIndex: JSONFieldIndex, locator: JSONLocator
  ) -> Result<FieldValue, FieldProblem> {
    if let value = plainValue(document, index, kind: fieldIndex.plainKinds[position], fieldIndex: fieldIndex)
    {
      return .success(value)
    }
    return decode(
      json: document.node(index, locator: locator), kind: fields[position].kind,
      canonicalCode: fields[position].canonicalCode)
  }

  /// The value when it is one of the plain cases, nil when the general path must decide.
  @inline(__always)
  private static func plainValue(
    _ document: JSONDocument, _ index: Int, kind: JSONFieldIndex.PlainKind, fieldIndex: JSONFieldIndex
  ) -> FieldValue? {
    let entry = document[index]
    switch entry.kind {
    case .null:
      return .unknown
    case .true, .false:
      guard case .flag = kind else { return nil }
      return .flag(entry.kind == .true)
    case .number:
      let bytes = document.bytes(ofScalar: index)
      switch kind {
      case .integer(let range):
        guard let number = wholeNumber(bytes), range.contains(number) else { return nil }
        return .integer(number)
      case .decimal(let range):
        guard let number = shortDecimal(bytes), range.contains(number) else { return nil }
        return .decimal(number)
      case .money(let range):
        guard let cents = Money.cents(utf8: bytes) else { return nil }
        let low = range.lowerBound.multipliedReportingOverflow(by: 100)
        let high = range.upperBound.multipliedReportingOverflow(by: 100)
        guard cents >= (low.overflow ? Int64.min : low.partialValue),
          cents <= (high.overflow ? Int64.max : high.partialValue)
        else { return nil }
        return .money(Money(cents: cents))
      default:
        return nil
      }
    case .string:
      return plainString(document.bytes(ofString: index), kind: kind, fieldIndex: fieldIndex)
    case .array:
      guard case .references = kind else { return nil }
      var ids: [String] = []
      ids.reserveCapacity(entry.count)
      var item = index + 1
      for _ in 0..<entry.count {
        guard document[item].kind == .string else { return nil }
        let bytes = document.bytes(ofString: item)
        guard isIdentifier(bytes) else { return nil }
        ids.append(String(decoding: bytes, as: UTF8.self))
        item += 1
      }
      return ids.isEmpty ? .unknown : .list(ids)
    case .object:
      return nil
    }
  }

  /// A string value that needs no trimming and is not an unknown word, for the kinds read from
  /// strings; nil otherwise.
  @inline(__always)
  private static func plainString(
    _ bytes: UnsafeBufferPointer<UInt8>, kind: JSONFieldIndex.PlainKind, fieldIndex: JSONFieldIndex
  ) -> FieldValue? {
    guard let first = bytes.first, let last = bytes.last else { return nil }
    // Trimming would change nothing: no white space at either end. Non-ASCII ends are accepted only
    // as Latin letters (U+00C0-U+027F, two bytes led by 0xC3-0xC9), which are never white space.
    if first >= 0x80 {
      guard first >= 0xC3 && first <= 0xC9 else { return nil }
    } else if first <= 0x20 {
      return nil
    }
    if last >= 0x80 {
      guard bytes.count >= 2, bytes[bytes.count - 2] >= 0xC3 && bytes[bytes.count - 2] <= 0xC9 else {
        return nil
      }
    } else if last <= 0x20 {
      return nil
    }
    if mayBeUnknownWord(bytes) { return nil }
    switch kind {
    case .identifier, .reference:
      return isIdentifier(bytes) ? .text(String(decoding: bytes, as: UTF8.self)) : nil
    case .text(let maxLength):
      // No control characters (U+0080-U+009F are 0xC2 0x80-0x9F: any 0xC2 goes the general way) and
      // too few bytes to be too long.
      guard bytes.count <= maxLength else { return nil }
      for byte in bytes {
        if byte < 0x20 {
          guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") else {
            return nil
          }
        } else if byte == 0x7F || byte == 0xC2 {
          return nil
        }
      }
      return .text(String(decoding: bytes, as: UTF8.self))
    case .day:
      return day(bytes).map(FieldValue.day)
    case .choice(let codes):
      return fieldIndex.code(in: codes, matching: bytes).map(FieldValue.text)
    case .integer, .decimal, .money, .flag, .references:
      return nil
    }
  }

  /// Whether the bytes could be one of `unknownWords` (then the general path decides).
  @inline(__always)
  private static func mayBeUnknownWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    // The same first look as `isUnknown`.
    switch bytes[0] {
    case UInt8(ascii: "u"), UInt8(ascii: "U"), UInt8(ascii: "s"), UInt8(ascii: "S"), UInt8(ascii: "n"),
      UInt8(ascii: "N"), UInt8(ascii: "?"):
      guard bytes.count <= 11 else { return false }
    default:
      return false
    }
    // Non-ASCII letters may lowercase to ASCII ones (the Kelvin sign to k): let the general path look.
    for byte in bytes where byte >= 0x80 { return true }
    let word: StaticString
    switch bytes.count {
    case 1: word = "?"
    case 3: word = "n/d"
    case 4: word = "n.d."
    case 7: word = "unknown"
    case 11: word = "sconosciuto"
    default: return false
    }
    for (offset, byte) in bytes.enumerated() {
      let lowered = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
      if lowered != word.utf8Start[offset] { return false }
    }
    return true
  }

  /// 1 to 64 bytes from `A-Z a-z 0-9 . _ -`, as `InventoryValidator.isIdentifier`.
  @inline(__always)
  static func isIdentifier(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !bytes.isEmpty, bytes.count <= 64 else { return false }
    for byte in bytes {
      let letter = byte | 0x20
      let valid =
        (letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
      if !valid { return false }
    }
    return true
  }

  /// A JSON integer literal of at most 18 digits (so it cannot overflow), nil for anything else.
  @inline(__always)
  private static func wholeNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var position = 0
    let negative = bytes.first == UInt8(ascii: "-")
    if negative { position = 1 }
    let digits = bytes.count - position
    guard digits > 0, digits <= 18 else { return nil }
    var magnitude = 0
    while position < bytes.count {
      let digit = bytes[position] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      magnitude = magnitude &* 10 &+ Int(digit)
      position += 1
    }
    return negative ? -magnitude : magnitude
  }

  /// A JSON number without exponent and with at most 15 digits, as `Double(literal)` reads it: the
  /// digits and the power of ten are both exact doubles, so one division is correctly rounded,
  /// exactly as the full conversion rounds. Nil for anything else.
  @inline(__always)
  private static func shortDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    var position = 0
    let negative = bytes.first == UInt8(ascii: "-")
    if negative { position = 1 }
    var mantissa: UInt64 = 0
    var digits = 0
    var decimals = 0
    var separator = false
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: ".") {
        separator = true
      } else {
        let digit = byte &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        mantissa = mantissa * 10 + UInt64(digit)
        digits += 1
        if separator { decimals += 1 }
        guard digits <= 15 else { return nil }
      }
      position += 1
    }
    guard digits > 0 else { return nil }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let value = Double(mantissa) / scale
    return negative ? -value : value
  }

  /// `YYYY-MM-DD` or `GG/MM/AAAA`, as `Day(parsing:)` reads them.
  @inline(__always)
  private static func day(_ bytes: UnsafeBufferPointer<UInt8>) -> Day? {
    guard bytes.count == 10 else { return nil }
    @inline(__always)
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let digit = bytes[index] &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        value = value * 10 + Int(digit)
      }
      return value
    }
    if bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      let year = number(0..<4), let month = number(5..<7), let day = number(8..<10)
    {
      return Day(year: year, month: month, day: day)
    }
    if bytes[2] == UInt8(ascii: "/"), bytes[5] == UInt8(ascii: "/"),
      let day = number(0..<2), let month = number(3..<5), let year = number(6..<10)
    {
      return Day(year: year, month: month, day: day)
    }
    return nil
  }
}
