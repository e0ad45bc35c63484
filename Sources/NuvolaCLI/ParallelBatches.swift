import Foundation
import Synchronization

/// Runs the per-comune work of a national run (`--all`) on every core while the store is read:
/// inputs (snapshots) are gathered in batches of bounded size (so memory stays bounded), each batch is worked
/// on in parallel while the next one is read, and the results are shown in store order, batch after
/// batch, so that the output is the same on every run whatever the timing.
struct ParallelBatches<Input: Sendable, Output: Sendable> {
  /// What each worker produced, by position in its batch.
  final class Slots: Sendable {
    let results: Mutex<[Int: Result<Output, any Error>]> = Mutex([:])
  }

  static var batchSize: Int { 64 }

  let work: @Sendable (Input) throws -> Output
  /// Called once a batch is done and before its results are shown (e.g. to flush written files).
  let batchDone: () throws -> Void
  let show: (Output) throws -> Void
  /// Called with the results that will never be shown because an earlier one failed.
  let discard: (Output) -> Void
  private var gathering: [Input] = []
  /// The batch being worked on in the background, and where its results land.
  private var running: (count: Int, slots: Slots)?
  private let group = DispatchGroup()

  init(
    work: @escaping @Sendable (Input) throws -> Output, batchDone: @escaping () throws -> Void = {},
    show: @escaping (Output) throws -> Void, discard: @escaping (Output) -> Void = { _ in }
  ) {
    self.work = work
    self.batchDone = batchDone
    self.show = show
    self.discard = discard
    gathering.reserveCapacity(Self.batchSize)
  }

  mutating func add(_ input: Input) throws {
    gathering.append(input)
    if gathering.count == Self.batchSize { try launch() }
  }

  /// Works on what is left and waits for everything.
  mutating func finish() throws {
    try launch()
    if let finished = takeRunning() { try showResults(finished) }
  }

  /// Waits for the batch in flight, starts working on the gathered one, then shows the finished
  /// one: the workers render the next batch while this thread shows (and writes) the last.
  private mutating func launch() throws {
    let finished = takeRunning()
    if !gathering.isEmpty {
      let batch = gathering
      gathering = []
      gathering.reserveCapacity(Self.batchSize)
      let slots = Slots()
      let work = self.work
      running = (batch.count, slots)
      DispatchQueue.global().async(group: group) {
        DispatchQueue.concurrentPerform(iterations: batch.count) { index in
          let result = Result { try work(batch[index]) }
          slots.results.withLock { $0[index] = result }
        }
      }
    }
    if let finished { try showResults(finished) }
  }

  /// Waits for the batch in flight and takes its results, by position.
  private mutating func takeRunning() -> [Result<Output, any Error>?]? {
    guard let (count, slots) = running else { return nil }
    group.wait()
    running = nil
    let results = slots.results.withLock { $0 }
    return (0..<count).map { results[$0] }
  }

  /// Shows a finished batch's results in order; the first failure is rethrown, and the results
  /// after it are discarded.
  private func showResults(_ results: [Result<Output, any Error>?]) throws {
    var shown = 0
    do {
      try batchDone()
      for (index, result) in results.enumerated() {
        if let result { try show(try result.get()) }
        shown = index + 1
      }
    } catch {
      for case .success(let output)? in results[shown...] { discard(output) }
      throw error
    }
  }

  /// Waits for the batch in flight and discards its results: the run stopped before showing them.
  mutating func abandon() {
    for case .success(let output)? in takeRunning() ?? [] { discard(output) }
  }
}
