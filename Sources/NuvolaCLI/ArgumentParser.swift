import NuvolaSupport

/// Splits a command line into global options, the command, and the command's own arguments.
///
/// Global options (`--db`, `--format`, `--lang`, `--rules`) may stand before or after the command
/// name, as in `nuvola --db x.sqlite show 014061` or `nuvola show 014061 --db x.sqlite`. Both
/// `--name value` and `--name=value` work; `--` ends options. The global options come back typed
/// (`GlobalOptions`); the command's own are checked against its spec here and converted into its
/// typed options by `Command.run`.
struct ArgumentParser: Sendable {
  let globalOptions: [OptionSpec] = GlobalOptions.optionSpecs
  let commands: [CommandSpec]

  /// The result of the first pass: which command, and what was typed.
  enum Invocation: Equatable {
    case help(command: String?)
    case version
    case run(command: String, global: GlobalOptions, arguments: ParsedArguments)
  }

  func parse(_ arguments: [String]) throws(CLIError) -> Invocation {
    var commandName: String?
    var tokens: [String] = []
    var wantsHelp = false
    var wantsVersion = false
    var endOfOptions = false
    for argument in arguments {
      if !endOfOptions, argument == "--" {
        endOfOptions = true
        tokens.append(argument)
      } else if !endOfOptions, argument == "--help" || argument == "-h" {
        wantsHelp = true
      } else if !endOfOptions, argument == "--version" {
        wantsVersion = true
      } else if commandName == nil, !argument.hasPrefix("-"), !isValueOfPreviousOption(tokens) {
        commandName = argument
      } else {
        tokens.append(argument)
      }
    }
    if wantsHelp || (commandName == "help") {
      if commandName == "help" {
        let topic = tokens.first { !$0.hasPrefix("-") }
        if let topic, command(named: topic) == nil { throw .usage("unknown command '\(Diagnostic.shorten(topic))'") }
        return .help(command: topic)
      }
      if let commandName, command(named: commandName) == nil {
        throw .usage("unknown command '\(Diagnostic.shorten(commandName))'")
      }
      return .help(command: commandName)
    }
    if wantsVersion && commandName == nil { return .version }
    guard let commandName else { throw .usage("missing command") }
    guard let spec = command(named: commandName) else {
      throw .usage(
        "unknown command '\(Diagnostic.shorten(commandName))'",
        suggestion: ArgumentParser.closest(to: commandName, among: commands.map(\.name)))
    }
    var global = ParsedArguments()
    var local = ParsedArguments()
    try parseOptions(tokens, spec: spec, global: &global, local: &local)
    do {
      return .run(command: commandName, global: try GlobalOptions(global), arguments: local)
    } catch {
      throw error.of(command: commandName)
    }
  }

  func command(named name: String) -> CommandSpec? { commands.first { $0.name == name } }

  /// A global option that takes a value consumes the next token, which is not the command name.
  private func isValueOfPreviousOption(_ tokens: [String]) -> Bool {
    guard let last = tokens.last, last.hasPrefix("--"), !last.contains("=") else { return false }
    return globalOptions.first { $0.name == last }?.valueName != nil
  }

  private func parseOptions(
    _ tokens: [String], spec: CommandSpec, global: inout ParsedArguments,
    local: inout ParsedArguments
  ) throws(CLIError) {
    var index = 0
    var endOfOptions = false
    while index < tokens.count {
      let token = tokens[index]
      index += 1
      if endOfOptions || !token.hasPrefix("-") || token == "-" {
        local.positionals.append(token)
        continue
      }
      if token == "--" {
        endOfOptions = true
        continue
      }
      var name = token
      var inlineValue: String?
      if let equals = token.firstIndex(of: "=") {
        name = String(token[..<equals])
        inlineValue = String(token[token.index(after: equals)...])
      }
      let isGlobal: Bool
      let option: OptionSpec
      if let found = spec.options.first(where: { $0.name == name }) {
        option = found
        isGlobal = false
      } else if let found = globalOptions.first(where: { $0.name == name }) {
        option = found
        isGlobal = true
      } else {
        // A misspelt option is answered with the closest one the command takes, as a command is.
        let names = (spec.options + globalOptions).map(\.name) + ["--help", "--version"]
        throw .usage(
          "unknown option '\(Diagnostic.shorten(name))' for '\(spec.name)'", command: spec.name,
          suggestion: ArgumentParser.closest(to: name, among: names))
      }
      if option.valueName == nil {
        if inlineValue != nil { throw .usage("\(name) takes no value", command: spec.name) }
        if isGlobal { global.flags.insert(name) } else { local.flags.insert(name) }
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else if index < tokens.count, tokens[index] != "--" {
        value = tokens[index]
        index += 1
      } else {
        throw .usage("\(name) needs a value (\(option.valueName ?? "VALUE"))", command: spec.name)
      }
      if let allowed = option.allowedValues, !allowed.contains(value) {
        throw .usage(
          "\(name) takes one of \(allowed.joined(separator: ", ")), not '\(Diagnostic.shorten(value))'", command: spec.name)
      }
      if isGlobal {
        if global.values[name] != nil { throw .usage("\(name) given twice", command: spec.name) }
        global.values[name] = value
      } else {
        if local.values[name] != nil { throw .usage("\(name) given twice", command: spec.name) }
        local.values[name] = value
      }
    }
    try checkPositionals(local.positionals, spec: spec)
  }

  private func checkPositionals(_ positionals: [String], spec: CommandSpec) throws(CLIError) {
    let required = spec.positionals.filter(\.required)
    if positionals.count < required.count {
      let missing = required[positionals.count...].map(\.name).joined(separator: " ")
      throw .usage("missing \(missing)", command: spec.name)
    }
    let variadic = spec.positionals.contains(where: \.variadic)
    if !variadic, positionals.count > spec.positionals.count {
      let extra = positionals[spec.positionals.count...].joined(separator: " ")
      throw .usage("unexpected argument '\(Diagnostic.shorten(extra))'", command: spec.name)
    }
  }

  /// The name closest to a typo, if one is close enough to be worth suggesting.
  static func closest(to name: String, among names: [String]) -> String? {
    let scored = names.map { ($0, distance(name, $0)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
    return best.0
  }

  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    var previous = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...max(b.count, 1) where !b.isEmpty {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return a.isEmpty ? b.count : previous[b.count]
  }
}
