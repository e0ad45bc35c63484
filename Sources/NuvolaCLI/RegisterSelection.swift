import NuvolaRules
import NuvolaSupport

/// The comuni a command works on when chosen from the register: `--all`, `--region R`,
/// `--province P` (name or abbreviation) or `--comuni A,B,C` (codes or names).
enum RegisterSelection {
  /// The options of a selection as typed; at most one may be given.
  struct Choice: Sendable, Equatable {
    var all = false
    var region: String?
    var province: String?
    var comuni: [String]?

    /// The options given, by name, in the order the usage lists them.
    var given: [String] {
      let given = [
        ("--all", all), ("--region", region != nil), ("--province", province != nil), ("--comuni", comuni != nil),
      ]
      return given.filter(\.1).map(\.0)
    }
  }

  static let regionHelp = "The comuni of a region (e.g. Lombardia)"
  static let provinceHelp = "The comuni of a province, by name or abbreviation (e.g. Varese or VA)"
  static let comuniHelp = "These comuni (ISTAT codes or names, comma-separated)"

  /// `--all`, `--region R`, `--province P` over the register, stored in `choice`.
  static func options<Options>(_ choice: WritableKeyPath<Options, Choice>) -> [OptionDeclaration<Options>] {
    let options: [OptionDeclaration<Choice>] = [
      .flag("--all", \.all, "Every comune of the ISTAT register (7,896)"),
      .option("--region", \.region, "R", regionHelp),
      .option("--province", \.province, "P", provinceHelp),
    ]
    return options.map { $0.within(choice) }
  }

  /// `--region R`, `--province P` and `--comuni LIST` (codes or names, comma-separated).
  static func areaOptions<Options>(_ choice: WritableKeyPath<Options, Choice>, comuniValue: String)
    -> [OptionDeclaration<Options>]
  {
    let options: [OptionDeclaration<Choice>] = [
      .option("--region", \.region, "R", regionHelp),
      .option("--province", \.province, "P", provinceHelp),
      .option("--comuni", \.comuni, comuniValue, comuniHelp, convert: OptionConversion.list),
    ]
    return options.map { $0.within(choice) }
  }

  static func entries(_ choice: Choice, register: Register, command: String) throws(CLIError)
    -> [RegisterEntry]
  {
    let chosen = choice.given
    guard chosen.count == 1 else {
      throw .usage(
        chosen.isEmpty
          ? "choose the comuni: --all, --region R or --province P"
          : "choose one of \(chosen.joined(separator: ", ")), not several", command: command)
    }
    if choice.all { return register.entries }
    if let region = choice.region {
      let entries = register.entries(region: region)
      if entries.isEmpty {
        let regions = Set(register.entries.map(\.region)).sorted().joined(separator: ", ")
        throw .usage("unknown region '\(Diagnostic.shorten(region))'; regions are: \(regions)", command: command)
      }
      return entries
    }
    if let province = choice.province {
      let entries = register.entries(province: province)
      if entries.isEmpty {
        throw .usage(
          "unknown province '\(Diagnostic.shorten(province))'; give its name (Varese) or abbreviation (VA)", command: command)
      }
      return entries
    }
    var entries: [RegisterEntry] = []
    for query in choice.comuni ?? [] {
      entries.append(try resolve(query, register: register, command: command))
    }
    return entries
  }

  /// One comune from an ISTAT code or a name; ambiguity and absence are usage errors that say why.
  static func resolve(_ query: String, register: Register, command: String) throws(CLIError) -> RegisterEntry
  {
    switch register.resolve(query) {
    case .found(let entry):
      return entry
    case .ambiguous(let entries):
      let choices = entries.map { "\($0.istatCode) \($0.name) (\($0.provinceAbbreviation))" }
      throw .usage(
        "'\(Diagnostic.shorten(query))' names \(entries.count) comuni: \(choices.joined(separator: ", ")); "
          + "give the ISTAT code or 'Name (XX)'", command: command)
    case .notFound:
      throw .usage(
        "no comune '\(Diagnostic.shorten(query))' in the ISTAT register (give a 6-digit ISTAT code or a name)", command: command)
    }
  }
}
