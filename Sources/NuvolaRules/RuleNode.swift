import NuvolaSupport

/// A value of a rules file with its JSON path (`$.classes[2].amounts.lump_sum`), so that every
/// validation error can say exactly where the problem is.
struct RuleNode: Sendable {
  let value: RuleJSON
  let path: String
  let file: String

  init(_ value: RuleJSON, path: String = "$", file: String) {
    self.value = value
    self.path = path
    self.file = file
  }

  func failure(_ message: String, expected: String? = nil) -> InputError {
    InputError(Diagnostic(file: file, path: path, value: value.excerpt, message: message, expected: expected))
  }

  var isNull: Bool { value == .null }

  // MARK: Structure

  func member(_ key: String) throws(InputError) -> RuleNode {
    guard case .object(let members) = value else {
      throw failure("found \(value.typeName)", expected: "an object")
    }
    guard let child = members[key] else {
      throw InputError(
        Diagnostic(file: file, path: path, message: "missing key \"\(key)\"", expected: "a key \"\(key)\""))
    }
    return RuleNode(child, path: RuleNode.join(path, key), file: file)
  }

  /// The member, or nil when it is absent or null.
  func optionalMember(_ key: String) throws(InputError) -> RuleNode? {
    guard case .object(let members) = value else {
      throw failure("found \(value.typeName)", expected: "an object")
    }
    guard let child = members[key], child != .null else { return nil }
    return RuleNode(child, path: RuleNode.join(path, key), file: file)
  }

  func items() throws(InputError) -> [RuleNode] {
    guard case .array(let values) = value else {
      throw failure("found \(value.typeName)", expected: "an array")
    }
    var nodes: [RuleNode] = []
    nodes.reserveCapacity(values.count)
    for (index, item) in values.enumerated() {
      nodes.append(RuleNode(item, path: "\(path)[\(index)]", file: file))
    }
    return nodes
  }

  /// Members of an object, sorted by key so that results never depend on hashing order.
  func members() throws(InputError) -> [(key: String, node: RuleNode)] {
    guard case .object(let members) = value else {
      throw failure("found \(value.typeName)", expected: "an object")
    }
    return members.keys.sorted().map {
      (key: $0, node: RuleNode(members[$0]!, path: RuleNode.join(path, $0), file: file))
    }
  }

  // MARK: Scalars

  func string() throws(InputError) -> String {
    guard case .string(let text) = value, !text.isEmpty else {
      throw failure(
        "found \(value.typeName == "a string" ? "an empty string" : value.typeName)",
        expected: "a non-empty string")
    }
    return text
  }

  func bool() throws(InputError) -> Bool {
    guard case .bool(let flag) = value else {
      throw failure("found \(value.typeName)", expected: "true or false")
    }
    return flag
  }

  func number() throws(InputError) -> Double {
    guard case .number(let number) = value, number.isFinite else {
      throw failure("found \(value.typeName)", expected: "a number")
    }
    return number
  }

  func int(_ range: ClosedRange<Int> = 0...Int(Int32.max)) throws(InputError) -> Int {
    let number = try number()
    guard number == number.rounded(), number >= Double(range.lowerBound), number <= Double(range.upperBound)
    else {
      throw failure(
        "not a whole number in range",
        expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return Int(number)
  }

  /// An amount in euro, at most two decimals, never negative.
  func money() throws(InputError) -> Money {
    let number = try number()
    let cents = (number * 100).rounded()
    guard number >= 0, number < 1e13, abs(cents - number * 100) < 1e-6 else {
      throw failure("not an amount in euro", expected: "an amount in euro, at least 0, at most 2 decimals")
    }
    return Money(cents: Int64(cents))
  }

  func day() throws(InputError) -> Day {
    guard case .string(let text) = value, let day = Day(parsing: text) else {
      throw failure("not a date", expected: "a date \"YYYY-MM-DD\"")
    }
    return day
  }

  // MARK: Keyed shortcuts

  func string(_ key: String) throws(InputError) -> String { try member(key).string() }
  func bool(_ key: String) throws(InputError) -> Bool { try member(key).bool() }
  func day(_ key: String) throws(InputError) -> Day { try member(key).day() }
  func items(_ key: String) throws(InputError) -> [RuleNode] { try member(key).items() }

  func optionalString(_ key: String) throws(InputError) -> String? {
    guard let node = try optionalMember(key) else { return nil }
    return try node.string()
  }

  func optionalDay(_ key: String) throws(InputError) -> Day? {
    guard let node = try optionalMember(key) else { return nil }
    return try node.day()
  }

  /// An array member that may be absent (an empty list then).
  func optionalItems(_ key: String) throws(InputError) -> [RuleNode] {
    guard let node = try optionalMember(key) else { return [] }
    return try node.items()
  }

  static func join(_ path: String, _ key: String) -> String {
    let plain =
      !key.isEmpty
      && key.unicodeScalars.allSatisfy {
        ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") || $0 == "_"
      }
    return plain ? "\(path).\(key)" : "\(path)[\"\(key)\"]"
  }
}
