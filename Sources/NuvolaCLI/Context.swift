import Foundation
import NuvolaFormats
import NuvolaRules
import NuvolaStore
import NuvolaSupport

/// Everything a command may use besides its own arguments: global options, environment, console.
struct Context {
  var global: GlobalOptions
  var environment: [String: String]
  var currentDirectory: URL
  var console: Console
  /// The day every date is judged on: `--as-of`, else today (read once by the executable).
  var asOf: Day

  /// `--db FILE`, else `$NUVOLA_DB`, else `nuvola.sqlite` in the current folder.
  var databasePath: String {
    if let path = global.db { return resolve(path).path }
    if let path = environment["NUVOLA_DB"], !path.isEmpty { return resolve(path).path }
    return currentDirectory.appendingPathComponent("nuvola.sqlite").path
  }

  var format: OutputFormat { global.format ?? .text }
  var language: Language { global.lang ?? .it }
  /// `--csv-dialect`, else the Italian spreadsheet one.
  var csvDialect: CSVDialect { global.csvDialect ?? .excelItalian }
  /// A CSV writer in the chosen dialect, formulas neutralised.
  var csvWriter: CSVWriter { CSVWriter(dialect: csvDialect) }
  var rulesDirectory: String? { global.rules.map { resolve($0).path } }

  /// A path as the user typed it, made absolute against the current folder.
  func resolve(_ path: String) -> URL {
    if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardized }
    return currentDirectory.appendingPathComponent(path).standardized
  }

  func print(_ text: String) { console.out(text.hasSuffix("\n") ? text : text + "\n") }
  func printError(_ text: String) { console.err(text.hasSuffix("\n") ? text : text + "\n") }

  /// Fails with a usage error when the chosen `--format` is not one this command can write.
  func requireFormat(_ allowed: [OutputFormat], command: String) throws(CLIError) {
    if !allowed.contains(format) {
      throw .usage(
        "'\(command)' writes \(allowed.map(\.rawValue).joined(separator: " or ")), not \(format.rawValue)",
        command: command)
    }
  }

  /// Opens the store for reading; a missing store is a failure that says what to do.
  func openStoreForReading() throws -> InventoryStore {
    try InventoryStore(path: databasePath, mode: .readOnly)
  }
}

enum OutputFormat: String, CaseIterable, Sendable {
  case text, json, csv
}

extension Context {
  /// The rules: the shipped files, with `--rules DIR` files of the same name taking their place.
  func rules() throws(InputError) -> RuleBook {
    try RuleBook.load(overrideDirectory: rulesDirectory.map { URL(fileURLWithPath: $0) })
  }
}
