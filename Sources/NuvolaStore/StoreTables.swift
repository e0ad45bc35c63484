import NuvolaModel

/// The tables of a store, with the SQL of each generated once when the store opens. A class, so
/// that handing the tables to each prepared inventory costs one reference count, not one per array.
final class StoreTables: Sendable {
  /// The tables follow the field tables, which are fixed for a build: one instance serves all.
  static let shared = StoreTables()

  let snapshots = SnapshotTable()
  let sites = RecordTable<Site>()
  let assets = RecordTable<Asset>()
  let applications = RecordTable<Application>()
  let links = RecordTable<Link>()

  /// The current snapshot of every comune, by ISTAT code, with its history size and the number of
  /// records of each kind, in one query: the newest id per comune comes from the (istat_code, id)
  /// index, the counts from each table's primary key. Columns: snapshot count, the record counts
  /// in the order sites, assets, applications, links, then `SnapshotTable.selection`.
  let comuniSQL: String

  /// The id of the current snapshot of every comune, by ISTAT code.
  let currentIDsSQL = "SELECT max(id), istat_code FROM snapshots GROUP BY istat_code ORDER BY istat_code"

  init() {
    let counts = [sites.name, assets.name, applications.name, links.name].map {
      "(SELECT count(*) FROM \(SQL.identifier($0)) WHERE snapshot_id = snapshots.id)"
    }
    comuniSQL =
      "SELECT history.snapshot_count, \(counts.joined(separator: ", ")), \(snapshots.selection) "
      + "FROM (SELECT max(id) AS current_id, count(*) AS snapshot_count FROM snapshots "
      + "GROUP BY istat_code) AS history JOIN snapshots ON snapshots.id = history.current_id "
      + "ORDER BY snapshots.istat_code"
  }
}
