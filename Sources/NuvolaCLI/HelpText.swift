/// Renders help and usage text from the command specs.
enum HelpText {
  static let toolName = "nuvola"

  static func overview(commands: [CommandSpec], globalOptions: [OptionSpec]) -> String {
    var lines = [
      "OVERVIEW: Nuvola plans how Italian comuni move their IT to the cloud and close their small",
      "data centres (CED): inventory audit, AgID classification, staged plans, PNRR funding.",
      "",
      "USAGE: nuvola [--db FILE] [--format text|json|csv] [--lang it|en] [--rules DIR] COMMAND ...",
      "",
      "COMMANDS:",
    ]
    let width = (commands.map(\.name.count).max() ?? 0) + 2
    for command in commands {
      lines.append("  " + pad(command.name, width) + command.abstract)
    }
    lines.append("")
    lines.append("GLOBAL OPTIONS:")
    lines.append(contentsOf: optionLines(globalOptions + standardFlags))
    lines.append("")
    lines.append("See 'nuvola help COMMAND' or 'nuvola COMMAND --help' for a command's options.")
    lines.append("Exit codes: 0 ok, 1 failure, 64 usage error, 65 invalid input data.")
    return lines.joined(separator: "\n") + "\n"
  }

  static func command(_ spec: CommandSpec, globalOptions: [OptionSpec]) -> String {
    var lines = ["OVERVIEW: \(spec.abstract)", ""]
    if !spec.discussion.isEmpty {
      lines.append(spec.discussion)
      lines.append("")
    }
    lines.append("USAGE: " + usage(spec))
    for extra in spec.usageLines { lines.append("       nuvola \(spec.name) \(extra)") }
    if !spec.positionals.isEmpty {
      lines.append("")
      lines.append("ARGUMENTS:")
      let width = (spec.positionals.map { positionalName($0).count }.max() ?? 0) + 2
      for positional in spec.positionals {
        lines.append("  " + pad(positionalName(positional), width) + positional.help)
      }
    }
    if !spec.options.isEmpty {
      lines.append("")
      lines.append("OPTIONS:")
      lines.append(contentsOf: optionLines(spec.options))
    }
    lines.append("")
    lines.append("GLOBAL OPTIONS:")
    lines.append(contentsOf: optionLines(globalOptions + standardFlags))
    return lines.joined(separator: "\n") + "\n"
  }

  static func usage(_ spec: CommandSpec) -> String {
    var parts = ["nuvola", spec.name]
    for positional in spec.positionals {
      let name = positionalName(positional)
      parts.append(positional.required ? name : "[\(name)]")
    }
    for option in spec.options {
      parts.append(option.valueName.map { "[\(option.name) \($0)]" } ?? "[\(option.name)]")
    }
    return parts.joined(separator: " ")
  }

  private static let standardFlags: [OptionSpec] = [
    .flag("--help", "Show help and exit (also -h)"),
    .flag("--version", "Show the version and exit"),
  ]

  private static func positionalName(_ positional: PositionalSpec) -> String {
    positional.variadic ? positional.name + "..." : positional.name
  }

  private static func optionLines(_ options: [OptionSpec]) -> [String] {
    let labels = options.map { option in
      option.valueName.map { "\(option.name) \($0)" } ?? option.name
    }
    let width = (labels.map(\.count).max() ?? 0) + 2
    return zip(options, labels).map { option, label in "  " + pad(label, width) + option.help }
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }
}
