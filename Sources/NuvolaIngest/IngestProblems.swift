import NuvolaModel
import NuvolaSupport

/// The problems found while reading one inventory, from every stage (syntax, fields, validation),
/// put in file order and thrown together so the user fixes a file in one pass.
struct IngestProblems {
  /// Identifies a field of a record, to keep the validator from repeating a problem the decoder found.
  struct FieldKey: Hashable {
    var type: RecordType
    var index: Int
    var field: String
  }

  /// Problems kept in memory at most; a hostile file cannot produce millions. Those past it are counted.
  static let storageLimit = 10_000

  private var items: [(fileOrder: Int, sequence: Int, diagnostic: Diagnostic)] = []
  private var omitted = 0
  /// Fields whose value was rejected while decoding.
  private(set) var failedFields: Set<FieldKey> = []
  /// The structure of a file is broken (syntax, malformed rows, missing columns or records): records
  /// may be missing or misaligned, so checks across records would report consequences, not causes.
  var structural = false

  var isEmpty: Bool { items.isEmpty && omitted == 0 }

  mutating func add(_ diagnostic: Diagnostic, fileOrder: Int = 0) {
    guard items.count < IngestProblems.storageLimit else {
      omitted += 1
      return
    }
    items.append((fileOrder, items.count, diagnostic))
  }

  mutating func add(contentsOf error: InputError, fileOrder: Int = 0) {
    for diagnostic in error.diagnostics { add(diagnostic, fileOrder: fileOrder) }
    omitted += error.omitted
  }

  mutating func countOmitted(_ count: Int) { omitted += count }

  mutating func fieldFailed(_ type: RecordType, index: Int, field: String) {
    failedFields.insert(FieldKey(type: type, index: index, field: field))
  }

  /// Throws every problem, in file order, up to `DiagnosticList`'s limit.
  func check() throws(InputError) {
    guard !isEmpty else { return }
    let sorted = items.sorted { a, b in
      (a.fileOrder, a.diagnostic.line ?? 0, a.diagnostic.column ?? 0, a.sequence)
        < (b.fileOrder, b.diagnostic.line ?? 0, b.diagnostic.column ?? 0, b.sequence)
    }
    var list = DiagnosticList()
    for item in sorted { list.append(item.diagnostic) }
    var error = InputError(list.diagnostics, omitted: list.omitted + omitted)
    if error.diagnostics.isEmpty {
      // Only counted problems (cannot happen with the readers' limits, but never throw an empty error).
      error.diagnostics = [Diagnostic(file: "", message: "\(omitted) problems found")]
      error.omitted = 0
    }
    throw error
  }
}

extension IngestProblems {
  /// Adds the validator's issues at the places the records came from, leaving out those about a field
  /// the decoder already rejected (the validator sees it as unknown and would report it twice).
  mutating func add(_ issues: [ValidationIssue], map: SourceMap, fileOrder: (String) -> Int) {
    for issue in issues {
      let key = FieldKey(type: issue.recordType, index: issue.index, field: issue.field)
      guard !failedFields.contains(key) else { continue }
      guard let location = map.location(issue.recordType, index: issue.index, field: issue.field) else {
        continue
      }
      var message = issue.message
      if let related = issue.relatedIndex,
        let first = map.location(issue.recordType, index: related, field: issue.field)
      {
        message +=
          map.style == .csv
          ? " (first at line \(first.line ?? 0))" : " (first at \(first.path), line \(first.line ?? 0))"
      }
      add(
        Diagnostic(
          file: location.file, line: location.line, column: location.column, path: location.path,
          value: issue.value, message: message, expected: issue.expected),
        fileOrder: fileOrder(location.file))
    }
  }
}
