import CSQLite
import NuvolaSupport

/// One prepared SQL statement: compiled once in `init`, finalized in `deinit`, reused for many rows
/// by binding fresh values after a `reset()`.
///
/// Parameters are numbered from 1 and columns from 0, as in SQLite.
final class Statement {
  let sql: String
  private let handle: OpaquePointer
  /// The connection, for error messages; the `Database` that prepared the statement outlives it.
  private let connection: OpaquePointer

  init(connection: OpaquePointer, sql: String) throws {
    var prepared: OpaquePointer?
    var trailing = false
    let code = sql.withCString { text -> Int32 in
      var tail: UnsafePointer<CChar>?
      let code = sqlite3_prepare_v3(
        connection, text, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, &tail)
      if let tail { trailing = Statement.holdsStatement(tail) }
      return code
    }
    guard code == SQLITE_OK else {
      throw DatabaseError(code: code, connection: connection, sql: sql)
    }
    guard let prepared else {
      throw DatabaseError(resultCode: SQLITE_MISUSE, message: "the SQL text holds no statement", sql: sql)
    }
    if trailing {
      sqlite3_finalize(prepared)
      throw DatabaseError(
        resultCode: SQLITE_MISUSE,
        message: "the SQL text holds more than one statement (run scripts with execute)", sql: sql)
    }
    self.sql = sql
    self.handle = prepared
    self.connection = connection
  }

  deinit {
    sqlite3_finalize(handle)
  }

  /// Whether C text holds anything but white space, semicolons and comments, i.e. a second
  /// statement that would otherwise be silently left unprepared.
  private static func holdsStatement(_ text: UnsafePointer<CChar>) -> Bool {
    var cursor = text
    func at(_ offset: Int) -> UInt8 { UInt8(bitPattern: cursor[offset]) }
    while at(0) != 0 {
      switch at(0) {
      case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"), UInt8(ascii: ";"):
        cursor += 1
      case UInt8(ascii: "-") where at(1) == UInt8(ascii: "-"):
        while at(0) != 0 && at(0) != UInt8(ascii: "\n") { cursor += 1 }
      case UInt8(ascii: "/") where at(1) == UInt8(ascii: "*"):
        cursor += 2
        while at(0) != 0 && !(at(0) == UInt8(ascii: "*") && at(1) == UInt8(ascii: "/")) { cursor += 1 }
        if at(0) != 0 { cursor += 2 }
      default:
        return true
      }
    }
    return false
  }

  // MARK: Binding

  func bind(_ value: DatabaseValue, at index: Int32) throws {
    let code: Int32
    switch value {
    case .null: code = sqlite3_bind_null(handle, index)
    case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
    case .real(let number): code = sqlite3_bind_double(handle, index, number)
    case .text(let text): code = bind(text: text, at: index)
    }
    guard code == SQLITE_OK else { throw DatabaseError(code: code, connection: connection, sql: sql) }
  }

  /// Binds a prepared value; text is bound in place from `text` (no copy), which must therefore
  /// stay valid and unchanged until the statement has been reset and rebound or cleared.
  @inline(__always)
  func bind(_ value: ColumnValue, text: UnsafeBufferPointer<UInt8>, at index: Int32) throws {
    let code: Int32
    switch value {
    case .null: code = sqlite3_bind_null(handle, index)
    case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
    case .real(let number): code = sqlite3_bind_double(handle, index, number)
    case .text(let offset, let count):
      if count > 0, let base = text.baseAddress {
        precondition(offset >= 0 && offset + count <= text.count, "text outside its arena")
        code = UnsafeRawPointer(base + offset).withMemoryRebound(to: CChar.self, capacity: count) {
          // A nil destructor is SQLITE_STATIC: SQLite reads the bytes where they are.
          sqlite3_bind_text64(handle, index, $0, UInt64(count), nil, UInt8(SQLITE_UTF8))
        }
      } else {
        // A nil pointer would bind NULL; an empty string is a known, empty value.
        code = sqlite3_bind_text(handle, index, "", 0, nuvola_sqlite_transient())
      }
    }
    guard code == SQLITE_OK else { throw DatabaseError(code: code, connection: connection, sql: sql) }
  }

  /// Binds values to the parameters 1, 2, 3...
  func bind(_ values: [DatabaseValue]) throws {
    var index: Int32 = 1
    for value in values {
      try bind(value, at: index)
      index += 1
    }
  }

  /// Hands SQLite the string's own UTF-8 bytes (no copy for native strings); SQLite copies them
  /// (transient destructor) because the buffer is only valid inside `withUTF8`.
  private func bind(text: String, at index: Int32) -> Int32 {
    var text = text
    return text.withUTF8 { utf8 -> Int32 in
      guard let base = utf8.baseAddress, utf8.count > 0 else {
        // A nil pointer would bind NULL; an empty string is a known, empty value.
        return sqlite3_bind_text(handle, index, "", 0, nuvola_sqlite_transient())
      }
      return UnsafeRawPointer(base).withMemoryRebound(to: CChar.self, capacity: utf8.count) {
        sqlite3_bind_text64(
          handle, index, $0, UInt64(utf8.count), nuvola_sqlite_transient(), UInt8(SQLITE_UTF8))
      }
    }
  }

  /// Makes the statement ready to run again. Bindings are kept unless cleared: a bulk insert binds
  /// every parameter of every row anyway.
  func reset(clearingBindings: Bool = false) {
    // sqlite3_reset repeats the error of the last step, which `step()` has already thrown.
    sqlite3_reset(handle)
    if clearingBindings { sqlite3_clear_bindings(handle) }
  }

  // MARK: Running

  /// Runs one step: true when a row is available to read, false when the statement is done.
  func step() throws -> Bool {
    let code = sqlite3_step(handle)
    switch code {
    case SQLITE_ROW:
      return true
    case SQLITE_DONE:
      return false
    default:
      // Extended codes are on, so `code` may be e.g. SQLITE_CONSTRAINT_PRIMARYKEY.
      let error = DatabaseError(code: code, connection: connection, sql: sql)
      sqlite3_reset(handle)
      throw error
    }
  }

  /// Runs the statement to completion, ignoring any rows.
  func execute() throws {
    while try step() {}
  }

  // MARK: Reading the current row

  var columnCount: Int32 { sqlite3_column_count(handle) }

  func columnName(at index: Int32) -> String {
    sqlite3_column_name(handle, index).map { String(cString: $0) } ?? ""
  }

  /// The storage class of a column of the current row: `SQLITE_INTEGER`, `SQLITE_TEXT`...
  func columnType(at index: Int32) -> Int32 { sqlite3_column_type(handle, index) }

  func isNull(at index: Int32) -> Bool { sqlite3_column_type(handle, index) == SQLITE_NULL }

  func isText(at index: Int32) -> Bool { sqlite3_column_type(handle, index) == SQLITE_TEXT }

  func int64(at index: Int32) -> Int64 { sqlite3_column_int64(handle, index) }

  func double(at index: Int32) -> Double { sqlite3_column_double(handle, index) }

  func text(at index: Int32) -> String {
    // The pointer first, then the length: that order is what SQLite documents as safe.
    guard let bytes = sqlite3_column_text(handle, index) else { return "" }
    let count = Int(sqlite3_column_bytes(handle, index))
    return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  }

  /// A `YYYY-MM-DD` text column read as a day without making a string; nil when it is not one.
  func day(at index: Int32) -> Day? {
    guard let bytes = sqlite3_column_text(handle, index) else { return nil }
    let count = Int(sqlite3_column_bytes(handle, index))
    return Day.parse(utf8: UnsafeBufferPointer(start: bytes, count: count))
  }

  func value(at index: Int32) -> DatabaseValue {
    switch sqlite3_column_type(handle, index) {
    case SQLITE_INTEGER: return .integer(int64(at: index))
    case SQLITE_FLOAT: return .real(double(at: index))
    case SQLITE_NULL: return .null
    default: return .text(text(at: index))
    }
  }
}

/// A statement belongs to one connection used by one thread at a time.
@available(*, unavailable)
extension Statement: Sendable {}
