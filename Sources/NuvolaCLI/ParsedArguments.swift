import NuvolaSupport

/// What the user typed for one command, after parsing: option values, flags and positionals.
struct ParsedArguments: Sendable, Equatable {
  var values: [String: String] = [:]
  var flags: Set<String> = []
  var positionals: [String] = []

  func value(_ name: String) -> String? { values[name] }
  func has(_ flag: String) -> Bool { flags.contains(flag) }

  /// An option's value as a whole number, or a usage error naming the option and the value.
  func integer(_ name: String, in range: ClosedRange<Int>) throws(CLIError) -> Int? {
    guard let text = values[name] else { return nil }
    guard let value = Int(text), range.contains(value) else {
      throw .usage("\(name) takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(Diagnostic.shorten(text))'")
    }
    return value
  }
}
