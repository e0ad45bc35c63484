/// The store's tables, as an ordered list of migrations, each a literal SQL script.
///
/// Migration N takes a store from `user_version` N-1 to N. A migration, once released, never
/// changes: a store written by an older Nuvola must come out of the same steps with the same tables.
/// That is why the DDL is written out here rather than generated from the field tables, which
/// grow; a new field needs a new migration (a test checks that every field has a column).
enum StoreSchema {
  /// `PRAGMA application_id` of every Nuvola store ("NUVO"), so that another program's SQLite file
  /// is recognised and left alone.
  static let applicationID: Int64 = 0x4E55_564F

  static let migrations: [String] = [version1, version2]

  /// The schema version this Nuvola writes and reads.
  static var version: Int { migrations.count }

  /// The oldest version a read-only open accepts without upgrading: every migration since only
  /// adds tables, so the older tables read the same; what a missing table would hold reads as empty
  /// (a version-1 store has no awards).
  static let readableFrom = 1

  /// The side table holding each list field (`.references`), keyed by `table.field`. The list
  /// field has no column in its record's table; its side table has a column named after it.
  static let listTables: [String: String] = ["applications.depends_on": "application_dependencies"]

  /// Version 1: one row per imported snapshot of a comune, and its records in tables named after
  /// the record kind. Columns are named exactly as the inventory fields; NULL means unknown.
  /// Affinity by field kind: ids, text, codes, references and days (YYYY-MM-DD) are TEXT; whole
  /// numbers and flags (0/1) INTEGER; decimals REAL; money INTEGER cents. `content_hash` holds
  /// `ContentHasher`'s 32 hex digits; stores written by earlier versions hold a SHA-256 of the JSON
  /// document there, which never equals a new hash: the first re-import of such a comune adds a
  /// snapshot, and no migration is needed.
  static let version1 = """
    PRAGMA application_id = 1314215503;

    CREATE TABLE snapshots (
      id INTEGER PRIMARY KEY,
      istat_code TEXT NOT NULL,
      source TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      imported_at TEXT,
      name TEXT,
      population INTEGER,
      staff INTEGER,
      it_staff INTEGER,
      ict_spend INTEGER,
      inventory_date TEXT,
      illustrative INTEGER,
      notes TEXT
    );
    CREATE INDEX snapshots_by_comune ON snapshots (istat_code, id);

    CREATE TABLE sites (
      snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      id TEXT NOT NULL,
      name TEXT NOT NULL,
      kind TEXT,
      address TEXT,
      floor_area_m2 REAL,
      ups INTEGER,
      ups_minutes INTEGER,
      generator INTEGER,
      redundant_power INTEGER,
      dedicated_cooling INTEGER,
      redundant_cooling INTEGER,
      fire_detection INTEGER,
      fire_suppression INTEGER,
      access_control INTEGER,
      monitoring INTEGER,
      offsite_backup INTEGER,
      disaster_recovery INTEGER,
      continuity_plan INTEGER,
      pue REAL,
      it_load_kw REAL,
      responsible TEXT,
      documented_procedures INTEGER,
      agid_census_answered INTEGER,
      energy_cost INTEGER,
      maintenance_cost INTEGER,
      notes TEXT,
      PRIMARY KEY (snapshot_id, id)
    );

    CREATE TABLE assets (
      snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      id TEXT NOT NULL,
      kind TEXT NOT NULL,
      name TEXT,
      site TEXT,
      host TEXT,
      quantity INTEGER,
      vendor TEXT,
      model TEXT,
      purchase_year INTEGER,
      end_of_support TEXT,
      cores INTEGER,
      ram_gb INTEGER,
      storage_gb REAL,
      power_w INTEGER,
      os TEXT,
      os_version TEXT,
      maintenance_cost INTEGER,
      notes TEXT,
      PRIMARY KEY (snapshot_id, id)
    );

    CREATE TABLE applications (
      snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      id TEXT NOT NULL,
      name TEXT NOT NULL,
      domain TEXT,
      vendor TEXT,
      product TEXT,
      deployment TEXT,
      asset TEXT,
      site TEXT,
      provider TEXT,
      cloud_qualified INTEGER,
      data_class TEXT,
      personal_data INTEGER,
      users INTEGER,
      yearly_cost INTEGER,
      contract_end TEXT,
      licence TEXT,
      source_modifiable INTEGER,
      saas_alternative INTEGER,
      saas_alternative_qualified INTEGER,
      data_import_supported INTEGER,
      structured_data INTEGER,
      network_access TEXT,
      data_update TEXT,
      data_volume_gb REAL,
      risk TEXT,
      migration_ease TEXT,
      strategy_override TEXT,
      strategy_override_reason TEXT,
      notes TEXT,
      PRIMARY KEY (snapshot_id, id)
    );

    CREATE TABLE application_dependencies (
      snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
      application_id TEXT NOT NULL,
      depends_on TEXT NOT NULL,
      position INTEGER NOT NULL,
      PRIMARY KEY (snapshot_id, application_id, position),
      FOREIGN KEY (snapshot_id, application_id) REFERENCES applications (snapshot_id, id)
        ON DELETE CASCADE
    );

    CREATE TABLE links (
      snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      id TEXT NOT NULL,
      site TEXT NOT NULL,
      technology TEXT,
      down_mbps REAL,
      up_mbps REAL,
      provider TEXT,
      backup INTEGER,
      yearly_cost INTEGER,
      PRIMARY KEY (snapshot_id, id)
    );
    """

  /// Version 2: the PNRR awards imported from PA digitale 2026 files (`nuvola awards import`).
  /// `award_files` holds one row per imported file that changed anything (its provenance: file
  /// name, measures, data date and how it was set); `awards` the rows that are current, one per
  /// award, keyed for superseding by (istat_code, avviso, window_number). Money is INTEGER cents,
  /// days TEXT YYYY-MM-DD, NULL where the file's header generation has no such column.
  static let version2 = """
    CREATE TABLE award_files (
      id INTEGER PRIMARY KEY,
      file_name TEXT NOT NULL,
      measures TEXT NOT NULL,
      data_date TEXT NOT NULL,
      date_origin TEXT NOT NULL,
      imported_at TEXT,
      rows_read INTEGER NOT NULL,
      comuni_rows INTEGER NOT NULL,
      unresolved INTEGER NOT NULL
    );

    CREATE TABLE awards (
      file_id INTEGER NOT NULL REFERENCES award_files (id),
      line INTEGER NOT NULL,
      istat_code TEXT NOT NULL,
      measure TEXT NOT NULL,
      avviso TEXT NOT NULL,
      window_number INTEGER NOT NULL,
      amount INTEGER NOT NULL,
      cup TEXT NOT NULL,
      decree TEXT,
      state TEXT NOT NULL,
      state_day TEXT,
      funding_day TEXT NOT NULL,
      application_day TEXT
    );
    CREATE INDEX awards_by_key ON awards (istat_code, avviso, window_number);
    """
}
