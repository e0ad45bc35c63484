import NuvolaModel
import NuvolaStore

/// The comuni a per-comune command works on: one (`COMUNE`) or, with `--all`, every comune of the
/// store, streamed one snapshot at a time so national runs keep memory bounded.
enum ComuneScope {
  static let allHelp = "Run over every comune in the store (batch, one result per line)"
  static let comuneHelp = "ISTAT code (014061) or name (Sondrio, \"Castro (BG)\")"

  /// The options of a command about one comune or every comune of the store (`audit`, `ced`).
  struct Options: CommandOptions {
    var all = false
    var comune: String?

    static var options: [OptionDeclaration<Self>] { [allOption(\.all)] }
    static var arguments: [ArgumentDeclaration<Self>] { [argument(\.comune)] }
  }

  /// `--all`: every comune of the store.
  static func allOption<Options>(_ keyPath: WritableKeyPath<Options, Bool>) -> OptionDeclaration<Options> {
    .flag("--all", keyPath, allHelp)
  }

  /// `[COMUNE]`: one comune, by ISTAT code or name.
  static func argument<Options>(_ keyPath: WritableKeyPath<Options, String?>) -> ArgumentDeclaration<Options>
  {
    .optional("COMUNE", keyPath, comuneHelp)
  }

  /// Runs `body` on each snapshot in scope and prints what it returns (nothing when empty); returns
  /// how many comuni there were. With `--all`, the comuni are worked on every core and printed in
  /// the store's order, after `header` when one is given.
  @discardableResult
  static func forEach(
    all: Bool, comune: String?, context: Context, command: String, header: String? = nil,
    _ body: @escaping @Sendable (Snapshot) throws -> String
  ) throws -> Int {
    if all && comune != nil {
      throw CLIError.usage("give COMUNE or --all, not both", command: command)
    }
    if all {
      var first = true
      return try ComuneScope.all(context: context, label: command, work: body) { text in
        if first, let header { context.print(header) }
        first = false
        if !text.isEmpty { context.print(text) }
      }
    }
    guard let query = comune else {
      throw CLIError.usage("missing COMUNE (or --all)", command: command)
    }
    let text = try body(try ShowCommand.load(query, snapshotID: nil, context: context))
    if !text.isEmpty { context.print(text) }
    return 1
  }

  /// Streams every comune's current snapshot from the store through `work` on every core and hands
  /// the results to `show` in the store's order, with a progress line on a terminal; returns how many.
  @discardableResult
  static func all<Output: Sendable>(
    context: Context, label: String, work: @escaping @Sendable (Snapshot) throws -> Output,
    batchDone: @escaping () throws -> Void = {}, show: @escaping (Output) throws -> Void,
    discard: @escaping (Output) -> Void = { _ in }
  ) throws -> Int {
    let ids = try context.openStoreForReading().currentSnapshotIDs()
    try each(
      ids, context: context, label: label, work: work, batchDone: batchDone, show: show, discard: discard)
    return ids.count
  }

  /// Streams the snapshots with these ids through `work` on every core and hands the results to
  /// `show` in the order of `ids`. The snapshots are loaded by this thread and by the workers, each
  /// on a read-only connection of its own; ids read in one transaction give one state of the store.
  static func each<Output: Sendable>(
    _ ids: [Int64], context: Context, label: String, work: @escaping @Sendable (Snapshot) throws -> Output,
    batchDone: @escaping () throws -> Void = {}, show: @escaping (Output) throws -> Void,
    discard: @escaping (Output) -> Void = { _ in }
  ) throws {
    let readers = SnapshotReaders(path: context.databasePath)
    let progress = Progress(label: label, total: ids.count, console: context.console)
    var batches = ParallelBatches(
      prepare: { id in try readers.snapshot(id: id) }, work: work, batchDone: batchDone,
      show: { output in
        try show(output)
        progress.advance()
      }, discard: discard)
    do {
      for id in ids { try batches.add(id) }
      try batches.finish()
    } catch {
      batches.abandon()
      progress.finish()
      throw error
    }
    progress.finish()
  }
}
