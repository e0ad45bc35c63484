import Foundation
import NuvolaSupport
import Synchronization

/// Where a register keeps its comuni. A register made from entries holds them; the shipped
/// register holds its two files' bytes and reads a comune's line only when it is asked for by
/// code, and every line only when all comuni are asked for. Every command reads the register at
/// start-up, most look up a handful of comuni, and reading all 7,896 lines (and the 1/1/2022
/// population list) was more than half of importing or reporting one comune.
///
/// A comune read on its own is the entry reading the whole file gives (the same function reads
/// both; the tests compare every comune).
final class RegisterStore: Sendable {
  private struct State {
    var entries: [RegisterEntry]?
    var byCode: [String: Int] = [:]
    var unmatched: [String]?
    var files: Files?
  }

  /// The shipped files, read lazily: the lines of the register by 6-digit code, the population by
  /// code, and the comuni already read.
  private struct Files {
    let register: RegisterCSV
    let population: RegisterCSV
    var columns: [Int] = []
    var width = 0
    var lines: [Int: [Range<Int>]]?
    var populations: [Int: Int]?
    var read: [Int: RegisterEntry] = [:]
  }

  private let state: Mutex<State>

  init(entries: [RegisterEntry], unmatched: [String] = []) {
    var byCode: [String: Int] = [:]
    byCode.reserveCapacity(entries.count)
    for (index, entry) in entries.enumerated() { byCode[entry.istatCode] = index }
    state = Mutex(State(entries: entries, byCode: byCode, unmatched: unmatched))
  }

  /// The shipped register's files, read when first needed.
  init(register: Data, population: Data) {
    let files = Files(
      register: RegisterCSV(register, file: "istat-comuni.csv"),
      population: RegisterCSV(population, file: "istat-popolazione-2022.csv"))
    state = Mutex(State(files: files))
  }

  var entries: [RegisterEntry] {
    state.withLock { state in
      RegisterStore.readAll(&state)
      return state.entries ?? []
    }
  }

  var population2022Unmatched: [String] {
    state.withLock { state in
      RegisterStore.readAll(&state)
      return state.unmatched ?? []
    }
  }

  /// The comune of a 6-digit code.
  func entry(padded code: String) -> RegisterEntry? {
    state.withLock { state -> RegisterEntry? in
      if let entries = state.entries { return state.byCode[code].map { entries[$0] } }
      guard var files = state.files, let number = Int(code) else { return nil }
      defer { state.files = files }
      if let entry = files.read[number] { return entry }
      if files.lines == nil { RegisterStore.index(&files) }
      guard let cells = files.lines?[number] else { return nil }
      let populations = files.populations ?? [:]
      var errors = DiagnosticList()
      guard
        let entry = Register.entry(
          cells, line: 0, csv: files.register, columns: files.columns, errors: &errors,
          population2022: { Int($0).flatMap { populations[$0] } })
      else { RegisterStore.broken(errors.diagnostics.first?.description ?? code) }
      files.read[number] = entry
      return entry
    }
  }

  /// Finds each comune's line and the population of each code, without reading the comuni.
  private static func index(_ files: inout Files) {
    var lines: [Int: [Range<Int>]] = [:]
    lines.reserveCapacity(8_000)
    var errors = DiagnosticList()
    files.register.forEachLine { number, cells in
      if number == 1 {
        guard let found = files.register.columns(Register.columnNames, header: cells, errors: &errors) else {
          return false
        }
        files.columns = found
        files.width = cells.count
        return true
      }
      if cells.count == files.width, let code = files.register.sixDigits(cells[files.columns[0]]) {
        lines[code] = cells
      }
      return true
    }
    if let error = errors.diagnostics.first { RegisterStore.broken(error.description) }
    files.lines = lines
    // The population by code, read as numbers: the whole reader (`population2022`) checks each
    // line and makes strings, which the tests do on the shipped file.
    var populations: [Int: Int] = [:]
    populations.reserveCapacity(8_000)
    var columns: [Int] = []
    files.population.forEachLine { number, cells in
      if number == 1 {
        guard let found = files.population.columns(["istat_code", "population"], header: cells, errors: &errors)
        else { return false }
        columns = found
        return true
      }
      if cells.count > columns.max() ?? 0, let code = files.population.sixDigits(cells[columns[0]]),
        let figure = files.population.digits(cells[columns[1]])
      {
        populations[code] = figure
      }
      return true
    }
    if let error = errors.diagnostics.first { RegisterStore.broken(error.description) }
    files.populations = populations
  }

  /// Reads every comune (once), as the eager reader does, with the population joined.
  private static func readAll(_ state: inout State) {
    guard state.entries == nil, let files = state.files else { return }
    let population = unwrap(Result { () throws(InputError) in try Register.population2022(csv: files.population) })
    let register = unwrap(
      Result { () throws(InputError) in try Register(csv: files.register, population2022: population) })
    let entries = register.entries
    var byCode: [String: Int] = [:]
    byCode.reserveCapacity(entries.count)
    for (index, entry) in entries.enumerated() { byCode[entry.istatCode] = index }
    state.entries = entries
    state.byCode = byCode
    state.unmatched = population.keys.filter { byCode[$0] == nil }.sorted()
    state.files = nil
  }

  private static func unwrap<Value, Failure: Error>(_ result: Result<Value, Failure>) -> Value {
    switch result {
    case .success(let value): return value
    case .failure(let error): broken("\(error)")
    }
  }

  /// The shipped files are part of the build: a damaged one is a broken installation, not input.
  private static func broken(_ detail: String) -> Never {
    fatalError("Nuvola's ISTAT register resource is damaged (\(detail)); reinstall Nuvola")
  }
}
