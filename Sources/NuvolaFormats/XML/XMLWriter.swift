/// Writes an XML document as UTF-8 text: the declaration, then elements opened and closed in
/// order, attribute values and text escaped. Characters XML 1.0 cannot hold (control characters
/// other than tab, line feed and carriage return) are left out.
public struct XMLWriter: Sendable {
  /// The document written so far.
  public private(set) var bytes: [UInt8] = []
  private var open: [String] = []

  /// A document starting with `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`.
  public init(declaration: Bool = true) {
    if declaration { bytes += Array("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n".utf8) }
  }

  /// Opens an element, to be closed by `close()`.
  public mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
    tag(name, attributes)
    bytes.append(UInt8(ascii: ">"))
    open.append(name)
  }

  /// Closes the element opened last.
  public mutating func close() {
    guard let name = open.popLast() else { return }
    bytes += Array("</\(name)>".utf8)
  }

  /// An element with only text (or nothing: `<name/>`).
  public mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String? = nil) {
    tag(name, attributes)
    guard let text, !text.isEmpty else {
      bytes += Array("/>".utf8)
      return
    }
    bytes.append(UInt8(ascii: ">"))
    self.text(text)
    bytes += Array("</\(name)>".utf8)
  }

  /// Text inside the open element, escaped.
  public mutating func text(_ text: String) {
    XMLWriter.append(text, to: &bytes, attribute: false)
  }

  /// The document, every open element closed.
  public mutating func finish() -> [UInt8] {
    while !open.isEmpty { close() }
    return bytes
  }

  private mutating func tag(_ name: String, _ attributes: [(String, String)]) {
    bytes.append(UInt8(ascii: "<"))
    bytes += Array(name.utf8)
    for (attribute, value) in attributes {
      bytes.append(0x20)
      bytes += Array(attribute.utf8)
      bytes += Array("=\"".utf8)
      XMLWriter.append(value, to: &bytes, attribute: true)
      bytes.append(UInt8(ascii: "\""))
    }
  }

  /// `text` escaped for element content.
  public static func escape(_ text: String) -> String {
    var bytes: [UInt8] = []
    append(text, to: &bytes, attribute: false)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `text` escaped for a double-quoted attribute value (white space kept as character references).
  public static func escapeAttribute(_ text: String) -> String {
    var bytes: [UInt8] = []
    append(text, to: &bytes, attribute: true)
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func append(_ text: String, to bytes: inout [UInt8], attribute: Bool) {
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": bytes += Array("&amp;".utf8)
      case "<": bytes += Array("&lt;".utf8)
      case ">": bytes += Array("&gt;".utf8)
      case "\"" where attribute: bytes += Array("&quot;".utf8)
      case "\t" where attribute: bytes += Array("&#9;".utf8)
      case "\n" where attribute: bytes += Array("&#10;".utf8)
      case "\r": bytes += Array("&#13;".utf8)
      case "\t", "\n": bytes.append(UInt8(scalar.value))
      default:
        // Not allowed in XML 1.0: C0 controls, and U+FFFE, U+FFFF.
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
        if scalar.isASCII {
          bytes.append(UInt8(scalar.value))
        } else {
          UTF8.encode(scalar) { bytes.append($0) }
        }
      }
    }
  }
}
