import NuvolaIngest
import NuvolaSupport
import Testing

/// `Diagnostic.shorten`, the one renderer of an input value inside a message.
@Suite struct DiagnosticTests {
  func found(_ value: String) -> String {
    Diagnostic(file: "f.json", line: 1, column: 2, value: value, message: "bad").description
  }

  @Test func plainValuesStandForThemselves() {
    #expect(Diagnostic.shorten("Sondrio") == "Sondrio")
    #expect(Diagnostic.shorten("Città di Castello — 5€") == "Città di Castello — 5€")
    #expect(found("x") == "f.json:1:2: bad (found \"x\")")
  }

  /// One class of invisible or active character each: what a terminal would act on or not show.
  @Test(arguments: [
    ("NUL", "012019\u{0}", "012019\\u0000"),
    ("ESC", "a\u{1B}[31mred", "a\\u001b[31mred"),
    ("CR", "a\rb", "a\\rb"),
    ("LF and tab", "a\nb\tc", "a\\nb\\tc"),
    ("CR LF, one Character", "a\r\nb", "a\\r\\nb"),
    ("DEL", "a\u{7F}b", "a\\u007fb"),
    ("C1 next line", "a\u{85}b", "a\\u0085b"),
    ("C1 CSI", "a\u{9B}2J", "a\\u009b2J"),
    ("bidi override", "abc\u{202E}fdp.exe", "abc\\u202efdp.exe"),
    ("bidi isolate", "\u{2066}a\u{2069}", "\\u2066a\\u2069"),
    ("bidi marks", "a\u{200E}b\u{200F}", "a\\u200eb\\u200f"),
    ("zero width space", "Bren\u{200B}ta", "Bren\\u200bta"),
    ("zero width joiner", "a\u{200D}b", "a\\u200db"),
    ("byte-order mark", "\u{FEFF}Brenta", "\\ufeffBrenta"),
    ("line separator", "a\u{2028}b", "a\\u2028b"),
    ("soft hyphen", "Bren\u{AD}ta", "Bren\\u00adta"),
    ("Hangul filler", "a\u{3164}b", "a\\u3164b"),
    ("tag character", "a\u{E0041}", "a\\u{e0041}"),
    ("private use", "a\u{E000}", "a\\ue000"),
  ])
  func controlAndInvisibleCharactersAreShown(name: String, value: String, shown: String) {
    #expect(Diagnostic.shorten(value) == shown, "\(name)")
    #expect(found(value) == "f.json:1:2: bad (found \"\(shown)\")", "\(name)")
  }

  @Test func quotesAndBackslashesCannotCloseTheQuote() {
    #expect(Diagnostic.shorten("12\"); expected nothing") == "12\\\"); expected nothing")
    #expect(Diagnostic.shorten("C:\\u0000") == "C:\\\\u0000")
    #expect(Diagnostic.quoted("a\"b") == "\"a\\\"b\"")
  }

  @Test func longValuesAreCutWithTheirLength() {
    let value = String(repeating: "x", count: 12_345)
    let shown = Diagnostic.shorten(value)
    #expect(shown == String(repeating: "x", count: 77) + "... (12,345 characters)")
    #expect(Diagnostic.shorten(String(repeating: "y", count: 80)) == String(repeating: "y", count: 80))
    #expect(
      Diagnostic.shorten(String(repeating: "y", count: 81)) == String(repeating: "y", count: 77)
        + "... (81 characters)")
  }

  @Test func escapesAreNeverCutInHalf() {
    let value = String(repeating: "x", count: 75) + "\u{0}\u{0}" + String(repeating: "x", count: 10)
    #expect(Diagnostic.shorten(value) == String(repeating: "x", count: 75) + "... (87 characters)")
  }

  @Test func theProgramsOwnTextsKeepTheirQuotesButShowControls() {
    let diagnostic = Diagnostic(
      file: "in\u{1B}[2J.json", path: "$[\"a\u{202E}b\"]", message: "unknown key \"a\u{7}\"",
      expected: "one of \"x\"")
    #expect(
      diagnostic.description
        == "in\\u001b[2J.json: at $[\"a\\u202eb\"]: unknown key \"a\\u0007\"; expected one of \"x\"")
    #expect(Diagnostic.visible("plain \"text\"") == "plain \"text\"")
    #expect(Diagnostic.visible(String(repeating: "k", count: 300), limit: 200).hasSuffix("(300 characters)"))
  }

  @Test func validationIssuesRenderTheirValue() {
    let issue = ValidationIssue(
      recordType: .site, index: 0, field: "id", value: "s\u{1B}[2J", message: "not a valid id",
      expected: "an id")
    #expect(issue.description == "sites[0].id: not a valid id (found \"s\\u001b[2J\"); expected an id")
  }
}
