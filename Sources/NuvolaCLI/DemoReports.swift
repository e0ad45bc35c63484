import Foundation
import NuvolaModel
import NuvolaReports
import NuvolaRules
import NuvolaStore

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

  /// The portal of the provinces the samples are in, every comune of them (most without an
  /// inventory: register facts and awards), linking to the samples' reports.
  static func portal(store: InventoryStore, folder: OutputFolder, context: Context) throws
    -> (page: String, rows: Int)
  {
    let register = Register.shipped
    let provinces = Set(try store.comuni().compactMap { register.entry(code: $0.istatCode)?.provinceAbbreviation })
    let entries = register.entries.filter { provinces.contains($0.provinceAbbreviation) }
    let names = Set(entries.map(\.province)).sorted().joined(separator: ", ")
    let outcome = try PortalCommand.write(
      entries: entries, scope: (context.language == .it ? "province di " : "provinces of ") + names,
      folder: folder, force: false, context: context)
    return (folder.target(PortalCommand.pageName(context.language)).path, outcome.rows)
  }
}
