/// The typed options of a command: a struct whose stored properties are what the user typed, each
/// declared once in `options` (or `arguments` for positionals). The command's help and usage
/// errors are derived from those declarations, and parsing fills the struct from them, so help,
/// parsing and use cannot disagree; a command reads `options.all`, never a string.
protocol CommandOptions: Sendable {
  /// Every property at its default: what a command line without options means.
  init()
  static var options: [OptionDeclaration<Self>] { get }
  static var arguments: [ArgumentDeclaration<Self>] { get }
}

extension CommandOptions {
  static var arguments: [ArgumentDeclaration<Self>] { [] }

  /// Fills the options from what the parser accepted against `optionSpecs` and `argumentSpecs`
  /// (known names, a value where one is needed, allowed values, positionals counted), converting
  /// each value in the order the options are declared.
  init(_ parsed: ParsedArguments) throws(CLIError) {
    self.init()
    for option in Self.options {
      let name = option.spec.name
      if option.spec.valueName == nil {
        if parsed.flags.contains(name) { try option.apply(&self, nil) }
      } else if let text = parsed.values[name] {
        try option.apply(&self, text)
      }
    }
    var rest = parsed.positionals[...]
    for argument in Self.arguments {
      rest = rest.dropFirst(argument.apply(&self, rest))
    }
  }

  static var optionSpecs: [OptionSpec] { options.map(\.spec) }
  static var argumentSpecs: [PositionalSpec] { arguments.map(\.spec) }
}

/// The options of a command that takes none.
struct NoOptions: CommandOptions {
  static var options: [OptionDeclaration<Self>] { [] }
}
