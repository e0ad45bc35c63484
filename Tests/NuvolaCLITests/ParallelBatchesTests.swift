import Testing

@testable import NuvolaCLI

@Suite("Parallel batches")
struct ParallelBatchesTests {
  /// Collects what a run showed and discarded, from the calling thread only.
  final class Log {
    var shown: [Int] = []
    var discarded: [Int] = []
    var batches = 0
  }

  struct Failure: Error, Equatable { let input: Int }

  @Test func resultsAreShownInInputOrderBatchAfterBatch() throws {
    let log = Log()
    var batches = ParallelBatches<Int, Int>(
      work: { $0 * 10 }, batchDone: { log.batches += 1 }, show: { log.shown.append($0) })
    for input in 0..<150 { try batches.add(input) }
    try batches.finish()
    #expect(log.shown == (0..<150).map { $0 * 10 })
    #expect(log.batches == 3)
  }

  /// The first failure in input order is the one reported; what came after it is discarded, never
  /// shown, and the results before it were shown. Nothing is left running.
  @Test func theFirstFailureStopsTheRunAndTheRestIsDiscarded() throws {
    let log = Log()
    var batches = ParallelBatches<Int, Int>(
      work: { input in
        if input == 70 || input == 90 { throw Failure(input: input) }
        return input
      }, show: { log.shown.append($0) }, discard: { log.discarded.append($0) })
    #expect(throws: Failure(input: 70)) {
      for input in 0..<200 { try batches.add(input) }
      try batches.finish()
    }
    batches.abandon()
    #expect(log.shown == Array(0..<70))
    // The batch after the failing one was already being worked on; it is discarded whole.
    #expect(log.discarded.sorted() == Array(71..<192).filter { $0 != 90 })
  }
}
