import Foundation
import NuvolaSupport

extension Register {
  /// Parses the 1/1/2022 population list (`istat_code,population`, header, 6-digit codes; columns
  /// found by name): the basis of the PA digitale 2026 classes. Every bad line is reported with its
  /// line and column.
  public static func population2022(csv data: Data, file: String) throws(InputError) -> [String: Int] {
    try population2022(csv: RegisterCSV(data, file: file))
  }

  static func population2022(csv: RegisterCSV) throws(InputError) -> [String: Int] {
    let file = csv.file
    var result: [String: Int] = [:]
    result.reserveCapacity(8_000)
    var errors = DiagnosticList()
    var columns: [Int] = []
    var width = 0
    csv.forEachLine { lineNumber, cells in
      if lineNumber == 1 {
        guard let found = csv.columns(["istat_code", "population"], header: cells, errors: &errors) else {
          return false
        }
        columns = found
        width = cells.count
        return true
      }
      guard cells.count == width else {
        errors.append(
          Diagnostic(
            file: file, line: lineNumber, value: csv.line(cells), message: "\(cells.count) columns",
            expected: "\(width) columns"))
        return true
      }
      let code = csv.text(cells[columns[0]])
      guard code.utf8.count == 6, code.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
        errors.append(
          Diagnostic(
            file: file, line: lineNumber, column: columns[0] + 1, path: "istat_code", value: code,
            message: "not an ISTAT code", expected: "6 digits"))
        return true
      }
      let text = csv.text(cells[columns[1]])
      guard let population = Int(text), population >= 0 else {
        errors.append(
          Diagnostic(
            file: file, line: lineNumber, column: columns[1] + 1, path: "population", value: text,
            message: "not a population", expected: "a whole number, no separators"))
        return true
      }
      if result.updateValue(population, forKey: code) != nil {
        errors.append(
          Diagnostic(
            file: file, line: lineNumber, column: columns[0] + 1, path: "istat_code", value: code,
            message: "code given twice", expected: "each comune once"))
      }
      return true
    }
    try errors.check()
    return result
  }

  /// The register with each comune's 1/1/2022 population joined on its ISTAT code. Codes of the list
  /// that the register lacks (comuni merged since 2022) are left out, never added to a successor:
  /// `population2022Unmatched` names them.
  public func joining(population2022 population: [String: Int]) -> Register {
    // Codes and names stay: only the figures change, so the look-ups are reused.
    let codes = Set(entries.map(\.istatCode))
    return replacingEntries(
      entries.map { $0.with(population2022: population[$0.istatCode]) },
      unmatched: population.keys.filter { !codes.contains($0) }.sorted())
  }
}
