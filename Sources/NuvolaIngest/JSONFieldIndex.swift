import NuvolaModel

/// What the JSON reader needs to decode a record's members without making a `String` per key or
/// copying a `FieldKind` (which retains its codes) per value: the field names as machine words
/// and each field's kind reduced to plain values. Built once per record type.
final class JSONFieldIndex: Sendable {
  /// A field's kind as the fast path of `FieldDecoder` reads it.
  enum PlainKind {
    case identifier
    case reference
    case text(maxLength: Int)
    case integer(ClosedRange<Int>)
    case decimal(ClosedRange<Double>)
    case money(ClosedRange<Int64>)
    case day
    case flag
    /// The field's exact codes are `codes[range]`.
    case choice(Range<Int>)
    case references
  }

  /// A name's first 32 bytes, zero-padded, as four words: comparing a key is four comparisons.
  struct Words: Equatable {
    var a: UInt64 = 0
    var b: UInt64 = 0
    var c: UInt64 = 0
    var d: UInt64 = 0
  }

  let plainKinds: [PlainKind]
  private let words: [Words]
  private let lengths: [Int]
  private let names: [[UInt8]]
  /// Whether no two fields share a name (always, in practice), so that a hint that matches is the
  /// first field of that name.
  private let uniqueNames: Bool
  /// The codes of `.choice` fields that their canonical-code function maps to themselves, with
  /// their bytes: a value spelt exactly so needs no normalising.
  private let codes: [(bytes: [UInt8], code: String)]

  init<R: InventoryRecord>(_ record: R.Type) {
    let fields = R.fields
    names = fields.map { Array($0.name.utf8) }
    lengths = names.map(\.count)
    words = names.map { name in name.withUnsafeBufferPointer { JSONFieldIndex.words(of: $0) } }
    uniqueNames = Set(fields.map(\.name)).count == fields.count
    var codes: [(bytes: [UInt8], code: String)] = []
    plainKinds = fields.map { field in
      switch field.kind {
      case .identifier: return .identifier
      case .reference: return .reference
      case .text(let maxLength): return .text(maxLength: maxLength)
      case .integer(let range): return .integer(range)
      case .decimal(let range): return .decimal(range)
      case .money(let range): return .money(range)
      case .day: return .day
      case .flag: return .flag
      case .references: return .references
      case .choice(let all):
        let start = codes.count
        for code in all where field.canonicalCode.map({ $0(code) == code }) ?? true {
          codes.append((Array(code.utf8), code))
        }
        return .choice(start..<codes.count)
      }
    }
    self.codes = codes
  }

  static let comune = JSONFieldIndex(Comune.self)
  static let site = JSONFieldIndex(Site.self)
  static let asset = JSONFieldIndex(Asset.self)
  static let application = JSONFieldIndex(Application.self)
  static let link = JSONFieldIndex(Link.self)

  static func of(_ type: RecordType) -> JSONFieldIndex {
    switch type {
    case .comune: return comune
    case .site: return site
    case .asset: return asset
    case .application: return application
    case .link: return link
    }
  }

  /// The first 32 bytes as words, zero-padded. `readable` bytes from the start may be read (at
  /// least `bytes.count`): a whole word is loaded and masked where they allow, instead of reading
  /// the last bytes one by one.
  @inline(__always)
  static func words(of bytes: UnsafeBufferPointer<UInt8>, readable: Int? = nil) -> Words {
    guard let base = bytes.baseAddress else { return Words() }
    let count = min(bytes.count, 32)
    let readable = readable ?? bytes.count
    @inline(__always)
    func word(_ offset: Int) -> UInt64 {
      if offset + 8 <= readable {
        let loaded = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
        let length = count - offset
        return length >= 8 ? loaded : loaded & ((1 << UInt64(length * 8)) &- 1)
      }
      var value: UInt64 = 0
      var index = offset
      while index < count {
        value |= UInt64(base[index]) << UInt64((index - offset) * 8)
        index += 1
      }
      return value
    }
    var words = Words(a: word(0))
    if count > 8 { words.b = word(8) }
    if count > 16 { words.c = word(16) }
    if count > 24 { words.d = word(24) }
    return words
  }

  /// The position of the field named by the UTF-8 bytes `key`, trying `hint` first: documents
  /// written by a program list fields in schema order, so the next field is nearly always the one
  /// after the last. Names are ASCII, so comparing bytes is comparing strings (no other spelling
  /// of them is canonically equivalent). The first field of that name, as `FieldTable` finds it.
  /// `readable` bytes from the key's start may be read (see `words(of:readable:)`).
  func position(ofKey key: UnsafeBufferPointer<UInt8>, readable: Int, hint: Int) -> Int? {
    guard !key.isEmpty else { return nil }
    let keyWords = JSONFieldIndex.words(of: key, readable: readable)
    @inline(__always)
    func matches(_ position: Int) -> Bool {
      guard lengths[position] == key.count, words[position] == keyWords else { return false }
      return key.count <= 32 || names[position].withUnsafeBufferPointer { $0.hasSameBytes(as: key) }
    }
    if uniqueNames && hint < lengths.count && matches(hint) { return hint }
    for position in lengths.indices where matches(position) { return position }
    return nil
  }

  /// The code of `range` spelt exactly as `bytes`, nil when none is.
  @inline(__always)
  func code(in range: Range<Int>, matching bytes: UnsafeBufferPointer<UInt8>) -> String? {
    for index in range where codes[index].bytes.count == bytes.count {
      if codes[index].bytes.withUnsafeBufferPointer({ $0.hasSameBytes(as: bytes) }) {
        return codes[index].code
      }
    }
    return nil
  }
}
