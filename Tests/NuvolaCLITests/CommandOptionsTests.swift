import Foundation
import NuvolaEngine
import NuvolaFormats
import NuvolaSupport
import Testing

@testable import NuvolaCLI

/// Typed options: each command declares its options once, help lists exactly those, parsing fills
/// typed values and refuses bad ones with the usage errors the command line has always given.
@Suite("Command options")
struct CommandOptionsTests {
  let cli: CLIRunner

  init() throws { cli = try CLIRunner() }

  /// A command line parsed into a command's typed options.
  func parse<Options: CommandOptions>(_ type: Options.Type, _ arguments: [String]) throws(CLIError) -> Options
  {
    guard case .run(_, _, let parsed) = try NuvolaCLI.parser.parse(arguments) else {
      throw .usage("not a command run")
    }
    return try Options(parsed)
  }

  // MARK: Declared once

  /// Every stored value of an options struct, by path; groups of NuvolaCLI (a register selection)
  /// are opened, values of other types are leaves.
  static func leaves(_ value: Any, path: String = "") -> [String: String] {
    var result: [String: String] = [:]
    for child in Mirror(reflecting: value).children {
      let label = path + (child.label ?? "?")
      if Mirror(reflecting: child.value).displayStyle == .struct,
        String(reflecting: type(of: child.value)).hasPrefix("NuvolaCLI.")
      {
        result.merge(leaves(child.value, path: label + ".")) { first, _ in first }
      } else {
        result[label] = String(reflecting: child.value)
      }
    }
    return result
  }

  /// Which stored values each declaration fills: every declaration exactly one, none the same, and
  /// every stored property of the struct is filled by a declaration.
  static func checkDeclaredOnce<Options: CommandOptions>(_ type: Options.Type, command: String) throws {
    let base = leaves(Options())
    var filledBy: [String: String] = [:]
    func record(_ declaration: String, _ filled: Options) {
      let changed = leaves(filled).filter { base[$0.key] != $0.value }.map(\.key)
      #expect(changed.count == 1, "\(command) \(declaration) fills \(changed)")
      for leaf in changed {
        #expect(
          filledBy[leaf] == nil, "\(command): \(declaration) and \(filledBy[leaf] ?? "") both fill \(leaf)")
        filledBy[leaf] = declaration
      }
    }
    for option in Options.options {
      var parsed = ParsedArguments()
      if option.spec.valueName == nil {
        parsed.flags = [option.spec.name]
      } else {
        let candidates = option.spec.allowedValues.map { [$0[0]] } ?? ["1", "2027-01", "2026-01-01", "mayor"]
        let text = candidates.first { text in
          var probe = Options()
          return (try? option.apply(&probe, text)) != nil
        }
        guard let text else {
          Issue.record("\(command) \(option.spec.name): no sample value converts")
          continue
        }
        parsed.values[option.spec.name] = text
      }
      record(option.spec.name, try Options(parsed))
    }
    for (index, argument) in Options.arguments.enumerated() {
      var parsed = ParsedArguments()
      parsed.positionals = Array(repeating: "p", count: index + 1)
      let before = filledBy
      let filled = try Options(parsed)
      let changed = leaves(filled).filter { base[$0.key] != $0.value && before[$0.key] == nil }.map(\.key)
      #expect(changed.count == 1, "\(command) \(argument.spec.name) fills \(changed)")
      for leaf in changed { filledBy[leaf] = argument.spec.name }
    }
    let properties = Set(Mirror(reflecting: Options()).children.compactMap(\.label))
    let filled = Set(filledBy.keys.map { String($0.prefix { $0 != "." }) })
    #expect(
      properties == filled, "\(command): properties no declaration fills: \(properties.subtracting(filled))")
  }

  @Test func everyPropertyIsDeclaredOnceAndEveryDeclarationFillsOne() throws {
    for command in NuvolaCLI.commands {
      try Self.checkDeclaredOnce(command.options, command: command.spec.name)
    }
    try Self.checkDeclaredOnce(GlobalOptions.self, command: "global")
  }

  @Test func namesAreDeclaredOncePerCommand() {
    let global = Set(GlobalOptions.optionSpecs.map(\.name))
    for command in NuvolaCLI.commands {
      let names = command.spec.options.map(\.name)
      #expect(Set(names).count == names.count, "\(command.spec.name) declares a name twice")
      // A command's own --format (report, template) replaces the global one; nothing else may.
      let shadowing = Set(names).intersection(global).subtracting(["--format"])
      #expect(shadowing.isEmpty, "\(command.spec.name) shadows \(shadowing)")
    }
  }

  /// The names listed under a heading of a help text (`OPTIONS:`), up to the next blank line.
  static func section(_ heading: String, of help: String) -> [String] {
    let lines = help.components(separatedBy: "\n")
    guard let start = lines.firstIndex(of: heading) else { return [] }
    return lines[(start + 1)...].prefix { !$0.isEmpty }.map {
      String($0.dropFirst(2).prefix { $0 != " " })
    }
  }

  @Test func helpListsExactlyTheDeclaredOptionsAndArguments() {
    for command in NuvolaCLI.commands {
      let name = command.spec.name
      for arguments in [["help", name], [name, "--help"], [name, "--lang", "en", "-h"]] {
        let help = cli.run(arguments)
        #expect(help.code == 0)
        #expect(Self.section("OPTIONS:", of: help.out) == command.options.optionSpecs.map(\.name), "\(name)")
        #expect(
          Self.section("ARGUMENTS:", of: help.out).map { $0.hasSuffix("...") ? String($0.dropLast(3)) : $0 }
            == command.options.argumentSpecs.map { String($0.name.prefix { $0 != " " }) }, "\(name)")
        #expect(
          Self.section("GLOBAL OPTIONS:", of: help.out)
            == GlobalOptions.optionSpecs.map(\.name) + ["--help", "--version"])
        let usage = HelpText.usage(command.spec)
        for option in command.options.optionSpecs { #expect(usage.contains("[\(option.name)"), "\(name)") }
      }
    }
  }

  // MARK: Typed values

  @Test func valuesAreConvertedWhenParsed() throws {
    let plan = try parse(
      PlanCommand.Options.self,
      [
        "plan", "014061", "--start", "2027-03", "--capacity=4", "--budget-per-year", "300000",
        "--discount-rate", "3%", "--years", "7", "--wave-months", "4", "--pnrr-admitted", "--pnrr-admitted",
      ])
    #expect(plan.comune == "014061")
    #expect(plan.start == YearMonth(year: 2027, month: 3))
    #expect(plan.capacity == 4)
    #expect(plan.budgetPerYear == Money(parsing: "300000"))
    #expect(plan.discountRate == 0.03)
    #expect(plan.years == 7 && plan.waveMonths == 4)
    #expect(plan.pnrrAdmitted && !plan.all)
    #expect(plan.replanFrom == nil && plan.maxPerWave == nil)

    let report = try parse(
      ReportCommand.Options.self, ["report", "--all", "--for", "grant-writer,mayor,mayor", "--format", "ods"])
    #expect(report.readers == [.grantWriter, .mayor])
    #expect(report.format == .workbook(.ods))
    #expect(report.all && report.comune == nil)

    let consolidate = try parse(
      ConsolidateCommand.Options.self, ["consolidate", "--comuni", "Sondrio,,Varese", "--pilots", "Varese"])
    #expect(consolidate.selection == RegisterSelection.Choice(comuni: ["Sondrio", "Varese"]))
    #expect(consolidate.pilots == ["Varese"])

    let generate = try parse(
      GenerateCommand.Options.self, ["generate", "--province", "VA", "--as", "csv", "--seed", "7"])
    #expect(generate.selection.given == ["--province"])
    #expect(generate.encoding == .csv && generate.seed == 7)

    let awards = try parse(
      AwardsCommand.Options.self, ["awards", "import", "a.csv", "--data-date", "a.csv=2026-03-04"])
    #expect(awards.positionals == ["import", "a.csv"])
    #expect(
      try AwardsCommand.dataDates(awards.dataDate, paths: ["x/a.csv"]) == [
        "x/a.csv": Day(year: 2026, month: 3, day: 4)!
      ])

    let imported = try parse(
      ImportCommand.Options.self, ["import", "--from", "rvtools", "f.csv", "--comune", "Saronno"])
    #expect(imported.from == .rvtools && imported.comune == "Saronno" && imported.paths == ["f.csv"])
  }

  @Test func globalOptionsAreTyped() throws {
    guard
      case .run(_, let global, _) = try NuvolaCLI.parser.parse([
        "--lang=en", "comuni", "--as-of", "2026-06-30", "--csv-dialect", "rfc4180", "--format", "csv", "--db",
        "x",
      ])
    else {
      Issue.record("expected a command")
      return
    }
    #expect(global.lang == .en && global.format == .csv && global.db == "x" && global.rules == nil)
    #expect(global.asOf == Day(year: 2026, month: 6, day: 30))
    #expect(global.csvDialect == .rfc4180)
  }

  // MARK: Every error path, as the user sees it

  @Test(arguments: [
    // unknown option, with the closest one the command takes
    (
      ["plan", "--capaciti", "5", "014061"],
      "Errore: opzione sconosciuta '--capaciti' per 'plan'\nForse intendevi '--capacity'?\nUso: nuvola plan"
    ),
    (
      ["show", "1", "--snapshto", "2", "--lang", "en"],
      "Error: unknown option '--snapshto' for 'show'\nDid you mean '--snapshot'?\n"
    ),
    (
      ["show", "1", "--bogus"],
      "Errore: opzione sconosciuta '--bogus' per 'show'\nUso: nuvola show COMUNE [--snapshot ID]\n"
    ),
    // missing value, flag with a value, value given twice
    (["plan", "014061", "--years"], "Errore: --years vuole un valore (N)\n"),
    (["audit", "--all=yes"], "Errore: --all non vuole un valore\n"),
    (["plan", "--years", "5", "--years=6", "014061"], "Errore: --years indicato due volte\n"),
    (["comuni", "--lang", "en", "--lang", "en"], "Error: --lang given twice\n"),
    // bad integers
    (["plan", "--years", "0", "014061"], "Errore: --years takes a whole number from 1 to 30, not '0'\n"),
    (
      ["plan", "--wave-months", "abc", "014061"],
      "Errore: --wave-months takes a whole number from 1 to 12, not 'abc'\n"
    ),
    (
      ["plan", "--capacity", "-3", "014061"],
      "Errore: --capacity takes a whole number from 1 to 100000, not '-3'\n"
    ),
    (
      ["generate", "--all", "--seed", "-1", "--out", "x"],
      "Errore: --seed vuole un numero intero da 0 a 18446744073709551615, non '-1'\n"
    ),
    // bad months, days, amounts, rates
    (
      ["plan", "--start", "2026-1", "014061"],
      "Errore: --start takes a month YYYY-MM (e.g. 2026-01), not '2026-1'\n"
    ),
    (
      ["plan", "--replan-from", "x", "014061"],
      "Errore: --replan-from takes a month YYYY-MM (e.g. 2026-01), not 'x'\n"
    ),
    (
      ["--as-of", "2026-02-30", "comuni"],
      "Errore: --as-of takes a date YYYY-MM-DD, not '2026-02-30'\nUso: nuvola comuni\n"
    ),
    (
      ["plan", "--budget-per-year", "0", "014061"],
      "Errore: --budget-per-year takes an amount in euro above 0 (e.g. 300000), not '0'\n"
    ),
    (
      ["plan", "--discount-rate", "x%", "014061"],
      "Errore: --discount-rate takes a rate such as 0.03 or 3%, not 'x%'\n"
    ),
    (
      ["plan", "--discount-rate", "2", "014061"],
      "Errore: --discount-rate takes a rate from 0 to 1 (0.03 = 3%), not '2'\n"
    ),
    (
      ["awards", "import", "a.csv", "--data-date", "soon"],
      "Errore: --data-date takes YYYY-MM-DD or NAME=YYYY-MM-DD,..., not 'soon'\n"
    ),
    // bad enumeration values
    (["generate", "--all", "--as", "xml", "--out", "x"], "Errore: --as takes one of json, csv, not 'xml'\n"),
    (["--format", "xml", "comuni"], "Errore: --format takes one of text, json, csv, not 'xml'\n"),
    (
      ["--csv-dialect", "excel", "comuni"],
      "Errore: --csv-dialect takes one of excel-it, rfc4180, not 'excel'\n"
    ),
    (
      ["import", "--from", "csv", "f", "--comune", "Sondrio"],
      "Errore: --from takes one of agid-list, konveyor, rvtools, glpi, not 'csv'\n"
    ),
    (
      ["report", "--for", "mayor", "--format", "pdf", "014061"],
      "Errore: --format takes one of html, md, csv, json, xlsx, ods, not 'pdf'\n"
    ),
    (["template", "--format", "xls", "--out", "t"], "Errore: --format takes one of xlsx, ods, not 'xls'\n"),
    (
      ["report", "--for", "mayor,sindaco", "014061"],
      "Errore: --for takes one of it-manager, mayor, grant-writer (or several, comma-separated, or all), not 'sindaco'\n"
    ),
  ])
  func usageErrors(arguments: [String], expected: String) {
    let result = cli.run(arguments)
    #expect(result.code == 64)
    #expect(result.out.isEmpty)
    #expect(result.err.hasPrefix(expected), "\(result.err)")
  }

  @Test func aRepeatedFlagIsTheFlagOnce() throws {
    let once = try parse(ComuneScope.Options.self, ["audit", "--all"])
    let twice = try parse(ComuneScope.Options.self, ["audit", "--all", "--all"])
    #expect(once.all && twice.all && twice.comune == nil)
  }

  /// No command reads an option by its name at run time: every option is a typed property.
  @Test func noOptionIsLookedUpByString() throws {
    let sources = CLIRunner.repositoryRoot.appendingPathComponent("Sources/NuvolaCLI")
    let files = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter {
      $0.hasSuffix(".swift")
    }
    #expect(files.count > 30)
    for file in files {
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      for pattern in ["has(\"--", "value(\"--", "values[\"--", "flags.contains(\"--"] {
        #expect(!text.contains(pattern), "\(file) looks up an option by string: \(pattern)")
      }
    }
  }
}
