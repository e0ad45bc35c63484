/// What `XMLReader` reads next from a document.
public enum XMLEvent: Sendable, Equatable {
  /// A start tag (an empty-element tag `<a/>` gives a start and then an end).
  case start(XMLElement)
  /// An end tag, with the element's qualified name.
  case end(String)
  /// Character data between tags, with entity and character references replaced, CDATA sections
  /// included, comments and processing instructions left out, line ends read as `\n`.
  case text(String)
}

/// A start tag: the qualified name as written (`table:table-cell`) and the attributes in order.
public struct XMLElement: Sendable, Equatable {
  public var name: String
  public var attributes: [XMLAttribute]

  public init(name: String, attributes: [XMLAttribute] = []) {
    self.name = name
    self.attributes = attributes
  }

  /// The value of the attribute with this qualified name, if present.
  public func attribute(_ name: String) -> String? {
    for attribute in attributes where attribute.name == name { return attribute.value }
    return nil
  }
}

/// An attribute: qualified name as written, and its value with references replaced.
public struct XMLAttribute: Sendable, Equatable {
  public var name: String
  public var value: String

  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }
}
