/// A command as a value: its spec and what it does. The registry in `NuvolaCLI` lists them all.
struct Command: Sendable {
  var spec: CommandSpec
  var run: @Sendable (ParsedArguments, Context) throws -> Void
}
