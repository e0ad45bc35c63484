import NuvolaRules
import NuvolaSupport

/// The comuni a command works on when chosen from the register: `--all`, `--region R`,
/// `--province P` (name or abbreviation) or `--comuni A,B,C` (codes or names).
enum RegisterSelection {
  static let options: [OptionSpec] = [
    .flag("--all", "Every comune of the ISTAT register (7,896)"),
    .value("--region", "R", "The comuni of a region (e.g. Lombardia)"),
    .value("--province", "P", "The comuni of a province, by name or abbreviation (e.g. Varese or VA)"),
  ]

  static func entries(_ arguments: ParsedArguments, register: Register, command: String) throws(CLIError)
    -> [RegisterEntry]
  {
    let chosen = ["--all", "--region", "--province", "--comuni"].filter {
      arguments.has($0) || arguments.value($0) != nil
    }
    guard chosen.count == 1 else {
      throw .usage(
        chosen.isEmpty
          ? "choose the comuni: --all, --region R or --province P"
          : "choose one of \(chosen.joined(separator: ", ")), not several", command: command)
    }
    if arguments.has("--all") { return register.entries }
    if let region = arguments.value("--region") {
      let entries = register.entries(region: region)
      if entries.isEmpty {
        let regions = Set(register.entries.map(\.region)).sorted().joined(separator: ", ")
        throw .usage("unknown region '\(Diagnostic.shorten(region))'; regions are: \(regions)", command: command)
      }
      return entries
    }
    if let province = arguments.value("--province") {
      let entries = register.entries(province: province)
      if entries.isEmpty {
        throw .usage(
          "unknown province '\(Diagnostic.shorten(province))'; give its name (Varese) or abbreviation (VA)", command: command)
      }
      return entries
    }
    var entries: [RegisterEntry] = []
    for query in (arguments.value("--comuni") ?? "").split(separator: ",") {
      entries.append(try resolve(String(query), register: register, command: command))
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
