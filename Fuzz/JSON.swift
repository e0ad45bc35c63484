import Foundation
import NuvolaKit

/// `JSONParser`: every document parses or throws well-formed problems, with the default depth limit
/// and a small one. A parsed document written back as compact JSON parses to the same values.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = Array(Fuzz.buffer(data, size))
  do {
    let node = try JSONParser().parse(bytes, file: "fuzz.json")
    checkPositions(node)
    var text: [UInt8] = []
    write(node, into: &text)
    do {
      let again = try JSONParser().parse(text, file: "round-trip.json")
      Fuzz.check(sameValue(node, again), "the JSON round trip changed the document")
    } catch {
      Fuzz.check(false, "a parsed document written back does not parse: \(error)")
    }
  } catch {
    Fuzz.check(error)
  }
  do {
    _ = try JSONParser(maxDepth: 4).parse(bytes, file: "fuzz.json")
  } catch {
    Fuzz.check(error)
  }
  return 0
}

private func checkPositions(_ node: JSONNode) {
  var stack = [node]
  while let node = stack.popLast() {
    Fuzz.check(node.line >= 1 && node.column >= 1, "a value at line \(node.line), column \(node.column)")
    switch node.value {
    case .array(let items): stack.append(contentsOf: items)
    case .object(let members):
      for member in members {
        Fuzz.check(member.line >= 1 && member.column >= 1, "a key at \(member.line):\(member.column)")
        stack.append(member.value)
      }
    default: break
    }
  }
}

/// Compact JSON; numbers as their literal, strings through `JSON.quote`.
private func write(_ node: JSONNode, into out: inout [UInt8]) {
  switch node.value {
  case .null: out += Array("null".utf8)
  case .bool(let value): out += Array((value ? "true" : "false").utf8)
  case .number(let literal): out += Array(literal.utf8)
  case .string(let text): quote(text, into: &out)
  case .array(let items):
    out.append(UInt8(ascii: "["))
    for (index, item) in items.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      write(item, into: &out)
    }
    out.append(UInt8(ascii: "]"))
  case .object(let members):
    out.append(UInt8(ascii: "{"))
    for (index, member) in members.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      quote(member.key, into: &out)
      out.append(UInt8(ascii: ":"))
      write(member.value, into: &out)
    }
    out.append(UInt8(ascii: "}"))
  }
}

private func quote(_ text: String, into out: inout [UInt8]) {
  var quoted = ""
  JSON.quote(text, into: &quoted)
  out += Array(quoted.utf8)
}

/// The same values, positions aside.
private func sameValue(_ a: JSONNode, _ b: JSONNode) -> Bool {
  switch (a.value, b.value) {
  case (.array(let x), .array(let y)):
    return x.count == y.count && zip(x, y).allSatisfy { sameValue($0, $1) }
  case (.object(let x), .object(let y)):
    return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && sameValue($0.value, $1.value) }
  default:
    return a.value == b.value
  }
}
