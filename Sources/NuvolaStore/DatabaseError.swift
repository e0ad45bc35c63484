import CSQLite

/// A failure reported by SQLite: the result code, SQLite's own message and the SQL that failed,
/// rendered as a sentence that says what went wrong and what to do about it.
public struct DatabaseError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The primary result code (`SQLITE_BUSY` = 5, `SQLITE_CONSTRAINT` = 19...).
  public let resultCode: Int32
  /// The extended result code, which tells apart e.g. a primary-key from a foreign-key violation.
  public let extendedResultCode: Int32
  /// SQLite's message, e.g. `no such table: sites`.
  public let message: String
  /// The SQL being prepared or run, nil when the failure was not about a statement (opening a file).
  public let sql: String?
  /// The operating system's error number behind an I/O failure (`ENOSPC`, `EFBIG`...), 0 when none.
  public let systemErrno: Int32

  public init(
    resultCode: Int32, extendedResultCode: Int32? = nil, message: String, sql: String? = nil,
    systemErrno: Int32 = 0
  ) {
    self.resultCode = resultCode & 0xff
    self.extendedResultCode = extendedResultCode ?? resultCode
    self.message = message
    self.sql = sql
    self.systemErrno = systemErrno
  }

  /// Reads the message and extended code SQLite left on the connection after `code` was returned.
  init(code: Int32, connection: OpaquePointer?, sql: String?) {
    let message: String
    let extended: Int32
    var system: Int32 = 0
    if let connection {
      message = String(cString: sqlite3_errmsg(connection))
      extended = sqlite3_extended_errcode(connection)
      // Only I/O failures carry an operating-system error worth reading.
      let primary = code & 0xff
      if primary == SQLITE_IOERR || primary == SQLITE_FULL || primary == SQLITE_CANTOPEN {
        system = sqlite3_system_errno(connection)
      }
    } else {
      message = String(cString: sqlite3_errstr(code))
      extended = code
    }
    // The connection's last error can be stale when the code came from elsewhere; trust the code.
    self.init(
      resultCode: code, extendedResultCode: extended & 0xff == code & 0xff ? extended : code,
      message: message, sql: sql, systemErrno: system)
  }

  public var description: String {
    var text = "SQLite error \(resultCode)"
    if extendedResultCode != resultCode { text += " (extended \(extendedResultCode))" }
    text += ": \(message)"
    if let sql { text += ", while running `\(DatabaseError.shorten(sql))`" }
    text += ". " + advice
    return text
  }

  /// What a person can do about the failure, by result code.
  var advice: String {
    switch resultCode {
    case SQLITE_BUSY, SQLITE_LOCKED:
      return "Another program is using the database; try again when it has finished."
    case SQLITE_READONLY, SQLITE_PERM:
      return "The file or its folder cannot be written; check permissions or choose another file."
    case SQLITE_FULL: return "The disk is full; free some space and try again."
    case SQLITE_IOERR: return "The disk could not be read or written; check the disk and try again."
    case SQLITE_CORRUPT: return "The database file is damaged; restore it from a backup."
    case SQLITE_NOTADB: return "The file is not a SQLite database; choose another file."
    case SQLITE_CANTOPEN: return "Check that the file's folder exists and can be read and written."
    case SQLITE_CONSTRAINT:
      return "The data breaks a rule of the store (a duplicate id or a missing reference); fix the input."
    case SQLITE_TOOBIG: return "A value is too large for SQLite; shorten it."
    default: return "This is likely a bug in Nuvola; please report it with this message."
    }
  }

  /// One line of at most 300 characters: the SQL of a failed bulk insert can be long.
  static func shorten(_ sql: String) -> String {
    let flat = sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return flat.count > 300 ? String(flat.prefix(297)) + "..." : flat
  }
}
