import NuvolaModel
import NuvolaSupport

/// The rows one list of records writes to its table: the values of the table's columns, record by
/// record, and the items of its list fields. Read once through the field tables, on any thread,
/// so that the thread holding the connection only binds and steps.
struct RecordRows: Sendable {
  /// One item of a list field: which record, its position in the list, its text.
  struct ListItem: Sendable {
    var record: Int
    var position: Int
    var text: ColumnValue
  }

  let recordCount: Int
  /// Values per record: the table's own columns (`RecordTable.columnFields`).
  let columnCount: Int
  let values: [ColumnValue]
  /// For each list field of the table (`RecordTable.lists`), every item, record by record.
  let lists: [[ListItem]]

  /// Reads `records` through `table`'s fields, appending their text to `text` and every value to
  /// `hasher` (text by length only: the caller hashes the whole arena once).
  init<Record>(
    _ records: [Record], table: RecordTable<Record>, text: inout TapeBuffer<UInt8>,
    hasher: inout ContentHasher
  ) {
    recordCount = records.count
    let columnCount = table.columnFields.count
    self.columnCount = columnCount
    var lists = [[ListItem]](repeating: [], count: table.listFields.count)
    var values = TapeBuffer<ColumnValue>(capacity: records.count * columnCount)
    defer { values.deallocate() }
    hasher.combine(UInt64(records.count))
    table.fields.withUnsafeBufferPointer { fields in
      table.columnFields.withUnsafeBufferPointer { columnFields in
        // One copy of each record for all its fields: passing `records[index]` to every getter
        // would copy the record (retaining each of its strings) once per field.
        for (index, record) in records.enumerated() {
          for field in columnFields {
            let value = RecordRows.column(fields[field].get(record), text: &text)
            RecordRows.combine(value, into: &hasher)
            values.append(value)
          }
          for (list, field) in table.listFields.enumerated() {
            guard case .list(let items) = fields[field].get(record) else { continue }
            for (position, item) in items.enumerated() {
              let value = RecordRows.append(item, to: &text)
              lists[list].append(ListItem(record: index, position: position, text: value))
            }
          }
        }
      }
    }
    self.values = values.array
    self.lists = lists
    for items in lists {
      hasher.combine(UInt64(items.count))
      for item in items {
        hasher.combine(UInt64(item.record))
        RecordRows.combine(item.text, into: &hasher)
      }
    }
  }

  /// The value of field `column` (index in the table's columns) of record `record`.
  @inline(__always)
  subscript(record: Int, column: Int) -> ColumnValue { values[record * columnCount + column] }

  /// The column value of a field value, as `DatabaseValue(_: FieldValue)` maps it.
  @inline(__always)
  private static func column(_ value: FieldValue, text: inout TapeBuffer<UInt8>) -> ColumnValue {
    switch value {
    case .unknown, .list: return .null
    case .text(let string): return append(string, to: &text)
    case .integer(let number): return .integer(Int64(number))
    case .decimal(let number): return .real(number)
    case .money(let money): return .integer(money.cents)
    case .flag(let flag): return .integer(flag ? 1 : 0)
    case .day(let day):
      // `DatabaseValue.text(of:)`: YYYY-MM-DD, the year on four digits (Day's years are 1-9999).
      let offset = text.count
      let zero = UInt8(ascii: "0")
      let (year, month, dayOfMonth) = (day.year, day.month, day.day)
      var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (
        zero + UInt8(year / 1000 % 10), zero + UInt8(year / 100 % 10), zero + UInt8(year / 10 % 10),
        zero + UInt8(year % 10), UInt8(ascii: "-"), zero + UInt8(month / 10 % 10), zero + UInt8(month % 10),
        UInt8(ascii: "-"), zero + UInt8(dayOfMonth / 10 % 10), zero + UInt8(dayOfMonth % 10)
      )
      withUnsafeBytes(of: &digits) { text.append(contentsOf: $0.assumingMemoryBound(to: UInt8.self)) }
      return .text(offset: offset, count: 10)
    }
  }

  @inline(__always)
  private static func append(_ string: String, to text: inout TapeBuffer<UInt8>) -> ColumnValue {
    let offset = text.count
    var string = string
    string.withUTF8 { text.append(contentsOf: $0) }
    return .text(offset: offset, count: text.count - offset)
  }

  /// A value's kind and content, text by its length (its bytes are hashed with the arena).
  @inline(__always)
  private static func combine(_ value: ColumnValue, into hasher: inout ContentHasher) {
    switch value {
    case .null:
      hasher.combine(0)
    case .integer(let number):
      hasher.combine(1)
      hasher.combine(UInt64(bitPattern: number))
    case .real(let number):
      // Adding zero turns -0.0 into 0.0: equal values hash equal.
      hasher.combine(2)
      hasher.combine((number + 0).bitPattern)
    case .text(_, let count):
      hasher.combine(3)
      hasher.combine(UInt64(count))
    }
  }
}
