import Foundation
import NuvolaSupport
import Testing

/// The ordered worker pipeline behind batch imports: results come back in index order, no more
/// than the window is ever ahead of the caller, and a failing caller stops every worker.
@Suite struct OrderedPipelineTests {
  /// Counts work in flight across threads.
  final class Gauge: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private(set) var highest = 0
    private(set) var started: [Int] = []

    func enter(_ index: Int) {
      lock.lock()
      current += 1
      highest = max(highest, current)
      started.append(index)
      lock.unlock()
    }

    func leave() {
      lock.lock()
      current -= 1
      lock.unlock()
    }

    var startedCount: Int {
      lock.lock()
      defer { lock.unlock() }
      return started.count
    }
  }

  struct Stop: Error {}

  @Test(arguments: [(1, 1), (2, 3), (4, 64), (16, 2)])
  func resultsArriveInOrder(workers: Int, window: Int) {
    var seen: [Int] = []
    OrderedPipeline<String>.run(
      count: 500, workers: workers, window: window,
      work: { index in
        // Uneven work, so that later items often finish first.
        if index % 7 == 0 { usleep(50) }
        return "item \(index)"
      },
      consume: { index, output in
        #expect(output == "item \(index)")
        seen.append(index)
      })
    #expect(seen == Array(0..<500))
  }

  @Test(arguments: [1, 3, 8])
  func neverMoreThanTheWindowAhead(window: Int) {
    let gauge = Gauge()
    OrderedPipeline<Int>.run(
      count: 200, workers: 4, window: window,
      work: { index in
        gauge.enter(index)
        usleep(20)
        gauge.leave()
        return index
      },
      consume: { index, _ in
        // While `index` is consumed, only items up to `index + window` may have been claimed.
        #expect(gauge.startedCount <= index + 1 + window)
        usleep(10)
      })
    #expect(gauge.highest <= window)
    #expect(gauge.startedCount == 200)
  }

  @Test func aFailingCallerStopsTheWorkers() {
    let gauge = Gauge()
    #expect(throws: Stop.self) {
      try OrderedPipeline<Int>.run(
        count: 10_000, workers: 3, window: 4,
        work: { index in
          gauge.enter(index)
          gauge.leave()
          return index
        },
        consume: { index, _ in if index == 10 { throw Stop() } })
    }
    // `run` returned only after every worker ended: nothing starts any more.
    let startedAtReturn = gauge.startedCount
    usleep(20_000)
    #expect(gauge.startedCount == startedAtReturn)
    #expect(startedAtReturn <= 11 + 4)
  }

  @Test func zeroAndOneItemRunWithoutThreads() {
    var consumed: [Int] = []
    OrderedPipeline<Int>.run(
      count: 0, workers: 2, window: 2, work: { $0 }, consume: { _, output in consumed.append(output) })
    #expect(consumed.isEmpty)
    OrderedPipeline<Int>.run(
      count: 1, workers: 2, window: 2, work: { $0 + 41 }, consume: { _, output in consumed.append(output) })
    #expect(consumed == [41])
  }
}
