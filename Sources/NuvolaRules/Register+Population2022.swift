import Foundation
import NuvolaSupport

extension Register {
  /// Parses the 1/1/2022 population list (`istat_code,population`, header, 6-digit codes): the
  /// basis of the PA digitale 2026 classes. Every bad line is reported with its line and column.
  public static func population2022(csv data: Data, file: String) throws(InputError) -> [String: Int] {
    let expectedHeader = "istat_code,population"
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    var result: [String: Int] = [:]
    result.reserveCapacity(8_000)
    var errors = DiagnosticList()
    var lineNumber = 0
    for rawLine in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = rawLine.last == UInt8(ascii: "\r") ? rawLine.dropLast() : rawLine
      if line.isEmpty { continue }
      let text = String(decoding: line, as: UTF8.self)
      if lineNumber == 1 {
        guard text == expectedHeader else {
          errors.append(
            Diagnostic(
              file: file, line: 1, column: 1, value: text, message: "unexpected header", expected: expectedHeader))
          break
        }
        continue
      }
      let cells = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard cells.count == 2 else {
        errors.append(
          Diagnostic(file: file, line: lineNumber, value: text, message: "\(cells.count) columns", expected: "2 columns"))
        continue
      }
      guard cells[0].utf8.count == 6, cells[0].utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
        errors.append(
          Diagnostic(
            file: file, line: lineNumber, column: 1, path: "istat_code", value: cells[0],
            message: "not an ISTAT code", expected: "6 digits"))
        continue
      }
      guard let population = Int(cells[1]), population >= 0 else {
        errors.append(
          Diagnostic(
            file: file, line: lineNumber, column: 2, path: "population", value: cells[1],
            message: "not a population", expected: "a whole number, no separators"))
        continue
      }
      guard result.updateValue(population, forKey: cells[0]) == nil else {
        errors.append(
          Diagnostic(
            file: file, line: lineNumber, column: 1, path: "istat_code", value: cells[0],
            message: "code given twice", expected: "each comune once"))
        continue
      }
    }
    try errors.check()
    return result
  }

  /// The register with each comune's 1/1/2022 population joined on its ISTAT code. Codes of the list
  /// that the register lacks (comuni merged since 2022) are left out, never added to a successor:
  /// `population2022Unmatched` names them.
  public func joining(population2022 population: [String: Int]) -> Register {
    // Codes and names stay: only the figures change, so the look-ups are reused.
    var joined = replacingEntries(entries.map { $0.with(population2022: population[$0.istatCode]) })
    let codes = Set(entries.map(\.istatCode))
    joined.population2022Unmatched = population.keys.filter { !codes.contains($0) }.sorted()
    return joined
  }
}
