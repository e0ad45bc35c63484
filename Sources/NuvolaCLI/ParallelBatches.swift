import Foundation
import NuvolaKit
import Synchronization

/// Runs the per-comune work of a national run (`--all`) on every core while the store is read:
/// snapshots are gathered in batches of bounded size (so memory stays bounded), each batch is worked
/// on in parallel while the next one is read, and the results are shown in store order, batch after
/// batch, so that the output is the same on every run whatever the timing.
struct ParallelBatches<Output: Sendable> {
  /// What each worker produced, by position in its batch.
  final class Slots: Sendable {
    let results: Mutex<[Int: Result<Output, any Error>]> = Mutex([:])
  }

  static var batchSize: Int { 64 }

  let work: @Sendable (Snapshot) throws -> Output
  let show: (Output) throws -> Void
  private var gathering: [Snapshot] = []
  /// The batch being worked on in the background, and where its results land.
  private var running: (count: Int, slots: Slots)?
  private let group = DispatchGroup()

  init(work: @escaping @Sendable (Snapshot) throws -> Output, show: @escaping (Output) throws -> Void) {
    self.work = work
    self.show = show
    gathering.reserveCapacity(Self.batchSize)
  }

  mutating func add(_ snapshot: Snapshot) throws {
    gathering.append(snapshot)
    if gathering.count == Self.batchSize { try launch() }
  }

  /// Works on what is left and waits for everything.
  mutating func finish() throws {
    try launch()
    try collect()
  }

  /// Waits for the batch in flight, shows it, then starts working on the gathered one.
  private mutating func launch() throws {
    try collect()
    guard !gathering.isEmpty else { return }
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

  /// Waits for the batch in flight and shows its results in order; the first failure is rethrown.
  private mutating func collect() throws {
    guard let (count, slots) = running else { return }
    group.wait()
    running = nil
    let results = slots.results.withLock { $0 }
    for index in 0..<count {
      guard let result = results[index] else { continue }
      try show(try result.get())
    }
  }
}
