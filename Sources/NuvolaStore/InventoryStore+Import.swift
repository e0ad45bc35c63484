import Foundation
import NuvolaModel
import NuvolaSupport

extension InventoryStore {
  /// How many worker threads and files in flight `importFiles` uses by default: one thread per
  /// processor (the calling thread only talks to SQLite), and enough files ahead to keep them
  /// busy while a few large inventories at most are held in memory.
  public static let defaultImportWorkers = max(1, ProcessInfo.processInfo.activeProcessorCount)
  public static let defaultImportWindow = 64
  /// SQLite's page cache during a bulk import, in KiB. With the default (2 MiB) a national import
  /// (about 45 MB of pages in one transaction) spills dirty pages to the WAL again and again: ten
  /// times the writes of the final file. 64 MiB holds it; the cache is back to its size after.
  static let importCacheKiB = 65_536

  /// Reads, validates and saves every path (a JSON file or a folder of CSV sheets) in one
  /// transaction: either every inventory is stored or, when anything fails, none is and the store
  /// is left as it was.
  ///
  /// Files are read, parsed, validated and prepared on `workers` threads, at most `window` ahead of
  /// the one being saved, while the calling thread saves them in path order through the store's
  /// one connection. The result is what reading and saving the paths one by one would give: the
  /// outcomes in path order and, when files are invalid, an `InputError` with every problem of
  /// every file, in path order, up to `DiagnosticList`'s limit (once a file has failed nothing
  /// more is saved, but every file is still checked). `progress` is called on the calling thread
  /// once per path, in order.
  @discardableResult
  public func importFiles(
    _ paths: [String], reader: some InventorySource, importedAt: String? = nil,
    workers: Int = InventoryStore.defaultImportWorkers, window: Int = InventoryStore.defaultImportWindow,
    progress: () -> Void = {}
  ) throws -> [ImportedFile] {
    var cacheSize: Int64?
    if mode != .readOnly && !database.isInTransaction {
      cacheSize = try storeErrors { try database.integer("PRAGMA cache_size") }
      try storeErrors {
        try database.execute("PRAGMA cache_size = -\(InventoryStore.importCacheKiB)")
        // Foreign keys are not checked row by row during this batch: every row it inserts points at
        // the snapshot inserted just before it, or at an application of that snapshot inserted just
        // before its dependencies, so the checks cannot fail (a test verifies the keys after an
        // import); they cost a tenth of the inserts. Checking resumes when the batch ends.
        try database.execute("PRAGMA foreign_keys = OFF")
      }
    }
    defer {
      if let cacheSize {
        try? database.execute("PRAGMA cache_size = \(cacheSize)")
        try? database.execute("PRAGMA foreign_keys = ON")
      }
    }
    return try importBatch { session in
      var problems = DiagnosticList()
      var imported: [ImportedFile] = []
      imported.reserveCapacity(paths.count)
      try OrderedPipeline<Result<PreparedInventory, InputError>>.run(
        count: paths.count, workers: workers, window: window,
        work: { index in
          do throws(InputError) {
            return .success(PreparedInventory(try reader.read(path: paths[index])))
          } catch {
            return .failure(error)
          }
        },
        consume: { index, result in
          progress()
          switch result {
          case .failure(let error):
            problems.append(contentsOf: error)
          case .success(let prepared):
            // Once a file has failed nothing will be written, but the other files are still
            // checked so the user sees every problem in one run.
            guard problems.isEmpty else { return }
            // Any error of a save leaves this closure and rolls the whole batch back.
            let outcome = try session.saveRollingBackTheBatchOnError(
              prepared, source: paths[index], importedAt: importedAt)
            imported.append(
              ImportedFile(
                path: paths[index], outcome: outcome, recordCount: prepared.inventory.recordCount,
                givesPopulation: prepared.inventory.comune.population != nil))
          }
        })
      try problems.check()
      return imported
    }
  }
}
