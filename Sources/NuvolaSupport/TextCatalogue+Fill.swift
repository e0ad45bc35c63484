/// Filling `{name}` placeholders in one pass over the template's bytes.
extension TextCatalogue {
  /// Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing.
  ///
  /// Scans UTF-8 bytes (braces are ASCII, so they never fall inside a multi-byte character): a
  /// national run fills millions of templates, and character-by-character scanning (or Foundation's
  /// `replacingOccurrences`, one pass per value) showed up in profiles.
  public static func fill(_ template: String, _ values: KeyValuePairs<String, String>) -> String {
    var bytes = template
    return bytes.withUTF8 { source -> String in
      let open = UInt8(ascii: "{")
      let close = UInt8(ascii: "}")
      guard var next = source.firstIndex(of: open) else { return template }
      var filled = TapeBuffer<UInt8>(capacity: source.count + 64)
      defer { filled.deallocate() }
      var start = 0
      // `{` then the next `}`: a placeholder; its name is looked up among a handful of values, by
      // bytes (cheaper than building and hashing a dictionary for every sentence).
      while let end = source[next...].firstIndex(of: close) {
        filled.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<next]))
        let name = UnsafeBufferPointer(rebasing: source[(next + 1)..<end])
        if let value = values.first(where: { sameBytes($0.key, name) })?.value {
          filled.append(utf8: value)
        } else {
          filled.append(contentsOf: UnsafeBufferPointer(rebasing: source[next...end]))
        }
        start = end + 1
        guard let following = source[start...].firstIndex(of: open) else { break }
        next = following
      }
      filled.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
      return filled.string
    }
  }

  /// Whether one pass (`fill`) gives what replacing each `{name}` in turn gives: no value holds a
  /// `{` (a later name would be filled inside it) and no `{` opens before the previous one closed.
  static func fillsInOnePass(_ template: String, _ values: KeyValuePairs<String, String>) -> Bool {
    guard values.allSatisfy({ !$0.value.utf8.contains(UInt8(ascii: "{")) }) else { return false }
    var inside = false
    for byte in template.utf8 {
      if byte == UInt8(ascii: "{") {
        if inside { return false }
        inside = true
      } else if byte == UInt8(ascii: "}") {
        inside = false
      }
    }
    return true
  }

  /// Whether `key` is spelled by `name`'s bytes: lengths first (most keys differ there), then the
  /// bytes of two buffers rather than through the string's generic view.
  @inline(__always)
  static func sameBytes(_ key: String, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
    guard key.utf8.count == name.count else { return false }
    return key.utf8.withContiguousStorageIfAvailable { $0.elementsEqual(name) }
      ?? key.utf8.elementsEqual(name)
  }
}
