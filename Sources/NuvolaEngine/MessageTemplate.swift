import NuvolaSupport

/// A text with named placeholders in braces (`L'apparato {record} usa {os}.`), split once into literal
/// pieces and parameter names so that filling it is a series of appends. An unknown or unclosed
/// placeholder stays visible as written rather than vanishing silently.
public struct MessageTemplate: Sendable, Equatable {
  enum Piece: Sendable, Equatable {
    case literal(String)
    case parameter(String)
  }

  public let text: String
  let pieces: [Piece]

  public init(_ text: String) {
    self.text = text
    var pieces: [Piece] = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      if open > rest.startIndex { pieces.append(.literal(String(rest[..<open]))) }
      pieces.append(.parameter(String(rest[rest.index(after: open)..<close])))
      rest = rest[rest.index(after: close)...]
    }
    if !rest.isEmpty { pieces.append(.literal(String(rest))) }
    self.pieces = pieces
  }

  /// The text with each placeholder replaced by its parameter in the given language.
  public func filled(_ parameters: KeyValuePairs<String, BilingualText>, _ language: Language) -> String {
    if pieces.count == 1, case .literal(let literal) = pieces[0] { return literal }
    var result = ""
    result.reserveCapacity(text.utf8.count + 32)
    for piece in pieces {
      switch piece {
      case .literal(let literal): result += literal
      // A handful of parameters: a linear search beats hashing every name.
      case .parameter(let name):
        result += parameters.first(where: { $0.key == name })?.value.text(language) ?? "{\(name)}"
      }
    }
    return result
  }
}
