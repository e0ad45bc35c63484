import NuvolaKit

/// One `--name` option of a command, declared once: its name, value name, help and allowed values
/// (the `OptionSpec` that help and usage errors show) bound to the typed stored property of the
/// command's `Options` that parsing fills. The property is named by key path, so a misspelt option
/// does not compile; the text typed is converted here, at parse time, into the property's type.
struct OptionDeclaration<Options> {
  let spec: OptionSpec
  /// Stores the option in `options`: `nil` for a flag, else the text typed, converted or refused
  /// with a usage error that names the option and the value.
  let apply: (inout Options, String?) throws(CLIError) -> Void

  /// A flag: `true` when given (given twice is the same as once).
  static func flag(_ name: String, _ keyPath: WritableKeyPath<Options, Bool>, _ help: String) -> Self {
    OptionDeclaration(spec: .flag(name, help)) { options, _ throws(CLIError) in options[keyPath: keyPath] = true }
  }

  /// An option whose value is kept as typed (a path, a comune's name, a selector).
  static func value(
    _ name: String, _ keyPath: WritableKeyPath<Options, String?>, _ valueName: String, _ help: String
  ) -> Self {
    value(name, keyPath, valueName, help) { (text: String) throws(CLIError) in text }
  }

  /// An option whose value is converted by `convert`, which throws the usage error of a bad value.
  static func value<Value>(
    _ name: String, _ keyPath: WritableKeyPath<Options, Value?>, _ valueName: String, _ help: String,
    allowed: [String]? = nil, convert: @escaping (String) throws(CLIError) -> Value
  ) -> Self {
    OptionDeclaration(spec: .value(name, valueName, help, allowed: allowed)) { options, text throws(CLIError) in
      options[keyPath: keyPath] = try convert(text ?? "")
    }
  }

  /// An option taking one of an enumeration's raw values; the parser refuses any other value.
  static func choice<Value: CaseIterable & RawRepresentable<String>>(
    _ name: String, _ keyPath: WritableKeyPath<Options, Value?>, _ valueName: String, _ help: String,
    allowed: [Value] = Array(Value.allCases)
  ) -> Self {
    value(name, keyPath, valueName, help, allowed: allowed.map(\.rawValue)) { (text: String) throws(CLIError) in
      // The parser let only the allowed raw values through.
      guard let value = Value(rawValue: text) else {
        throw .usage("\(name) takes one of \(allowed.map(\.rawValue).joined(separator: ", ")), not '\(text)'")
      }
      return value
    }
  }

  /// The same option stored in a group of options (`RegisterSelection.Choice`) inside `Options`.
  func within<Outer>(_ group: WritableKeyPath<Outer, Options>) -> OptionDeclaration<Outer> {
    let apply = self.apply
    return OptionDeclaration<Outer>(spec: spec) { outer, text throws(CLIError) in
      try apply(&outer[keyPath: group], text)
    }
  }
}

// MARK: Conversions

/// The conversions of the values options take, each with the usage error the command line has
/// always given for a bad value.
enum OptionConversion {
  /// A whole number in `range`.
  static func integer(_ name: String, in range: ClosedRange<Int>) -> (String) throws(CLIError) -> Int {
    { (text: String) throws(CLIError) in
      guard let value = Int(text), range.contains(value) else {
        throw .usage(
          "\(name) takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(Diagnostic.shorten(text))'"
        )
      }
      return value
    }
  }

  /// A month YYYY-MM.
  static func month(_ name: String) -> (String) throws(CLIError) -> YearMonth {
    { (text: String) throws(CLIError) in
      guard let month = YearMonth(parsing: text) else {
        throw .usage("\(name) takes a month YYYY-MM (e.g. 2026-01), not '\(Diagnostic.shorten(text))'")
      }
      return month
    }
  }

  /// A day YYYY-MM-DD.
  static func day(_ name: String) -> (String) throws(CLIError) -> Day {
    { (text: String) throws(CLIError) in
      guard let day = Day(parsing: text) else {
        throw .usage("\(name) takes a date YYYY-MM-DD, not '\(Diagnostic.shorten(text))'")
      }
      return day
    }
  }

  /// A comma-separated list (`A,B,C`); empty items are dropped, so `,` is an empty list.
  static func list(_ text: String) -> [String] { text.split(separator: ",").map(String.init) }
}
