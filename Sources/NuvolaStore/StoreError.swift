import CSQLite
import Foundation

/// Why the inventory store could not be opened, read or written, in words that name the file and
/// say what to do. SQLite's own failures are sorted into the cases a person can act on; the rest
/// keep the underlying `DatabaseError`.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file is not a SQLite database at all.
  case notADatabase(path: String)
  /// The file is a SQLite database written by some other program.
  case notAStore(path: String)
  /// The store was written by a newer Nuvola; it is left untouched.
  case newerSchema(path: String, found: Int, supported: Int)
  /// The store needs an upgrade, which a read-only open cannot do.
  case olderSchema(path: String, found: Int, supported: Int)
  /// The file, or the folder that must hold its journal, cannot be written.
  case readOnly(path: String)
  /// A write was asked of a store opened with `.readOnly`.
  case openedForReading(path: String)
  /// Reading a store kept in WAL mode needs its `-shm` index file beside it, and the folder cannot
  /// be written, so SQLite cannot create that file.
  case readOnlyFolder(path: String)
  /// Another process holds the store's lock for longer than the busy timeout.
  case busy(path: String)
  /// The disk (or the user's quota on it) has no room left.
  case diskFull(path: String)
  /// The file reached the largest size this process may write (`ulimit -f`).
  case fileSizeLimit(path: String)
  /// The operating system could not read or write the file.
  case io(path: String, message: String)
  /// The file is a damaged SQLite database, or holds values Nuvola never writes.
  case corrupt(path: String, message: String)
  /// Opening for reading (or for writing without creating) and there is no file.
  case missing(path: String)
  /// SQLite could not open the file (missing folder, permissions, a folder in place of the file).
  case cannotOpen(path: String, message: String)
  /// An `ImportSession` was used after its batch had ended.
  case sessionEnded
  /// Any other SQLite failure.
  case database(path: String, DatabaseError)

  public var description: String {
    switch self {
    case .notADatabase(let path):
      return "\(path) is not a SQLite database: choose another file for the store (--db), "
        + "or move this one away"
    case .notAStore(let path):
      return "\(path) is a SQLite database of another program, not a Nuvola store: "
        + "choose another file for the store (--db)"
    case .newerSchema(let path, let found, let supported):
      return "\(path) was written by a newer Nuvola (store schema version \(found); this Nuvola "
        + "supports up to version \(supported)): the file was left untouched; update Nuvola to use it"
    case .olderSchema(let path, let found, let supported):
      return "\(path) uses store schema version \(found) and this Nuvola needs version \(supported): "
        + "open it once for writing (for example with `nuvola import`) to upgrade it"
    case .readOnly(let path):
      return "cannot write to \(path): the file or its folder is read-only; "
        + "check the permissions or choose another file for the store (--db)"
    case .openedForReading(let path):
      return "the store \(path) was opened for reading only: open it for writing to import"
    case .readOnlyFolder(let path):
      let folder = (path as NSString).deletingLastPathComponent
      return "cannot read \(path): the store keeps a write-ahead log, and SQLite must create "
        + "\((path as NSString).lastPathComponent)-shm beside it to read it, but the folder "
        + "\(folder.isEmpty ? "." : folder) is read-only; copy the store to a folder you can write to "
        + "(or make this one writable) and use the copy (--db)"
    case .busy(let path):
      return "\(path) is locked by another process (waited \(Database.busyTimeoutMilliseconds / 1000) "
        + "seconds): try again when the other Nuvola command has finished"
    case .diskFull(let path):
      return "cannot write to \(path): the disk is full; free some space and try again"
    case .fileSizeLimit(let path):
      return "cannot write to \(path): the file reached the size limit set for this process "
        + "(ulimit -f); raise the limit or choose another place for the store (--db)"
    case .io(let path, let message):
      return "cannot read or write \(path): input/output error (\(message)); check the disk and try again"
    case .corrupt(let path, let message):
      return "\(path) is damaged (\(message)): restore it from a backup, "
        + "or import the inventories again into a new store"
    case .missing(let path):
      return "no store at \(path): run `nuvola import` first"
    case .cannotOpen(let path, let message):
      return "cannot open the store \(path) (\(message)): "
        + "check that its folder exists and can be read and written"
    case .sessionEnded:
      return "an import session was used after its batch had ended: save inside the importBatch closure"
    case .database(let path, let error):
      return "store \(path): \(error.description)"
    }
  }
}

extension StoreError {
  /// The same failure, seen by a command that only reads: a store opened read-only is never written,
  /// so "read-only" there means SQLite could not create the `-shm` file a WAL store needs.
  var whenReading: StoreError {
    if case .readOnly(let path) = self { return .readOnlyFolder(path: path) }
    return self
  }

  /// Sorts a SQLite failure on the store at `path` into the case a person can act on.
  init(_ error: DatabaseError, path: String) {
    switch error.resultCode {
    case SQLITE_NOTADB: self = .notADatabase(path: path)
    case SQLITE_READONLY, SQLITE_PERM: self = .readOnly(path: path)
    case SQLITE_BUSY, SQLITE_LOCKED: self = .busy(path: path)
    case SQLITE_FULL: self = .diskFull(path: path)
    case SQLITE_IOERR: self = StoreError.ioFailure(path: path, error)
    case SQLITE_CORRUPT: self = .corrupt(path: path, message: error.message)
    case SQLITE_CANTOPEN: self = StoreError.cannotOpen(path: path, error)
    default: self = .database(path: path, error)
    }
  }

  /// SQLite reports a failed write as an I/O error. The system's error number says why when SQLite
  /// kept it; otherwise the file system is asked: a process file-size limit the store or its journal
  /// has reached, or a disk with no room left.
  private static func ioFailure(path: String, _ error: DatabaseError) -> StoreError {
    switch error.systemErrno {
    case ENOSPC, EDQUOT: return .diskFull(path: path)
    case EFBIG: return .fileSizeLimit(path: path)
    case 0: break
    default: return .io(path: path, message: error.message)
    }
    var limit = rlimit()
    if getrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max {
      let largest =
        ["", "-wal", "-journal"].compactMap { suffix -> UInt64? in
          var status = stat()
          return stat(path + suffix, &status) == 0 ? UInt64(status.st_size) : nil
        }.max() ?? 0
      // A write that would cross the limit fails: the file stops within a page or so of it.
      if largest + 128 * 1024 >= UInt64(limit.rlim_cur) { return .fileSizeLimit(path: path) }
    }
    let folder = (path as NSString).deletingLastPathComponent
    var space = statvfs()
    if statvfs(folder.isEmpty ? "." : folder, &space) == 0,
      UInt64(space.f_bavail) * UInt64(space.f_frsize) < 1024 * 1024
    {
      return .diskFull(path: path)
    }
    return .io(path: path, message: error.message)
  }

  /// SQLite says only "unable to open database file"; the file system says which problem it is.
  private static func cannotOpen(path: String, _ error: DatabaseError) -> StoreError {
    let files = FileManager.default
    let folder = (path as NSString).deletingLastPathComponent
    let folderPath = folder.isEmpty ? "." : folder
    var isFolder: ObjCBool = false
    if !files.fileExists(atPath: folderPath, isDirectory: &isFolder) || !isFolder.boolValue {
      return .cannotOpen(path: path, message: "the folder \(folderPath) does not exist")
    }
    if files.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      return .cannotOpen(path: path, message: "it is a folder, not a file")
    }
    if !files.isWritableFile(atPath: folderPath)
      || (files.fileExists(atPath: path) && !files.isWritableFile(atPath: path))
    {
      return .readOnly(path: path)
    }
    return .cannotOpen(path: path, message: error.message)
  }
}
