import Foundation
import NuvolaFormats
import NuvolaSupport

/// The `nuvola` command line: parses arguments, runs one command, and decides in this one place
/// what every outcome prints and which exit code it gets.
public enum NuvolaCLI {
  public static let version = "0.1.0"

  static let globalOptions = GlobalOptions.optionSpecs

  static let commands: [Command] = [
    ImportCommand.command,
    ComuniCommand.command,
    ShowCommand.command,
    AuditCommand.command,
    CEDCommand.command,
    PlanCommand.command,
    FundingCommand.command,
    AwardsCommand.command,
    ReportCommand.command,
    PortalCommand.command,
    ConsolidateCommand.command,
    ProgressCommand.command,
    GenerateCommand.command,
    TemplateCommand.command,
    DemoCommand.command,
  ]

  static var parser: ArgumentParser {
    ArgumentParser(commands: commands.map(\.spec))
  }

  /// Entry point of the executable.
  public static func main() -> Never {
    let code = run(
      arguments: Array(CommandLine.arguments.dropFirst()),
      environment: ProcessInfo.processInfo.environment,
      currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
      console: .standard, today: Clock.today())
    exit(code)
  }

  /// Runs one command line in process and returns its exit code. Tests call this directly, with
  /// `today` pinned; the executable passes the clock's day, read once.
  public static func run(
    arguments: [String], environment: [String: String], currentDirectory: URL, console: Console,
    today: Day
  ) -> Int32 {
    var commandName: String?
    // The language of messages about input: Italian unless `--lang en` was parsed.
    var language = Language.it
    // Read ahead, so that an error in the arguments themselves already speaks the language asked for.
    if let index = arguments.firstIndex(of: "--lang"), index + 1 < arguments.count,
      let asked = Language(rawValue: arguments[index + 1])
    {
      language = asked
    } else if let option = arguments.first(where: { $0.hasPrefix("--lang=") }),
      let asked = Language(rawValue: String(option.dropFirst("--lang=".count)))
    {
      language = asked
    }
    do {
      switch try parser.parse(arguments) {
      case .version:
        console.out("nuvola \(version)\n")
      case .help(let command):
        if let command, let spec = parser.command(named: command) {
          console.out(HelpText.command(spec, globalOptions: globalOptions))
        } else {
          console.out(HelpText.overview(commands: commands.map(\.spec), globalOptions: globalOptions))
        }
      case .run(let name, let global, let arguments):
        commandName = name
        language = global.lang ?? .it
        guard let command = commands.first(where: { $0.spec.name == name }) else {
          throw CLIError.usage("unknown command '\(Diagnostic.shorten(name))'")
        }
        let context = Context(
          global: global, environment: environment, currentDirectory: currentDirectory,
          console: console, asOf: global.asOf ?? today)
        let stats = environment["NUVOLA_STATS"] == "1" ? Stats(command: name) : nil
        defer { stats?.report(to: console) }
        try command.run(arguments, context)
      }
      return ExitCode.success
    } catch let error as CLIError {
      switch error {
      case .usage(let message, let command, let suggestion):
        // Messages echo what the user typed: shown the way diagnostics show a value, never raw.
        let it = language == .it
        let translated = DiagnosticTranslations.shipped.text(message, language)
        var text = (it ? "Errore: " : "Error: ") + "\(Diagnostic.visible(translated))\n"
        if let suggestion { text += it ? "Forse intendevi '\(suggestion)'?\n" : "Did you mean '\(suggestion)'?\n" }
        if let spec = (command ?? commandName).flatMap({ parser.command(named: $0) }) {
          text += (it ? "Uso: " : "Usage: ") + "\(HelpText.usage(spec))\n"
          text += it ? "  Vedi 'nuvola \(spec.name) --help' per i dettagli.\n" : "  See 'nuvola \(spec.name) --help' for more.\n"
        } else {
          text += (it ? "Uso: " : "Usage: ") + "nuvola [--db FILE] [--format text|json|csv] [--lang it|en] COMMAND ...\n"
          text += it ? "  Vedi 'nuvola --help' per i comandi.\n" : "  See 'nuvola --help' for the commands.\n"
        }
        console.err(text)
        return ExitCode.usage
      case .failure(let message):
        let translated = DiagnosticTranslations.shipped.text(message, language)
        console.err((language == .it ? "Errore: " : "Error: ") + "\(Diagnostic.visible(translated))\n")
        return ExitCode.failure
      }
    } catch let error as InputError {
      let count = error.diagnostics.count + error.omitted
      let texts = TextCatalogue.messages
      var text = texts.text("error.invalid_input", language, count: count, ["count": String(count)]) + "\n"
      for diagnostic in error.diagnostics { text += "  \(diagnostic.description(language))\n" }
      if error.omitted > 0 { text += texts.text("error.more_problems", language, ["count": String(error.omitted)]) + "\n" }
      console.err(text)
      return ExitCode.invalidData
    } catch {
      let translated = DiagnosticTranslations.shipped.text(String(describing: error), language)
      console.err((language == .it ? "Errore: " : "Error: ") + "\(Diagnostic.visible(translated))\n")
      return ExitCode.failure
    }
  }
}
