import Foundation
import NuvolaAwards
import NuvolaSupport

extension InventoryStore {
  /// Imports awards files in one transaction: all of them, or on any error none. Files are applied
  /// in the order of their data date (the order given for equal dates). Under each key (comune,
  /// call, window) a file's awards take the place of the stored ones unless the store's data are
  /// newer; awards equal to the stored ones change nothing, so re-importing a file writes nothing.
  public func importAwards(_ files: [AwardFile], importedAt: String? = nil) throws -> [AwardImportOutcome] {
    guard mode != .readOnly else { throw StoreError.openedForReading(path: path) }
    let order = files.indices.sorted {
      (files[$0].source.dataDate, $0) < (files[$1].source.dataDate, $1)
    }
    return try storeErrors {
      try database.transaction {
        var stored = try storedAwardRows()
        var outcomes = files.map(AwardImportOutcome.init(file:))
        for index in order {
          outcomes[index] = try apply(files[index], to: &stored, importedAt: importedAt)
        }
        return outcomes
      }
    }
  }

  /// The awards in the store, as a book; empty for a store of schema version 1 opened read-only.
  /// With `istatCodes`, only those comuni's awards.
  public func awardBook(istatCodes: Set<String>? = nil) throws -> AwardBook {
    guard schemaVersionOnDisk >= 2 else { return .empty }
    return try storeErrors {
      try database.read {
        var awards: [Award] = []
        try forEachStoredAward(byComune: true) { _, award in
          if istatCodes?.contains(award.istatCode) ?? true { awards.append(award) }
        }
        return AwardBook(groupedByComune: awards)
      }
    }
  }

  /// The files whose awards are in the store, oldest import first.
  public func awardSources() throws -> [AwardSource] {
    guard schemaVersionOnDisk >= 2 else { return [] }
    return try storeErrors { try database.read { try awardFiles().sorted { $0.key < $1.key }.map(\.value) } }
  }

  // MARK: Rows

  /// The stored awards under one key, with their rowids and the newest data date among them.
  struct StoredKey {
    var dataDate: Day
    var rows: [(rowid: Int64, award: Award)]
  }

  private static let selectAwardsSQL = """
    SELECT rowid, file_id, line, istat_code, measure, avviso, window_number, amount, cup, decree, state,
      state_day, funding_day, application_day FROM awards
    """
  private static let insertAwardSQL = """
    INSERT INTO awards (file_id, line, istat_code, measure, avviso, window_number, amount, cup, decree,
      state, state_day, funding_day, application_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    """
  private static let insertFileSQL = """
    INSERT INTO award_files (file_name, measures, data_date, date_origin, imported_at, rows_read,
      comuni_rows, unresolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    """

  private func awardFiles() throws -> [Int64: AwardSource] {
    var sources: [Int64: AwardSource] = [:]
    try database.withStatement("SELECT id, file_name, measures, data_date, date_origin FROM award_files") {
      statement in
      while try statement.step() {
        let id = statement.int64(at: 0)
        guard let day = Day(parsing: statement.text(at: 3)),
          let origin = AwardSource.DateOrigin(rawValue: statement.text(at: 4))
        else {
          throw StoreError.corrupt(path: path, message: "award_files row \(id) holds a bad data date or origin")
        }
        sources[id] = AwardSource(
          fileName: statement.text(at: 1), measures: statement.text(at: 2), dataDate: day, dateOrigin: origin)
      }
    }
    return sources
  }

  private func storedAwardRows() throws -> [AwardKey: StoredKey] {
    var stored: [AwardKey: StoredKey] = [:]
    try forEachStoredAward { rowid, award in
      let key = award.key
      if var entry = stored.removeValue(forKey: key) {
        entry.rows.append((rowid, award))
        entry.dataDate = max(entry.dataDate, award.source.dataDate)
        stored[key] = entry
      } else {
        stored[key] = StoredKey(dataDate: award.source.dataDate, rows: [(rowid, award)])
      }
    }
    return stored
  }

  /// Every stored award with its rowid, in table order or grouped by comune (ascending ISTAT code).
  private func forEachStoredAward(byComune: Bool = false, _ body: (Int64, Award) -> Void) throws {
    let sources = try awardFiles()
    let sql = InventoryStore.selectAwardsSQL + (byComune ? " ORDER BY istat_code" : "")
    try database.withStatement(sql) { statement in
      while try statement.step() {
        let rowid = statement.int64(at: 0)
        func bad(_ column: String) -> StoreError {
          .corrupt(path: path, message: "awards row \(rowid) holds a bad \(column)")
        }
        func day(_ index: Int32, _ column: String) throws -> Day? {
          if statement.isNull(at: index) { return nil }
          guard let day = statement.day(at: index) else { throw bad(column) }
          return day
        }
        guard let source = sources[statement.int64(at: 1)] else { throw bad("file_id") }
        guard let measure = AwardMeasure(rawValue: statement.text(at: 4)) else { throw bad("measure") }
        guard let state = AwardState(rawValue: statement.text(at: 10)) else { throw bad("state") }
        guard let fundingDay = try day(12, "funding_day") else { throw bad("funding_day") }
        let award = Award(
          istatCode: statement.text(at: 3), measure: measure, avviso: statement.text(at: 5),
          window: Int(statement.int64(at: 6)), amount: Money(cents: statement.int64(at: 7)),
          cup: statement.text(at: 8), decree: statement.isNull(at: 9) ? nil : statement.text(at: 9),
          state: state, stateDay: try day(11, "state_day"), fundingDay: fundingDay,
          applicationDay: try day(13, "application_day"), source: source, line: Int(statement.int64(at: 2)))
        body(rowid, award)
      }
    }
  }

  private func apply(
    _ file: AwardFile, to stored: inout [AwardKey: StoredKey], importedAt: String?
  ) throws -> AwardImportOutcome {
    var outcome = AwardImportOutcome(file: file)
    var groups: [AwardKey: [Award]] = [:]
    var keys: [AwardKey] = []
    for award in file.awards {
      if groups[award.key] == nil { keys.append(award.key) }
      groups[award.key, default: []].append(award)
    }
    var fileID: Int64?
    for key in keys {
      let awards = groups[key]!
      let existing = stored[key]
      if let existing {
        if existing.dataDate > file.source.dataDate {
          outcome.olderThanStored += awards.count
          continue
        }
        if InventoryStore.sameContent(existing.rows.map(\.award), awards) {
          outcome.unchanged += awards.count
          continue
        }
        for row in existing.rows {
          try database.withStatement("DELETE FROM awards WHERE rowid = ?") { statement in
            try statement.bind([.integer(row.rowid)])
            try statement.execute()
          }
        }
        outcome.superseded += existing.rows.count
        outcome.replacing += awards.count
      } else {
        outcome.added += awards.count
      }
      let id = try fileID ?? insertFile(file, importedAt: importedAt)
      fileID = id
      var rows: [(rowid: Int64, award: Award)] = []
      for award in awards { rows.append((try insert(award, fileID: id), award)) }
      stored[key] = StoredKey(dataDate: file.source.dataDate, rows: rows)
    }
    return outcome
  }

  /// The same awards, in any order.
  static func sameContent(_ stored: [Award], _ new: [Award]) -> Bool {
    guard stored.count == new.count else { return false }
    var remaining = stored
    for award in new {
      guard let match = remaining.firstIndex(where: { $0.hasSameContent(as: award) }) else { return false }
      remaining.remove(at: match)
    }
    return true
  }

  private func insertFile(_ file: AwardFile, importedAt: String?) throws -> Int64 {
    try database.withStatement(InventoryStore.insertFileSQL) { statement in
      let source = file.source
      try statement.bind([
        .text(source.fileName), .text(source.measures), .text(source.dataDate.description),
        .text(source.dateOrigin.rawValue), importedAt.map(DatabaseValue.text) ?? .null,
        .integer(Int64(file.rowsRead)), .integer(Int64(file.comuniRows)),
        .integer(Int64(file.unresolved.count)),
      ])
      try statement.execute()
      return database.lastInsertedRowID
    }
  }

  private func insert(_ award: Award, fileID: Int64) throws -> Int64 {
    try database.withStatement(InventoryStore.insertAwardSQL) { statement in
      func optional(_ text: String?) -> DatabaseValue { text.map(DatabaseValue.text) ?? .null }
      try statement.bind([
        .integer(fileID), .integer(Int64(award.line)), .text(award.istatCode), .text(award.measure.code),
        .text(award.avviso), .integer(Int64(award.window)), .integer(award.amount.cents), .text(award.cup),
        optional(award.decree), .text(award.state.rawValue), optional(award.stateDay?.description),
        .text(award.fundingDay.description), optional(award.applicationDay?.description),
      ])
      try statement.execute()
      return database.lastInsertedRowID
    }
  }
}
