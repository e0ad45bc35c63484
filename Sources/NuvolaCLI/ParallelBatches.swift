import Foundation
import Synchronization

/// Runs the per-comune work of a national run (`--all`, `generate`) on every core: inputs
/// (snapshot ids, register entries) are gathered in batches of bounded size (so memory stays
/// bounded), each batch is worked on in parallel while the next one is gathered, and the results
/// are shown in input order, batch after batch, so that the output is the same on every run
/// whatever the timing.
///
/// Each input is first prepared (a snapshot read from the store), then worked on. The workers
/// prepare what they are given; but while a batch is in flight, the calling thread would only wait,
/// so it prepares the inputs it gathers itself. With heavy work (reports) the caller prepares
/// nearly every input, as a reading thread beside the workers; with light work (`ced`) the batch
/// is done sooner and the workers prepare the rest, so reading never sets the pace.
struct ParallelBatches<Input: Sendable, Prepared: Sendable, Output: Sendable> {
  /// What each worker produced, by position in its batch.
  final class Slots: Sendable {
    let results: Mutex<[Int: Result<Output, any Error>]> = Mutex([:])
  }

  /// A gathered input, prepared by the calling thread or left for a worker.
  enum Item: Sendable {
    case input(Input)
    case prepared(Result<Prepared, any Error>)
  }

  static var batchSize: Int { 64 }

  let prepare: @Sendable (Input) throws -> Prepared
  let work: @Sendable (Prepared) throws -> Output
  /// Called once a batch is done and before its results are shown (e.g. to flush written files).
  let batchDone: () throws -> Void
  let show: (Output) throws -> Void
  /// Called with the results that will never be shown because an earlier one failed.
  let discard: (Output) -> Void
  private var gathering: [Item] = []
  /// The batch being worked on in the background, and where its results land.
  private var running: (count: Int, slots: Slots)?
  private let group = DispatchGroup()

  init(
    prepare: @escaping @Sendable (Input) throws -> Prepared,
    work: @escaping @Sendable (Prepared) throws -> Output,
    batchDone: @escaping () throws -> Void = {}, show: @escaping (Output) throws -> Void,
    discard: @escaping (Output) -> Void = { _ in }
  ) {
    self.prepare = prepare
    self.work = work
    self.batchDone = batchDone
    self.show = show
    self.discard = discard
    gathering.reserveCapacity(Self.batchSize)
  }

  mutating func add(_ input: Input) throws {
    // A batch still in flight (its group not yet done): prepare here rather than wait.
    if running != nil && group.wait(timeout: .now()) == .timedOut {
      gathering.append(.prepared(Result { try prepare(input) }))
    } else {
      gathering.append(.input(input))
    }
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
      let prepare = self.prepare
      let work = self.work
      running = (batch.count, slots)
      DispatchQueue.global().async(group: group) {
        DispatchQueue.concurrentPerform(iterations: batch.count) { index in
          let result = Result {
            switch batch[index] {
            case .input(let input): try work(try prepare(input))
            case .prepared(let prepared): try work(try prepared.get())
            }
          }
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

extension ParallelBatches where Prepared == Input {
  /// Batches whose inputs need no preparing.
  init(
    work: @escaping @Sendable (Input) throws -> Output, batchDone: @escaping () throws -> Void = {},
    show: @escaping (Output) throws -> Void, discard: @escaping (Output) -> Void = { _ in }
  ) {
    self.init(prepare: { $0 }, work: work, batchDone: batchDone, show: show, discard: discard)
  }
}
