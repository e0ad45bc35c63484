import Foundation
import NuvolaReports
import NuvolaSupport
import Testing

/// Every report of the Sondrio sample, in every format and both languages, compared whole with its
/// golden file. After a deliberate change, regenerate them with
/// `NUVOLA_UPDATE_GOLDEN=1 swift test --filter ReportGolden` and review the diff.
@Suite struct ReportGoldenTests {
  static let cases: [(ReportAudience, ReportFileFormat, Language)] = ReportAudience.allCases.flatMap {
    audience in
    ReportFileFormat.allCases.flatMap { format in Language.allCases.map { (audience, format, $0) } }
  }

  @Test(arguments: cases)
  func matchesGoldenFile(audience: ReportAudience, format: ReportFileFormat, language: Language) throws {
    let files = Reports.render(ReportFixtures.document(audience, language), as: format)
    #expect(!files.isEmpty)
    for file in files {
      let url = ReportFixtures.goldenFolder.appendingPathComponent(file.name)
      if ReportFixtures.updatingGolden {
        try FileManager.default.createDirectory(
          at: ReportFixtures.goldenFolder, withIntermediateDirectories: true)
        try Data(file.contents.utf8).write(to: url)
        continue
      }
      guard let golden = FileManager.default.contents(atPath: url.path) else {
        Issue.record(
          "no golden file \(file.name): run NUVOLA_UPDATE_GOLDEN=1 swift test --filter ReportGolden")
        continue
      }
      let text = String(decoding: golden, as: UTF8.self)
      #expect(text == file.contents, "\(file.name) differs from its golden file")
      if text != file.contents { Self.reportFirstDifference(text, file.contents, name: file.name) }
    }
  }

  /// Every golden file is still produced: a renamed table must not leave a stale file behind.
  @Test func noStaleGoldenFiles() throws {
    var produced: Set<String> = []
    for (audience, format, language) in Self.cases {
      for file in Reports.render(ReportFixtures.document(audience, language), as: format) {
        produced.insert(file.name)
      }
    }
    let present = try FileManager.default.contentsOfDirectory(atPath: ReportFixtures.goldenFolder.path)
      .filter { !$0.hasPrefix(".") }
    #expect(Set(present).subtracting(produced).sorted() == [])
  }

  /// Rendering twice gives the same bytes: nothing depends on time, hashing order or the machine.
  @Test(arguments: ReportAudience.allCases)
  func deterministic(audience: ReportAudience) {
    for format in ReportFileFormat.allCases {
      let first = Reports.render(ReportFixtures.document(audience, .it), as: format)
      let second = Reports.render(ReportFixtures.document(audience, .it), as: format)
      #expect(first == second)
    }
  }

  static func reportFirstDifference(_ expected: String, _ actual: String, name: String) {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, (a, b)) in zip(expectedLines, actualLines).enumerated() where a != b {
      Issue.record("\(name) line \(index + 1):\n  golden: \(a)\n  output: \(b)")
      return
    }
    Issue.record(
      "\(name): \(expectedLines.count) lines in the golden file, \(actualLines.count) in the output")
  }
}
