import Foundation
import NuvolaSupport

/// The line scanner behind `AwardSnapshot.decode`: walks the snapshot's bytes once, splitting lines
/// at `\n` and cells at tabs without copying, and turns the cells of each `F`, `C` and `A` line into
/// the sources, calls and awards they name.
struct SnapshotLines {
  private typealias Call = (
    source: AwardSource, avviso: String, window: Int, decree: String?, day: Day, measure: AwardMeasure?
  )

  private let bytes: UnsafeBufferPointer<UInt8>
  private let file: String
  /// When set, only these comuni's awards are built (the other `A` lines are checked for shape only).
  private let wanted: Set<String>?
  /// The wanted codes packed into integers (`pack`), so that each `A` line's code is looked up
  /// without making a string of it; nil when a wanted code is too long to pack.
  private let wantedCodes: Set<UInt64>?
  private var sources: [Int: AwardSource] = [:]
  private var calls: [Call?] = []
  /// The cells of the line being read, as ranges of `bytes`.
  private var cells: [Range<Int>] = []
  private var line = 0
  private var lineRange = 0..<0

  init(bytes: UnsafeBufferPointer<UInt8>, file: String, wanted: Set<String>? = nil) {
    self.bytes = bytes
    self.file = file
    self.wanted = wanted
    wantedCodes = wanted.flatMap { codes in
      let packed = codes.compactMap { SnapshotLines.pack($0.utf8) }
      return packed.count == codes.count ? Set(packed) : nil
    }
    cells.reserveCapacity(8)
  }

  mutating func book() throws(InputError) -> AwardBook {
    var awards: [Award] = []
    awards.reserveCapacity(60_000)
    var start = 0
    while start <= bytes.count {
      let end = lineEnd(from: start)
      line += 1
      lineRange = start..<end
      if end > start && bytes[start] != UInt8(ascii: "#") && !isUnwantedAward() {
        split()
        if let award = try read() { awards.append(award) }
      }
      start = end + 1
    }
    return AwardBook(awards: awards)
  }

  /// Where the line starting at `start` ends: its `\n`, or the end of the bytes.
  private func lineEnd(from start: Int) -> Int {
    guard start < bytes.count, let base = bytes.baseAddress,
      let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
    else { return bytes.count }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  /// Whether the current line is an `A` line of a comune that is not wanted, read from its code
  /// (the third cell) alone, so that a command about a few comuni skips the others' lines without
  /// splitting them. Lines of any other shape go the full way and are checked there.
  private func isUnwantedAward() -> Bool {
    guard let wantedCodes, lineRange.count > 2, bytes[lineRange.lowerBound] == UInt8(ascii: "A"),
      bytes[lineRange.lowerBound + 1] == UInt8(ascii: "\t")
    else { return false }
    var codeStart = lineRange.lowerBound + 2
    while codeStart < lineRange.upperBound && bytes[codeStart] != UInt8(ascii: "\t") { codeStart += 1 }
    codeStart += 1
    var codeEnd = codeStart
    while codeEnd < lineRange.upperBound && bytes[codeEnd] != UInt8(ascii: "\t") { codeEnd += 1 }
    guard codeEnd < lineRange.upperBound, let code = SnapshotLines.pack(bytes[codeStart..<codeEnd]) else {
      return false
    }
    return !wantedCodes.contains(code)
  }

  private mutating func split() {
    cells.removeAll(keepingCapacity: true)
    var cellStart = lineRange.lowerBound
    for index in lineRange where bytes[index] == UInt8(ascii: "\t") {
      cells.append(cellStart..<index)
      cellStart = index + 1
    }
    cells.append(cellStart..<lineRange.upperBound)
  }

  /// The award of an `A` line; nil for the `F` and `C` lines, which only feed the look-ups.
  private mutating func read() throws(InputError) -> Award? {
    let kind = cells[0].count == 1 ? bytes[cells[0].lowerBound] : 0
    switch (kind, cells.count) {
    case (UInt8(ascii: "F"), 5):
      guard let index = int(1), let day = Day(parsing: text(4)) else { throw bad("file") }
      sources[index] = AwardSource(fileName: text(2), measures: text(3), dataDate: day, dateOrigin: .given)
      return nil
    case (UInt8(ascii: "C"), 7):
      guard let index = int(1), index >= 0, index < 10_000, let source = int(2).flatMap({ sources[$0] }),
        let window = int(4), let day = Day(parsing: text(6))
      else { throw bad("call") }
      if calls.count <= index { calls.append(contentsOf: repeatElement(nil, count: index + 1 - calls.count)) }
      let avviso = text(3)
      let decree = text(5)
      // The measure is the call's: classified once per call, not once per award.
      calls[index] = (
        source, avviso, window, decree.isEmpty ? nil : decree, day,
        AwardMeasure.classify(avviso: avviso, misura: "")
      )
      return nil
    case (UInt8(ascii: "A"), 8):
      if let wantedCodes {
        guard let code = SnapshotLines.pack(bytes[cells[2]]), wantedCodes.contains(code) else { return nil }
      } else if let wanted, !wanted.contains(text(2)) {
        return nil
      }
      guard let index = int(1), calls.indices.contains(index), let call = calls[index],
        let measure = call.measure,
        let cents = Money.cents(utf8: UnsafeBufferPointer(rebasing: bytes[cells[3]])),
        let state = AwardState(rawValue: text(5))
      else { throw bad("award") }
      return Award(
        istatCode: text(2), measure: measure, avviso: call.avviso, window: call.window,
        amount: Money(cents: cents), cup: text(4), decree: call.decree, state: state,
        stateDay: try day(6, after: call.day), fundingDay: call.day,
        applicationDay: try day(7, after: call.day),
        source: call.source, line: 0)
    default:
      throw bad("a")
    }
  }

  /// Up to seven bytes and their count in one integer (distinct bytes, distinct integers); nil
  /// when there are more.
  static func pack(_ bytes: some Sequence<UInt8>) -> UInt64? {
    var value: UInt64 = 0
    var count: UInt64 = 0
    for byte in bytes {
      guard count < 7 else { return nil }
      value = value << 8 | UInt64(byte)
      count += 1
    }
    return count << 56 | value
  }

  /// The files the `F` lines read so far name, in the order `AwardBook.sources` gives.
  var fileSources: [AwardSource] {
    sources.values.sorted { ($0.measures, $0.fileName, $0.dataDate) < ($1.measures, $1.fileName, $1.dataDate) }
  }

  private func text(_ cell: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[cells[cell]]), as: UTF8.self)
  }

  /// A decimal integer with an optional leading minus; nil when the cell is anything else.
  private func int(_ cell: Int) -> Int? {
    let range = cells[cell]
    guard !range.isEmpty, range.count <= 18 else { return nil }
    var index = range.lowerBound
    let negative = bytes[index] == UInt8(ascii: "-")
    if negative { index += 1 }
    guard index < range.upperBound else { return nil }
    var value = 0
    while index < range.upperBound {
      let byte = bytes[index]
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
      index += 1
    }
    return negative ? -value : value
  }

  /// A day written as days after `base`; nil when the cell is empty.
  private func day(_ cell: Int, after base: Day) throws(InputError) -> Day? {
    if cells[cell].isEmpty { return nil }
    guard let offset = int(cell) else { throw bad("award") }
    return Day(ordinal: base.ordinal + offset)
  }

  private func bad(_ what: String) -> InputError {
    InputError(
      Diagnostic(
        file: file, line: line,
        value: String(decoding: UnsafeBufferPointer(rebasing: bytes[lineRange]), as: UTF8.self),
        message: "bad \(what) line of the awards snapshot",
        expected: "the lines `scripts/build-awards-snapshot.sh` writes"))
  }
}
