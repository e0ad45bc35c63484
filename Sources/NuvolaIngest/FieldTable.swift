import NuvolaModel

/// The field names of one record type, looked up by name, with a "did you mean" for misspellings.
/// Built once per record type: the readers look up every key and column through it. A class, so
/// that handing the table to a reader per record costs one reference count, not one per array.
final class FieldTable: Sendable {
  let type: RecordType
  let names: [String]
  let required: [Bool]
  let kinds: [FieldKind]
  private let index: [String: Int]

  init<R: InventoryRecord>(_ record: R.Type) {
    type = R.recordType
    names = R.fields.map(\.name)
    required = R.fields.map(\.required)
    kinds = R.fields.map(\.kind)
    var index: [String: Int] = [:]
    for (position, name) in names.enumerated() where index[name] == nil { index[name] = position }
    self.index = index
  }

  static let comune = FieldTable(Comune.self)
  static let site = FieldTable(Site.self)
  static let asset = FieldTable(Asset.self)
  static let application = FieldTable(Application.self)
  static let link = FieldTable(Link.self)

  static func of(_ type: RecordType) -> FieldTable {
    switch type {
    case .comune: return comune
    case .site: return site
    case .asset: return asset
    case .application: return application
    case .link: return link
    }
  }

  func position(of name: String) -> Int? { index[name] }

  /// `id, kind, name, ...` for messages.
  var list: String { names.joined(separator: ", ") }

  /// The closest field name when `name` looks like a misspelling of one (edit distance at most 2,
  /// or one name containing the other), for "did you mean" hints.
  func suggestion(for name: String) -> String? {
    FieldTable.closest(to: name, among: names)
  }

  static func closest(to name: String, among candidates: [String]) -> String? {
    let key = Array(name.lowercased().unicodeScalars)
    guard !key.isEmpty, key.count <= 64 else { return nil }
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let other = Array(candidate.unicodeScalars)
      var distance = editDistance(key, other)
      // `ram` for `ram_gb`, `ram_gb_total` for `ram_gb`: a shared start says more than a few edits.
      let lowered = name.lowercased()
      if distance > 1, min(key.count, other.count) >= 3,
        candidate.hasPrefix(lowered) || lowered.hasPrefix(candidate)
      {
        distance = 1
      }
      if distance <= 2 && distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    return best?.name
  }

  private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
