import Testing

@testable import NuvolaCLI

@Suite("Argument parser")
struct ArgumentParserTests {
  let parser = ArgumentParser(
    commands: [
      CommandSpec(
        name: "show", abstract: "Show",
        positionals: [PositionalSpec(name: "COMUNE", help: "code or name")]),
      CommandSpec(
        name: "import", abstract: "Import",
        options: [
          .value("--from", "FORMAT", "format", allowed: ["agid-list", "rvtools"]), .flag("--dry-run", "x"),
        ],
        positionals: [PositionalSpec(name: "PATH", help: "paths", variadic: true)]),
    ])

  @Test func globalOptionsBeforeAndAfterTheCommand() throws {
    let before = try parser.parse(["--db", "x.sqlite", "--format", "json", "show", "014061"])
    let after = try parser.parse(["show", "014061", "--db", "x.sqlite", "--format=json"])
    #expect(before == after)
    guard case .run(let name, let global, let arguments) = before else {
      Issue.record("expected a command")
      return
    }
    #expect(name == "show")
    #expect(global.db == "x.sqlite")
    #expect(global.format == .json)
    #expect(arguments.positionals == ["014061"])
  }

  @Test func variadicPositionalsAndCommandOptions() throws {
    let result = try parser.parse(["import", "a.json", "b", "--from", "rvtools", "--dry-run", "c.json"])
    guard case .run(_, _, let arguments) = result else {
      Issue.record("expected a command")
      return
    }
    #expect(arguments.positionals == ["a.json", "b", "c.json"])
    #expect(arguments.values == ["--from": "rvtools"])
    #expect(arguments.flags == ["--dry-run"])
  }

  @Test func doubleDashEndsOptions() throws {
    let result = try parser.parse(["import", "--", "--weird-name.json"])
    guard case .run(_, _, let arguments) = result else {
      Issue.record("expected a command")
      return
    }
    #expect(arguments.positionals == ["--weird-name.json"])
  }

  @Test func helpAndVersion() throws {
    #expect(try parser.parse(["--help"]) == .help(command: nil))
    #expect(try parser.parse(["show", "--help"]) == .help(command: "show"))
    #expect(try parser.parse(["help", "import"]) == .help(command: "import"))
    #expect(try parser.parse(["-h"]) == .help(command: nil))
    #expect(try parser.parse(["--version"]) == .version)
  }

  @Test(arguments: [
    (["--format", "xml", "show", "1"], "--format takes one of text, json, csv, not 'xml'"),
    (["show"], "missing COMUNE"),
    (["show", "1", "2"], "unexpected argument '2'"),
    (["show", "1", "--bogus"], "unknown option '--bogus' for 'show'"),
    (["import", "a", "--from"], "--from needs a value (FORMAT)"),
    (["import", "a", "--from", "konveyor"], "--from takes one of agid-list, rvtools, not 'konveyor'"),
    (["import", "a", "--dry-run=yes"], "--dry-run takes no value"),
    (["show", "1", "--db", "a", "--db", "b"], "--db given twice"),
    (["frobnicate"], "unknown command 'frobnicate'"),
    ([], "missing command"),
  ])
  func usageErrors(arguments: [String], message: String) {
    #expect(throws: CLIError.self) { try parser.parse(arguments) }
    do {
      _ = try parser.parse(arguments)
    } catch {
      guard case .usage(let text, _, _) = error else {
        Issue.record("expected a usage error, got \(error)")
        return
      }
      #expect(text == message)
    }
  }

  @Test func typoSuggestsTheClosestCommand() {
    do {
      _ = try parser.parse(["shwo", "1"])
      Issue.record("expected an error")
    } catch {
      #expect(error == .usage("unknown command 'shwo'", suggestion: "show"))
    }
  }
}
