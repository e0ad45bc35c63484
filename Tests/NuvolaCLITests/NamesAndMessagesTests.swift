import Foundation
import NuvolaCLI
import Testing

/// Issue 24: a comune's name is the register's, and what the user typed or a file held reaches the
/// terminal only as `Diagnostic.shorten` writes it.
@Suite("Command line: names and messages")
struct NamesAndMessagesTests {
  let cli: CLIRunner
  let brenta = CLIRunner.repositoryRoot.appendingPathComponent("Inventories/012019-brenta.json").path

  init() throws { cli = try CLIRunner() }

  /// The Brenta sample with its comune's `"name": "Brenta"` and `"istat_code": "012019"` replaced.
  func brentaSample(name: String = "\"Brenta\"", code: String = "\"012019\"") throws -> String {
    let text = try String(contentsOfFile: brenta, encoding: .utf8)
    let changed = text.replacingOccurrences(of: "\"name\": \"Brenta\"", with: "\"name\": \(name)")
      .replacingOccurrences(of: "\"istat_code\": \"012019\"", with: "\"istat_code\": \(code)")
    let path = cli.path("brenta.json")
    try changed.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func nameThatIsNotTheRegistersIsALocatedErrorAndNothingIsWritten() throws {
    #expect(cli.run(["--lang", "en", "--db", "store.sqlite", "import", try brentaSample(name: "\"Brenta\"")]).code == 0)
    let before = try #require(cli.contents("store.sqlite"))
    let result = cli.run(["--lang", "en", "--db", "store.sqlite", "import", try brentaSample(name: "\"Brenta/../../x\"")])
    #expect(result.code == ExitCode.invalidData)
    #expect(
      result.err.contains(
        "brenta.json:6:13: at $.comune.name: the name does not match the ISTAT register for 012019 "
          + "(found \"Brenta/../../x\"); expected Brenta (accents, case and spacing aside), or no name"),
      "\(result.err)")
    #expect(cli.contents("store.sqlite") == before)
  }

  @Test func everyOutputPrintsTheRegistersName() throws {
    let path = try brentaSample(name: "\"  BRÈNTA \"")
    #expect(cli.run(["--db", "store.sqlite", "import", path]).code == 0)
    let listed = cli.run(["--db", "store.sqlite", "comuni"])
    #expect(listed.out.contains("012019  Brenta "), "\(listed.out)")
    #expect(!listed.out.contains("BRÈNTA"))
    let json = cli.run(["--db", "store.sqlite", "--format", "json", "comuni"])
    #expect(json.out.contains("\"name\" : \"Brenta\"") || json.out.contains("\"name\": \"Brenta\""), "\(json.out)")
    let shown = cli.run(["--db", "store.sqlite", "show", "012019"])
    #expect(shown.out.hasPrefix("012019 Brenta"), "\(shown.out)")
    #expect(!cli.run(["--db", "store.sqlite", "--format", "json", "show", "012019"]).out.contains("BRÈNTA"))
  }

  @Test func nulInAValueIsShownNotPrinted() throws {
    let result = cli.run(["--lang", "en", "--db", "store.sqlite", "import", try brentaSample(code: "\"012019\\u0000\"")])
    #expect(result.code == ExitCode.invalidData)
    #expect(result.err.contains("(found \"012019\\u0000\")"), "\(result.err)")
    #expect(!result.err.unicodeScalars.contains("\u{0}"))
    // Nothing written: not even the store file.
    #expect(!FileManager.default.fileExists(atPath: cli.path("store.sqlite")))
  }

  /// Arguments echoed by usage errors: escapes and bidi controls shown, long ones cut with their length.
  @Test func argumentsInErrorsAreShownVisibly() {
    let escape = cli.run(["--lang", "en", "show", "Bren\u{1B}[31mta"])
    #expect(escape.code == ExitCode.usage)
    #expect(escape.err.contains("no comune 'Bren\\u001b[31mta'"), "\(escape.err)")
    #expect(!escape.err.unicodeScalars.contains("\u{1B}"))
    let bidi = cli.run(["--lang", "en", "frobnicate\u{202E}"])
    #expect(bidi.err.contains("unknown command 'frobnicate\\u202e'"), "\(bidi.err)")
    let long = cli.run(["--lang", "en", "show", String(repeating: "z", count: 5_000)])
    #expect(long.err.contains(String(repeating: "z", count: 77) + "... (5,000 characters)'"), "\(long.err)")
    #expect(long.err.utf8.count < 1_000)
  }

  /// The whole error as the user reads it, in the default language and with `--lang en`, spoofing
  /// scalars shown escaped.
  @Test(arguments: [[], ["--lang", "en"]] as [[String]])
  func spoofedNameErrorReadsExactly(_ language: [String]) throws {
    let path = try brentaSample(name: "\"Bre\\u202ent\\u200da\"")
    let result = cli.run(language + ["--db", "store.sqlite", "import", path])
    #expect(result.code == ExitCode.invalidData)
    #expect(
      result.err
        == (language.isEmpty
          ? "Errore: dati non validi (1 problema); non è stato scritto nulla.\n"
          : "Error: invalid input data (1 problem); nothing was written.\n")
        + (language.isEmpty
          ? "  \(path):6:13: in $.comune.name: il nome non corrisponde al registro ISTAT per 012019 "
            + "(trovato \"Bre\\u202ent\\u200da\"); atteso Brenta (a parte accenti, maiuscole e spazi), "
            + "oppure nessun nome\n"
          : "  \(path):6:13: at $.comune.name: the name does not match the ISTAT register for 012019 "
            + "(found \"Bre\\u202ent\\u200da\"); expected Brenta (accents, case and spacing aside), "
            + "or no name\n"),
      "\(result.err)")
    // Nothing written: not even the store file.
    #expect(!FileManager.default.fileExists(atPath: cli.path("store.sqlite")))
  }
}
