/// A command as a value: its spec and what it does. The registry in `NuvolaCLI` lists them all.
struct Command: Sendable {
  var spec: CommandSpec
  /// The type of the command's options, whose declarations `spec` shows.
  var options: any CommandOptions.Type
  var run: @Sendable (ParsedArguments, Context) throws -> Void

  /// A command whose options are `Options`: the spec's options and positionals are those it
  /// declares, and `run` gets them typed, converted before it starts.
  init<Options: CommandOptions>(
    spec: CommandSpec, options: Options.Type, run: @escaping @Sendable (Options, Context) throws -> Void
  ) {
    var spec = spec
    spec.options = Options.optionSpecs
    spec.positionals = Options.argumentSpecs
    self.spec = spec
    self.options = options
    self.run = { parsed, context in try run(try Options(parsed), context) }
  }
}
