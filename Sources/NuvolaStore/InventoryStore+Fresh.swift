import Foundation

extension InventoryStore {
  /// Opens the store at `path` for writing (creating it when missing) and runs `work` with it. When
  /// `work` fails and there was no store before, the files the attempt created are removed: a
  /// failed import leaves no empty store behind. The store is closed before `work`'s result returns.
  public static func writing<T>(path: String, _ work: (InventoryStore) throws -> T) throws -> T {
    let existed = FileManager.default.fileExists(atPath: path)
    do {
      return try openAndRun(path: path, work)
    } catch {
      if !existed {
        for suffix in ["", "-wal", "-shm", "-journal"] {
          try? FileManager.default.removeItem(atPath: path + suffix)
        }
      }
      throw error
    }
  }

  /// The store lives only inside this call, so it is closed once it returns or throws.
  private static func openAndRun<T>(path: String, _ work: (InventoryStore) throws -> T) throws -> T {
    let store = try InventoryStore(path: path, mode: .create)
    return try work(store)
  }
}
