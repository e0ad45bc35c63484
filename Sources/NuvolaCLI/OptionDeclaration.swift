import NuvolaSupport

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
    OptionDeclaration(spec: .flag(name, help)) { options, _ throws(CLIError) in
      options[keyPath: keyPath] = true
    }
  }

  /// An option whose value is kept as typed (a path, a comune's name, a selector).
  static func option(
    _ name: String, _ keyPath: WritableKeyPath<Options, String?>, _ valueName: String, _ help: String
  ) -> Self {
    option(name, keyPath, valueName, help) { (text: String) throws(CLIError) in text }
  }

  /// An option whose value is converted by `convert`, which throws the usage error of a bad value.
  static func option<Value>(
    _ name: String, _ keyPath: WritableKeyPath<Options, Value?>, _ valueName: String, _ help: String,
    allowed: [String]? = nil, convert: @escaping (String) throws(CLIError) -> Value
  ) -> Self {
    OptionDeclaration(spec: .value(name, valueName, help, allowed: allowed)) {
      options, text throws(CLIError) in
      options[keyPath: keyPath] = try convert(text ?? "")
    }
  }

  /// An option taking one of `allowed` (the parser refuses any other value), made a value by `value`.
  static func choice<Value>(
    _ name: String, _ keyPath: WritableKeyPath<Options, Value?>, _ valueName: String, _ help: String,
    allowed: [String], value: @escaping (String) -> Value?
  ) -> Self {
    option(name, keyPath, valueName, help, allowed: allowed) { (text: String) throws(CLIError) in
      guard let chosen = value(text) else {
        throw .usage("\(name) takes one of \(allowed.joined(separator: ", ")), not '\(Diagnostic.shorten(text))'")
      }
      return chosen
    }
  }

  /// An option taking one of an enumeration's raw values, in the order of its cases.
  static func choice<Value: CaseIterable & RawRepresentable<String>>(
    _ name: String, _ keyPath: WritableKeyPath<Options, Value?>, _ valueName: String, _ help: String
  ) -> Self {
    choice(name, keyPath, valueName, help, allowed: Value.allCases.map(\.rawValue), value: Value.init(rawValue:))
  }

  /// The same option stored in a group of options (`RegisterSelection.Choice`) inside `Options`.
  func within<Outer>(_ group: WritableKeyPath<Outer, Options>) -> OptionDeclaration<Outer> {
    let apply = self.apply
    return OptionDeclaration<Outer>(spec: spec) { outer, text throws(CLIError) in
      try apply(&outer[keyPath: group], text)
    }
  }
}
