import Foundation
import Synchronization
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
    var batches = ParallelBatches<Int, Int, Int>(
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
    var batches = ParallelBatches<Int, Int, Int>(
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

  /// Inputs are prepared, then worked on; a failure to prepare stops the run at its place in the
  /// order, like a failure of the work.
  @Test func preparedInputsAreWorkedOnAndAFailedPreparationStopsInOrder() throws {
    let log = Log()
    var batches = ParallelBatches<Int, String, Int>(
      prepare: { input in
        if input == 100 { throw Failure(input: input) }
        return String(input)
      }, work: { Int($0)! * 2 }, show: { log.shown.append($0) }, discard: { log.discarded.append($0) })
    #expect(throws: Failure(input: 100)) {
      for input in 0..<130 { try batches.add(input) }
      try batches.finish()
    }
    batches.abandon()
    #expect(log.shown == (0..<100).map { $0 * 2 })
    // The last batch (128 and 129) was already being worked on; it is discarded whole.
    #expect(log.discarded.sorted() == (101..<130).map { $0 * 2 })
  }

  /// While a batch is in flight, the calling thread prepares what it gathers itself; with nothing
  /// in flight (the first batch) the workers prepare everything.
  @Test func theCallerPreparesWhileABatchIsInFlight() throws {
    let caller = pthread_self()
    let preparedByCaller = Mutex<Set<Int>>([])
    let log = Log()
    var batches = ParallelBatches<Int, Int, Int>(
      prepare: { input in
        if pthread_equal(pthread_self(), caller) != 0 { preparedByCaller.withLock { _ = $0.insert(input) } }
        return input
      },
      work: { input in
        // The first batch is slow: 64 x 20 ms over the cores, while the caller gathers the next.
        if input < 64 { usleep(20_000) }
        return input
      }, show: { log.shown.append($0) })
    for input in 0..<192 { try batches.add(input) }
    try batches.finish()
    let byCaller = preparedByCaller.withLock { $0 }
    #expect(log.shown == Array(0..<192))
    #expect(byCaller.isDisjoint(with: 0..<64))
    #expect(byCaller.contains(64))
  }
}
