import NuvolaSupport

/// A location inside a JSON document written the way diagnostics show it: `$.assets[2].ram_gb`.
public struct JSONPath: Sendable, Equatable, CustomStringConvertible {
  public enum Component: Sendable, Equatable {
    case key(String)
    case index(Int)
  }

  public var components: [Component]

  public init(_ components: [Component] = []) { self.components = components }

  public static let root = JSONPath()

  public func appending(_ key: String) -> JSONPath { JSONPath(components + [.key(key)]) }
  public func appending(_ index: Int) -> JSONPath { JSONPath(components + [.index(index)]) }

  public var description: String {
    var text = "$"
    for component in components {
      switch component {
      case .index(let index):
        text += "[\(index)]"
      case .key(let key):
        if JSONPath.isPlain(key) {
          text += "." + key
        } else {
          text += "["
          JSON.quote(key, into: &text)
          text += "]"
        }
      }
    }
    return text
  }

  /// Keys that read unambiguously after a dot: letters, digits and `_`, not starting with a digit.
  static func isPlain(_ key: String) -> Bool {
    guard let first = key.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
      return false
    }
    return key.utf8.allSatisfy { byte in
      (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
    }
  }
}
