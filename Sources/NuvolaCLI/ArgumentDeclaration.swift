/// One positional argument of a command, declared once: the `PositionalSpec` help and usage errors
/// show, bound to the stored property of the command's `Options` that parsing fills.
struct ArgumentDeclaration<Options> {
  let spec: PositionalSpec
  /// Stores the positionals left for this argument; returns how many it took.
  let apply: (inout Options, ArraySlice<String>) -> Int

  /// A required argument (the parser refuses a command line without it).
  static func required(_ name: String, _ keyPath: WritableKeyPath<Options, String>, _ help: String) -> Self {
    ArgumentDeclaration(spec: PositionalSpec(name: name, help: help)) { options, rest in
      guard let first = rest.first else { return 0 }
      options[keyPath: keyPath] = first
      return 1
    }
  }

  /// An argument that may be left out.
  static func optional(_ name: String, _ keyPath: WritableKeyPath<Options, String?>, _ help: String) -> Self {
    ArgumentDeclaration(spec: PositionalSpec(name: name, help: help, required: false)) { options, rest in
      options[keyPath: keyPath] = rest.first
      return rest.isEmpty ? 0 : 1
    }
  }

  /// Every remaining positional (`PATH...`); `required` means at least one.
  static func variadic(
    _ name: String, _ keyPath: WritableKeyPath<Options, [String]>, _ help: String, required: Bool = true
  ) -> Self {
    ArgumentDeclaration(spec: PositionalSpec(name: name, help: help, required: required, variadic: true)) {
      options, rest in
      options[keyPath: keyPath] = Array(rest)
      return rest.count
    }
  }
}
