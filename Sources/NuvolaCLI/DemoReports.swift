import Foundation
import NuvolaKit

/// The reports `demo` writes for each comune: the inventory as stored, and every reader's report.
enum DemoReports {
  static func write(snapshot: Snapshot, rules: RuleBook, folder: OutputFolder, context: Context) throws
    -> [String]
  {
    let comune = snapshot.inventory.comune
    let base = FileName.comune(code: comune.istatCode, name: snapshot.info.name)
    var written: [String] = []
    let inventoryPath = "\(base)/inventory.json"
    try folder.write(
      ShowCommand.json(snapshot: snapshot).serialized(sortKeys: true) + "\n", to: inventoryPath)
    written.append(inventoryPath)
    written += try readerReports(snapshot: snapshot, rules: rules, folder: folder, context: context)
    return written
  }

  /// The three readers' reports: every format in Italian, and HTML and Markdown in English too.
  /// Every report is judged on the run's as-of day (`--as-of`, default today).
  static func readerReports(snapshot: Snapshot, rules: RuleBook, folder: OutputFolder, context: Context)
    throws -> [String]
  {
    let day = context.asOf
    var written: [String] = []
    for audience in ReportAudience.allCases {
      written += try ReportCommand.write(
        snapshot: snapshot, audience: audience, formats: ReportFileFormat.allCases, languages: [.it],
        rules: rules,
        asOf: day, folder: folder)
      written += try ReportCommand.write(
        snapshot: snapshot, audience: audience, formats: [.html, .markdown], languages: [.en], rules: rules,
        asOf: day, folder: folder)
    }
    return written
  }
}
