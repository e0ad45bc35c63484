/// What the user typed for one command, checked against its spec but not yet converted: option
/// values and flags by name, and positionals. Only `CommandOptions` reads it, to fill a command's
/// typed options.
struct ParsedArguments: Sendable, Equatable {
  var values: [String: String] = [:]
  var flags: Set<String> = []
  var positionals: [String] = []
}
