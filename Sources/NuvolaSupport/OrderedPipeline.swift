import Foundation

/// Computes `work(0)`, `work(1)`... on worker threads and hands the results to the calling thread
/// one by one, in index order, while later ones are still being computed.
///
/// The caller keeps what must stay on its thread (a SQLite connection) and the workers do the rest
/// (reading, parsing, validating). At most `window` results are claimed ahead of the one the
/// caller is waiting for, so memory stays bounded whatever the number of items. Only `Sendable`
/// values cross threads: the index going in, the result coming out.
///
/// A result stays in its slot after the caller has taken it, until a worker puts a later result
/// there: the caller's copy is then not the last reference, so freeing a large result happens on
/// a worker thread, not on the caller's (which is the busier one in an import).
///
/// When the caller's `consume` throws, the workers stop claiming items, the ones at work finish
/// their item, and `run` returns (rethrowing) only after every worker has ended: no thread outlives
/// the call.
public final class OrderedPipeline<Output: Sendable>: @unchecked Sendable {
  // Everything below is guarded by `mutex`. Two conditions, so that a result wakes the caller and
  // a freed slot wakes one worker, never everybody: a national import hands over thousands.
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  /// The caller waits here for its next result (and, when stopping, for the workers to end).
  private let ready = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
  /// Workers wait here for the window to move.
  private let space = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
  private var slots: [Output?]
  /// The index whose result each slot holds (-1: none yet).
  private var slotIndices: [Int]
  private var nextToClaim = 0
  /// The index the caller takes next; items up to `consumed + window - 1` may be claimed.
  private var consumed = 0
  private var callerWaiting = false
  private var workersWaiting = 0
  private var cancelled = false
  private var runningWorkers = 0
  private let count: Int
  private let window: Int
  private let work: @Sendable (Int) -> Output

  private init(count: Int, window: Int, work: @escaping @Sendable (Int) -> Output) {
    self.count = count
    self.window = window
    self.work = work
    slots = Array(repeating: nil, count: window)
    slotIndices = Array(repeating: -1, count: window)
    pthread_mutex_init(mutex, nil)
    pthread_cond_init(ready, nil)
    pthread_cond_init(space, nil)
  }

  deinit {
    pthread_cond_destroy(space)
    pthread_cond_destroy(ready)
    pthread_mutex_destroy(mutex)
    space.deallocate()
    ready.deallocate()
    mutex.deallocate()
  }

  /// Runs `work` over `0..<count` on `workers` threads (at least one) with at most `window` items
  /// (at least one) ahead of the caller, calling `consume` on the calling thread for each index in
  /// order. A single item runs on the calling thread, which is cheaper than starting a thread.
  public static func run(
    count: Int, workers: Int, window: Int, work: @escaping @Sendable (Int) -> Output,
    consume: (Int, Output) throws -> Void
  ) rethrows {
    guard count > 1 else {
      for index in 0..<count { try consume(index, work(index)) }
      return
    }
    let pipeline = OrderedPipeline(count: count, window: max(1, min(window, count)), work: work)
    let threads = max(1, min(workers, count))
    pipeline.runningWorkers = threads
    for _ in 0..<threads {
      let thread = Thread { pipeline.workerLoop() }
      // Parsing uses heap stacks, never deep recursion; this is headroom, not a requirement.
      thread.stackSize = 4 << 20
      thread.start()
    }
    defer { pipeline.stopAndWait() }
    for index in 0..<count {
      try consume(index, pipeline.take(index))
    }
  }

  private func workerLoop() {
    pthread_mutex_lock(mutex)
    while true {
      while !cancelled && nextToClaim < count && nextToClaim >= consumed + window {
        workersWaiting += 1
        pthread_cond_wait(space, mutex)
        workersWaiting -= 1
      }
      guard !cancelled, nextToClaim < count else { break }
      let index = nextToClaim
      nextToClaim += 1
      pthread_mutex_unlock(mutex)
      var output: Output? = work(index)
      pthread_mutex_lock(mutex)
      // The slot's previous result (already taken) leaves in `output`, freed below, unlocked.
      swap(&slots[index % window], &output)
      slotIndices[index % window] = index
      if callerWaiting && index == consumed { pthread_cond_signal(ready) }
      pthread_mutex_unlock(mutex)
      output = nil
      pthread_mutex_lock(mutex)
    }
    runningWorkers -= 1
    if callerWaiting { pthread_cond_signal(ready) }
    pthread_mutex_unlock(mutex)
  }

  /// The result for `index`, waiting for it; frees its slot for a later item.
  private func take(_ index: Int) -> Output {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    while slotIndices[index % window] != index {
      callerWaiting = true
      pthread_cond_wait(ready, mutex)
      callerWaiting = false
    }
    let output = slots[index % window]!
    consumed = index + 1
    if workersWaiting > 0 { pthread_cond_signal(space) }
    return output
  }

  /// Tells the workers to stop claiming items and waits until every one has ended.
  private func stopAndWait() {
    pthread_mutex_lock(mutex)
    cancelled = true
    pthread_cond_broadcast(space)
    while runningWorkers > 0 {
      callerWaiting = true
      pthread_cond_wait(ready, mutex)
      callerWaiting = false
    }
    pthread_mutex_unlock(mutex)
  }
}
