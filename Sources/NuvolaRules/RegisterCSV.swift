import Foundation
import NuvolaSupport

/// The lines and cells of a register file (comma-separated, a header line, no quoting: the shipped
/// files need none), scanned as bytes without copying: every command reads the register at
/// start-up, and splitting its 7,896 lines into arrays of strings cost tens of milliseconds.
/// Columns are found by their names in the header, so a newer file with more columns, or the same
/// ones in another order, reads the same.
struct RegisterCSV: Sendable {
  private let bytes: [UInt8]
  let file: String

  init(_ data: Data, file: String) {
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    self.bytes = bytes
    self.file = file
  }

  /// Calls `body` with each non-empty line's number (from 1) and its cells as byte ranges, the
  /// header included, until it returns false.
  func forEachLine(_ body: (_ line: Int, _ cells: [Range<Int>]) -> Bool) {
    var cells: [Range<Int>] = []
    cells.reserveCapacity(16)
    var start = 0
    var number = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
      number += 1
      var lineEnd = end
      if lineEnd > start && bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
      if lineEnd > start {
        cells.removeAll(keepingCapacity: true)
        var cellStart = start
        for index in start..<lineEnd where bytes[index] == UInt8(ascii: ",") {
          cells.append(cellStart..<index)
          cellStart = index + 1
        }
        cells.append(cellStart..<lineEnd)
        if !body(number, cells) { return }
      }
      start = end + 1
    }
  }

  func text(_ range: Range<Int>) -> String {
    bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
  }

  /// The cell's number when it is exactly six ASCII digits (an ISTAT code), else nil.
  func sixDigits(_ range: Range<Int>) -> Int? {
    guard range.count == 6 else { return nil }
    var number = 0
    for byte in bytes[range] {
      guard (0x30...0x39).contains(byte) else { return nil }
      number = number * 10 + Int(byte - 0x30)
    }
    return number
  }

  /// The cell's number when it is one to eighteen ASCII digits, else nil.
  func digits(_ range: Range<Int>) -> Int? {
    guard !range.isEmpty, range.count <= 18 else { return nil }
    var number = 0
    for byte in bytes[range] {
      guard (0x30...0x39).contains(byte) else { return nil }
      number = number * 10 + Int(byte - 0x30)
    }
    return number
  }

  /// Whether the cell holds exactly `literal`'s bytes.
  func cell(_ range: Range<Int>, is literal: StaticString) -> Bool {
    range.count == literal.utf8CodeUnitCount
      && literal.withUTF8Buffer { expected in zip(bytes[range], expected).allSatisfy { $0 == $1 } }
  }

  /// The whole line of `cells`, for a message.
  func line(_ cells: [Range<Int>]) -> String {
    text(cells[0].lowerBound..<cells[cells.count - 1].upperBound)
  }

  /// The position of each of `names` in the header `cells`; nil (and a located error) when one
  /// is missing.
  func columns(_ names: [String], header cells: [Range<Int>], errors: inout DiagnosticList) -> [Int]? {
    let header = cells.map(text)
    let found = names.compactMap { header.firstIndex(of: $0) }
    guard found.count == names.count else {
      errors.append(
        Diagnostic(
          file: file, line: 1, column: 1, value: line(cells), message: "unexpected header",
          expected: names.joined(separator: ",")))
      return nil
    }
    return found
  }
}
