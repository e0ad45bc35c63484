import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// Merges the records read from a foreign file into a comune's inventory, the rules every importer
/// shares:
///
/// - a source record means the inventory record with the id derived from the source
///   (`vm-srv01`), else the only record of a compatible kind with the same name (case, accents
///   and punctuation aside), else a new record with the derived id;
/// - a matched record changes only in the fields the source gives: an unknown value never
///   overwrites a known fact, lists (`depends_on`) only grow, the name and notes written by hand
///   are kept (the format's own line of notes is replaced);
/// - records the file does not mention are left exactly as they were;
/// - the merged inventory must pass `InventoryValidator`; its issues are reported at the place in the
///   file the offending value came from, or in the stored snapshot when the file did not touch it.
struct ForeignMerge {
  /// A value the source gives for a field of the inventory, and where it was.
  struct Update {
    var field: String
    var value: FieldValue
    var location: ForeignLocation
  }

  /// One record as the source describes it, before it is matched.
  struct Draft {
    /// The id derived from the source (`vm-` + slug of the VM's name).
    var id: String
    var name: String?
    /// Other names the record may have in the inventory (a host's short name).
    var aliases: [String] = []
    var updates: [Update] = []
    /// The text of the format's line of notes, nil when the source says nothing worth noting.
    var notes: String?
    var notesLocation: ForeignLocation?
    /// The record's row or object.
    var location: ForeignLocation
    /// What the record is, for the message when a file describes it twice (`VM "SRV01"`).
    var label: String

    init(id: String, name: String?, location: ForeignLocation, label: String) {
      self.id = id
      self.name = name
      self.location = location
      self.label = label
    }

    /// Values about this record that could not be mapped; the report gets them with the id of the
    /// record they were merged into (which may be an existing record's, not the derived id).
    var unmappedValues: [UnmappedValue] = []

    mutating func set(_ field: String, _ value: FieldValue?, at location: ForeignLocation) {
      guard let value, value != .unknown else { return }
      updates.append(Update(field: field, value: value, location: location))
    }

    mutating func unmapped(_ location: ForeignLocation, field: String, value: String, reason: String) {
      unmappedValues.append(
        UnmappedValue(
          line: location.line, column: location.column, path: location.path, field: field, value: value,
          reason: reason))
    }
  }

  private struct Origin {
    var record: ForeignLocation
    var fields: [String: ForeignLocation] = [:]
  }

  private enum Match {
    case found(Int)
    case ambiguous([String])
    case none
  }

  let format: ForeignFormat
  let file: String
  /// Names the stored snapshot in diagnostics about records the file did not touch.
  let baseName: String
  private let base: Inventory
  private(set) var inventory: Inventory
  var report: ImportReport
  var problems = IngestProblems()

  private var assetIndex: [String: Int] = [:]
  private var applicationIndex: [String: Int] = [:]
  private var assetNames: [String: [Int]] = [:]
  private var applicationNames: [String: [Int]] = [:]
  private var assetOrigins: [String: Origin] = [:]
  private var applicationOrigins: [String: Origin] = [:]
  /// Records that are the subject of a row or object of the file: a second one is an error.
  private var primaryAssets: [String: ForeignLocation] = [:]
  private var primaryApplications: [String: ForeignLocation] = [:]
  private var touchedAssets: [String] = []
  private var touchedApplications: [String] = []
  private var createdAssets: Set<String> = []
  private var createdApplications: Set<String> = []

  init(format: ForeignFormat, file: String, base: Inventory, baseName: String) {
    self.format = format
    self.file = file
    self.baseName = baseName
    self.base = base
    inventory = base
    report = ImportReport(format: format, file: file)
    assetIndex.reserveCapacity(base.assets.count)
    for (index, asset) in base.assets.enumerated() where assetIndex[asset.id] == nil {
      assetIndex[asset.id] = index
      if let name = asset.name { assetNames[ForeignID.nameKey(name), default: []].append(index) }
    }
    for (index, application) in base.applications.enumerated() where applicationIndex[application.id] == nil {
      applicationIndex[application.id] = index
      applicationNames[ForeignID.nameKey(application.name), default: []].append(index)
    }
  }

  // MARK: - Problems and the report

  mutating func fail(_ location: ForeignLocation, value: String?, _ message: String, expected: String?) {
    problems.add(
      Diagnostic(
        file: file, line: location.line, column: location.column, path: location.path, value: value,
        message: message, expected: expected))
  }

  mutating func unmapped(
    _ location: ForeignLocation, field: String, value: String, reason: String, record: String? = nil
  ) {
    report.values.append(
      UnmappedValue(
        line: location.line, column: location.column, path: location.path, field: field, value: value,
        reason: reason, record: record))
  }

  // MARK: - Lookups

  /// The id of the application a name means, in the inventory as merged so far; nil when none.
  func applicationID(named name: String) -> String? {
    if case .found(let index) = findApplication(id: ForeignID.make("app", name), names: [name]) {
      return inventory.applications[index].id
    }
    return nil
  }

  /// The asset with this id, as merged so far.
  func asset(id: String) -> Asset? { assetIndex[id].map { inventory.assets[$0] } }

  private func findAsset(id: String, names: [String], accepting: (AssetKind) -> Bool) -> Match {
    if let index = assetIndex[id] { return .found(index) }
    for name in names {
      let candidates = (assetNames[ForeignID.nameKey(name)] ?? []).filter {
        accepting(inventory.assets[$0].kind)
      }
      if candidates.count == 1 { return .found(candidates[0]) }
      if candidates.count > 1 { return .ambiguous(candidates.map { inventory.assets[$0].id }) }
    }
    return .none
  }

  private func findApplication(id: String, names: [String]) -> Match {
    if let index = applicationIndex[id] { return .found(index) }
    for name in names {
      let candidates = applicationNames[ForeignID.nameKey(name)] ?? []
      if candidates.count == 1 { return .found(candidates[0]) }
      if candidates.count > 1 { return .ambiguous(candidates.map { inventory.applications[$0].id }) }
    }
    return .none
  }

  // MARK: - Merging

  /// Creates or updates the asset a draft describes and returns its id; nil when a row before
  /// already described the same asset (reported as an error). `kind` nil means the source does not
  /// say: a matched asset keeps its kind, a new one gets `newKind`. `accepting` says which kinds of
  /// existing asset may be matched by name.
  @discardableResult
  mutating func mergeAsset(
    _ draft: Draft, kind: AssetKind?, newKind: AssetKind = .other, accepting: (AssetKind) -> Bool,
    primary: Bool
  ) -> String? {
    let names = [draft.name].compactMap { $0 } + draft.aliases
    let match = findAsset(id: draft.id, names: names, accepting: accepting)
    let index: Int
    if case .found(let found) = match {
      index = found
    } else {
      if case .ambiguous(let ids) = match, let name = draft.name {
        unmapped(
          draft.location, field: "name", value: name,
          reason: "several assets have this name (\(ids.joined(separator: ", "))): a new asset "
            + "\(draft.id) was created rather than choosing one", record: draft.id)
      }
      var asset = Asset(id: draft.id, kind: kind ?? newKind)
      asset.name = draft.name
      index = inventory.assets.count
      inventory.assets.append(asset)
      assetIndex[draft.id] = index
      if let name = draft.name { assetNames[ForeignID.nameKey(name), default: []].append(index) }
      createdAssets.insert(draft.id)
    }
    let id = inventory.assets[index].id
    if primary && !claim(id, .asset, label: draft.label, at: draft.location) { return nil }
    var record = inventory.assets[index]
    var origin = assetOrigins[id] ?? Origin(record: draft.location)
    if let kind, record.kind != kind {
      record.kind = kind
      origin.fields["kind"] = draft.location
    }
    if record.name == nil, let name = draft.name { record.name = name }
    apply(draft, id: id, to: &record, origin: &origin)
    inventory.assets[index] = record
    if assetOrigins[id] == nil { touchedAssets.append(id) }
    assetOrigins[id] = origin
    return id
  }

  /// Creates or updates the application a draft describes and returns its id; nil when a row before
  /// already described the same application (reported as an error).
  @discardableResult
  mutating func mergeApplication(_ draft: Draft, primary: Bool) -> String? {
    let names = [draft.name].compactMap { $0 } + draft.aliases
    let match = findApplication(id: draft.id, names: names)
    let index: Int
    if case .found(let found) = match {
      index = found
    } else {
      if case .ambiguous(let ids) = match, let name = draft.name {
        unmapped(
          draft.location, field: "name", value: name,
          reason: "several applications have this name (\(ids.joined(separator: ", "))): a new "
            + "application \(draft.id) was created rather than choosing one", record: draft.id)
      }
      let application = Application(id: draft.id, name: draft.name ?? draft.id)
      index = inventory.applications.count
      inventory.applications.append(application)
      applicationIndex[draft.id] = index
      applicationNames[ForeignID.nameKey(application.name), default: []].append(index)
      createdApplications.insert(draft.id)
    }
    let id = inventory.applications[index].id
    if primary && !claim(id, .application, label: draft.label, at: draft.location) { return nil }
    var record = inventory.applications[index]
    var origin = applicationOrigins[id] ?? Origin(record: draft.location)
    apply(draft, id: id, to: &record, origin: &origin)
    inventory.applications[index] = record
    if applicationOrigins[id] == nil { touchedApplications.append(id) }
    applicationOrigins[id] = origin
    return id
  }

  /// Adds dependencies to an application already merged (`depends_on` only grows).
  mutating func addDependency(of id: String, on other: String, at location: ForeignLocation) {
    guard let index = applicationIndex[id] else { return }
    var record = inventory.applications[index]
    if !record.dependsOn.contains(other) { record.dependsOn.append(other) }
    inventory.applications[index] = record
    var origin = applicationOrigins[id] ?? Origin(record: location)
    origin.fields["depends_on"] = location
    if applicationOrigins[id] == nil { touchedApplications.append(id) }
    applicationOrigins[id] = origin
  }

  private mutating func claim(_ id: String, _ type: RecordType, label: String, at location: ForeignLocation)
    -> Bool
  {
    let first = type == .asset ? primaryAssets[id] : primaryApplications[id]
    if let first {
      fail(
        location, value: nil,
        "\(label) is described twice (first at line \(first.line ?? 0)); both mean record \(id)",
        expected: "one row or object per record")
      return false
    }
    if type == .asset { primaryAssets[id] = location } else { primaryApplications[id] = location }
    return true
  }

  private mutating func apply<R: InventoryRecord>(
    _ draft: Draft, id: String, to record: inout R, origin: inout Origin
  ) {
    for var value in draft.unmappedValues {
      value.record = id
      report.values.append(value)
    }
    let table = FieldTable.of(R.recordType)
    let fields = R.fields
    for update in draft.updates where update.value != .unknown {
      guard let position = table.position(of: update.field) else { continue }
      if case .references = fields[position].kind, case .list(let new) = update.value {
        var ids: [String] = []
        if case .list(let old) = fields[position].get(record) { ids = old }
        for id in new where !ids.contains(id) { ids.append(id) }
        fields[position].set(&record, .list(ids))
      } else {
        fields[position].set(&record, update.value)
      }
      origin.fields[update.field] = update.location
    }
    guard let text = draft.notes, !text.isEmpty, let position = table.position(of: "notes") else { return }
    var existing: String?
    if case .text(let notes) = fields[position].get(record) { existing = notes }
    let location = draft.notesLocation ?? draft.location
    switch ForeignNotes.merge(existing, tag: format.notesTag, text: text) {
    case .merged(let notes):
      fields[position].set(&record, .text(notes))
    case .shortened(let notes):
      fields[position].set(&record, .text(notes))
      unmapped(
        location, field: "notes", value: text,
        reason: "shortened to fit the \(ForeignNotes.maxLength) characters of notes", record: id)
    case .noRoom:
      unmapped(
        location, field: "notes", value: text,
        reason: "not written: the record's notes are full (\(ForeignNotes.maxLength) characters)",
        record: id)
    }
    origin.fields["notes"] = location
  }

  // MARK: - The end

  /// Counts what changed, validates the merged inventory and throws every problem found; returns the
  /// inventory and the report when there is none.
  mutating func finish(register: Register) throws(InputError) -> ForeignImport {
    var assets = RecordChanges()
    for id in touchedAssets {
      guard let index = assetIndex[id] else { continue }
      if createdAssets.contains(id) {
        assets.created += 1
        report.createdAssetKinds[inventory.assets[index].kind, default: 0] += 1
      } else if base.assets[index] == inventory.assets[index] {
        assets.unchanged += 1
      } else {
        assets.updated += 1
      }
    }
    var applications = RecordChanges()
    for id in touchedApplications {
      guard let index = applicationIndex[id] else { continue }
      if createdApplications.contains(id) {
        applications.created += 1
      } else if base.applications[index] == inventory.applications[index] {
        applications.unchanged += 1
      } else {
        applications.updated += 1
      }
    }
    report.changes = [.asset: assets, .application: applications]
    for issue in InventoryValidator.validate(inventory, register: register) { add(issue) }
    try problems.check()
    return ForeignImport(inventory: inventory, report: report)
  }

  private mutating func add(_ issue: ValidationIssue) {
    var id: String?
    var origin: Origin?
    switch issue.recordType {
    case .asset:
      id = inventory.assets[issue.index].id
      origin = id.flatMap { assetOrigins[$0] }
    case .application:
      id = inventory.applications[issue.index].id
      origin = id.flatMap { applicationOrigins[$0] }
    case .comune, .site, .link:
      break
    }
    let record = issue.recordType == .comune ? "comune" : "\(issue.recordType.plural)[\(issue.index)]"
    guard let origin else {
      problems.add(
        Diagnostic(
          file: baseName, path: "\(record).\(issue.field)" + (id.map { " (id \($0))" } ?? ""),
          value: issue.value, message: issue.message, expected: issue.expected))
      return
    }
    if let location = origin.fields[issue.field] {
      if let text = location.text, FieldDecoder.trimmed(text) != issue.value {
        // The file's value was converted (MiB into GB): say what it became, show what was written.
        fail(
          location, value: text, "\(issue.field) would be \(issue.value): \(issue.message)",
          expected: issue.expected + " (\(issue.field))")
      } else {
        fail(location, value: issue.value, issue.message, expected: issue.expected)
      }
    } else {
      fail(
        origin.record, value: issue.value,
        "\(issue.message) (field \(issue.field) of \(id ?? record), as the current snapshot has it)",
        expected: issue.expected)
    }
  }
}
