/// The shape of a command as data: name, purpose, options and positional arguments. Parsing, help
/// text and usage errors are all derived from it, so they cannot disagree. A command's `options`
/// and `positionals` are those its `CommandOptions` declare (`Command.init` puts them here).
struct CommandSpec: Sendable {
  var name: String
  var abstract: String
  var discussion: String = ""
  var options: [OptionSpec] = []
  var positionals: [PositionalSpec] = []
  /// Extra usage lines for commands with alternative forms (`funding --register ...`).
  var usageLines: [String] = []
}

/// One `--name` option. `valueName` nil means a flag that takes no value.
struct OptionSpec: Sendable, Equatable {
  var name: String
  var valueName: String?
  var help: String
  var allowedValues: [String]? = nil

  static func flag(_ name: String, _ help: String) -> OptionSpec {
    OptionSpec(name: name, valueName: nil, help: help)
  }

  static func value(_ name: String, _ valueName: String, _ help: String, allowed: [String]? = nil)
    -> OptionSpec
  {
    OptionSpec(name: name, valueName: valueName, help: help, allowedValues: allowed)
  }
}

/// A positional argument. `variadic` takes every remaining positional.
struct PositionalSpec: Sendable, Equatable {
  var name: String
  var help: String
  var required: Bool = true
  var variadic: Bool = false
}
