/// Computes an inventory's content hash: the SHA-256 (hex) of the bytes of
/// `inventory.json.serialized(pretty: false)`.
///
/// It writes those same bytes straight from the values read for the inserts instead of building
/// the `JSON` tree and a `String`: at national scale (8,000 comuni) that path took longer than
/// storing the rows. A test checks that the bytes equal the JSON writer's output, so the two
/// cannot drift apart unnoticed.
struct ContentHasher {
  private var bytes: [UInt8] = []
  private var sha = SHA256()
  /// When false the bytes are kept whole, for tests, rather than hashed piece by piece.
  private let hashing: Bool
  /// The buffer goes to the hash past this size, so a huge inventory needs no huge buffer.
  private static let flushSize = 1 << 16

  private init(hashing: Bool) {
    self.hashing = hashing
    bytes.reserveCapacity(ContentHasher.flushSize + 4096)
  }

  /// The hex digest of the inventory's compact JSON document.
  static func hash(_ values: InventoryValues, tables: StoreTables) -> String {
    var hasher = ContentHasher(hashing: true)
    hasher.write(values, tables: tables)
    hasher.flush()
    return SHA256.hexDigits(hasher.sha.finalize())
  }

  /// The compact JSON document itself, for tests.
  static func document(_ values: InventoryValues, tables: StoreTables) -> [UInt8] {
    var hasher = ContentHasher(hashing: false)
    hasher.write(values, tables: tables)
    return hasher.bytes
  }

  private mutating func flush() {
    bytes.withUnsafeBytes { sha.update($0) }
    bytes.removeAll(keepingCapacity: true)
  }

  // The members and their order follow `Inventory.json`.
  private mutating func write(_ values: InventoryValues, tables: StoreTables) {
    append("{\"format\":")
    writeString(Inventory.formatName)
    append(",\"version\":")
    writeInteger(Int64(Inventory.formatVersion))
    append(",\"comune\":")
    writeRecord(values.comune, 0, keys: tables.snapshots.comune.jsonKeys)
    append(",\"sites\":")
    writeArray(values.sites, keys: tables.sites.jsonKeys)
    append(",\"assets\":")
    writeArray(values.assets, keys: tables.assets.jsonKeys)
    append(",\"applications\":")
    writeArray(values.applications, keys: tables.applications.jsonKeys)
    append(",\"links\":")
    writeArray(values.links, keys: tables.links.jsonKeys)
    append("}")
  }

  private mutating func writeArray(_ values: RecordValues, keys: [[UInt8]]) {
    bytes.append(UInt8(ascii: "["))
    for record in 0..<values.recordCount {
      if record > 0 { bytes.append(UInt8(ascii: ",")) }
      writeRecord(values, record, keys: keys)
      if hashing && bytes.count >= ContentHasher.flushSize { flush() }
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// An object with the known fields in schema order (`InventoryRecord.json`).
  private mutating func writeRecord(_ values: RecordValues, _ record: Int, keys: [[UInt8]]) {
    bytes.append(UInt8(ascii: "{"))
    var first = true
    for field in keys.indices {
      let value = values[record, field]
      if case .unknown = value { continue }
      if !first { bytes.append(UInt8(ascii: ",")) }
      first = false
      bytes.append(contentsOf: keys[field])
      writeValue(value)
    }
    bytes.append(UInt8(ascii: "}"))
  }

  /// As `FieldValue.json` then `JSON.serialized`.
  private mutating func writeValue(_ value: FieldValue) {
    switch value {
    case .unknown: append("null")
    case .text(let text): writeString(text)
    case .integer(let number): writeInteger(Int64(number))
    case .decimal(let number): append(JSON.format(number))
    case .money(let money):
      if money.cents % 100 == 0 { writeInteger(money.cents / 100) } else { append(JSON.format(money.euros)) }
    case .day(let day):
      // Day.description: the year as it is, month and day on two digits.
      bytes.append(UInt8(ascii: "\""))
      writeInteger(Int64(day.year))
      bytes.append(UInt8(ascii: "-"))
      writeTwoDigits(day.month)
      bytes.append(UInt8(ascii: "-"))
      writeTwoDigits(day.day)
      bytes.append(UInt8(ascii: "\""))
    case .flag(let flag): append(flag ? "true" : "false")
    case .list(let items):
      bytes.append(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        if index > 0 { bytes.append(UInt8(ascii: ",")) }
        writeString(item)
      }
      bytes.append(UInt8(ascii: "]"))
    }
  }

  private mutating func append(_ text: String) {
    bytes.append(contentsOf: text.utf8)
  }

  private mutating func writeTwoDigits(_ number: Int) {
    if (0..<10).contains(number) { bytes.append(UInt8(ascii: "0")) }
    writeInteger(Int64(number))
  }

  private mutating func writeInteger(_ number: Int64) {
    if number < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = number.magnitude
    var divisor: UInt64 = 1
    while magnitude / divisor >= 10 { divisor *= 10 }
    while divisor > 0 {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
      magnitude %= divisor
      divisor /= 10
    }
  }

  /// A JSON string literal with the escapes of `JSON.quote`, written from the UTF-8 bytes: only
  /// ASCII control characters, quote, backslash and U+2028/U+2029 (E2 80 A8/A9) change.
  private mutating func writeString(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { utf8 in
      var start = 0
      var index = 0
      while index < utf8.count {
        let byte = utf8[index]
        var length = 1
        let escape: StaticString?
        switch byte {
        case UInt8(ascii: "\""): escape = "\\\""
        case UInt8(ascii: "\\"): escape = "\\\\"
        case UInt8(ascii: "\n"): escape = "\\n"
        case UInt8(ascii: "\r"): escape = "\\r"
        case UInt8(ascii: "\t"): escape = "\\t"
        case 0..<0x20: escape = ""
        case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80
          && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
          escape = utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
          length = 3
        default: escape = nil
        }
        guard let escape else {
          index += 1
          continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
        if escape.utf8CodeUnitCount > 0 {
          bytes.append(
            contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
        } else {
          // Other control characters: \u00XX with lowercase hex digits, as JSON.quote writes them.
          let hex: StaticString = "0123456789abcdef"
          append("\\u00")
          bytes.append(hex.utf8Start[Int(byte >> 4)])
          bytes.append(hex.utf8Start[Int(byte & 0x0f)])
        }
        index += length
        start = index
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
