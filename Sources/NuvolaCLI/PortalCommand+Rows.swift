import NuvolaAwards
import NuvolaModel
import NuvolaPortal
import NuvolaReports
import NuvolaRules

extension PortalCommand {
  /// Makes a stored comune's portal row from the engine's results and keys it as the portal of this
  /// folder, language and as-of day keys it: `portal` builds its rows with it, and `report --all`
  /// (which has computed the same results for the IT manager) keeps them for the next `portal`.
  struct RowKeeper: Sendable {
    /// The portal's job in the folder's manifest (`portal index.html`).
    let job: String
    let run: RunDigest
    let rules: RuleBook

    init(rules: RuleBook, context: Context) throws {
      job = "portal " + PortalCommand.pageName(context.language)
      run = try RunDigest(job: job, rules: rules, context: context)
      self.rules = rules
    }

    /// The row of a stored comune, from results computed for the IT manager (at least).
    func row(snapshot: Snapshot, inputs: ReportInputs, awards: AwardBook) -> PortalRow {
      let code = snapshot.inventory.comune.istatCode
      return PortalRow(
        entry: Register.shipped.entry(code: code), istatCode: code, inputs: inputs,
        reportFolder: FileName.comune(code: code, name: snapshot.info.name),
        awards: awards.awards(istatCode: code), rules: rules)
    }

    /// The manifest entry of a row: the portal finds it there and computes the comune no more.
    func entry(_ row: PortalRow, snapshot: SnapshotInfo?) -> OutputManifest.Entry {
      OutputManifest.Entry(
        key: run.comuneKey(code: row.istatCode, snapshot: snapshot), files: [], record: row.record)
    }

    /// Adds rows to the portal's job, keeping the rows of other comuni the portal made.
    func keep(_ entries: [String: OutputManifest.Entry], in manifest: inout OutputManifest) {
      guard !entries.isEmpty else { return }
      manifest.jobs[job, default: [:]].merge(entries) { _, new in new }
    }
  }
}
