/// The field values of a list of records, read once through the field tables and kept in one flat
/// array (record by record, fields in schema order), so that the content hash and the inserts use
/// the same values without calling each field's getter twice.
struct RecordValues: Sendable {
  /// Fields per record.
  let stride: Int
  private(set) var values: [FieldValue]

  init<Record>(_ records: [Record], fields: [Field<Record>]) {
    stride = fields.count
    var values: [FieldValue] = []
    values.reserveCapacity(records.count * fields.count)
    fields.withUnsafeBufferPointer { fields in
      for record in records {
        for index in fields.indices { values.append(fields[index].get(record)) }
      }
    }
    self.values = values
  }

  var recordCount: Int { stride == 0 ? 0 : values.count / stride }

  /// The value of field `field` (index in the field table) of record `record`.
  subscript(record: Int, field: Int) -> FieldValue { values[record * stride + field] }
}
