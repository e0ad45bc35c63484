import NuvolaAwards
import NuvolaModel
import NuvolaPortal
import NuvolaReports
import NuvolaRules

/// `report --all`, incremental: each comune's files are keyed in the folder's manifest by a digest
/// of everything they are made from; a comune whose key is unchanged and whose files are all still
/// there is not read, computed or written again. An unchanged run writes nothing and says so.
extension ReportCommand {
  static func writeAll(
    job: String, files: @escaping @Sendable (Snapshot, AwardBook) -> Rendered, rules: RuleBook,
    folder: OutputFolder, outName: String, force: Bool, portalRows: Bool, context: Context
  ) throws {
    let digest = try RunDigest(job: job, rules: rules, context: context)
    var manifest = folder.manifest()
    let previous = force ? [:] : manifest.jobs[job] ?? [:]
    var entries: [String: OutputManifest.Entry] = [:]
    var stale: [Int64] = []
    var keys: [String: String] = [:]
    let comuni = try context.openStoreForReading().comuni()
    var stored: [String: SnapshotInfo] = [:]
    for comune in comuni {
      stored[comune.istatCode] = comune.current
      let key = digest.comuneKey(code: comune.istatCode, snapshot: comune.current)
      if let entry = previous[comune.istatCode], entry.key == key, folder.holds(entry) {
        entries[comune.istatCode] = entry
      } else {
        keys[comune.istatCode] = key
        stale.append(comune.current.id)
      }
    }
    let it = context.language == .it
    let format = ReportFormatter(context.language)
    let manifestPath = display(outName, OutputManifest.fileName)
    if stale.isEmpty {
      if manifest.jobs[job] != entries {
        manifest.jobs[job] = entries
        try folder.save(manifest)
      }
      context.print(
        it
          ? "Nessun file riscritto: i rapporti di \(format.integer(comuni.count)) comuni sono già aggiornati "
            + "(\(manifestPath); --force li riscrive tutti)."
          : "No file written: the reports of \(format.integer(comuni.count)) comuni are up to date "
            + "(\(manifestPath); --force writes them all again).")
      return
    }
    // Only the awards of the comuni to write are decoded; past a quarter of the register, the whole
    // book is read (cheaper than looking each award's comune up in the set).
    let awards = digest.awards(istatCodes: keys.count > 2_000 ? nil : Set(keys.keys))
    // With the IT manager's report, the engine has computed all a portal row needs: each comune's
    // row is kept for the portal of this folder, so that `portal` after `report --all` runs no
    // engine again (its rows are keyed as the portal keys them).
    let portal = try portalRows ? PortalCommand.RowKeeper(rules: rules, context: context) : nil
    var portalEntries: [String: OutputManifest.Entry] = [:]
    typealias Staged = (
      code: String, files: [(staged: OutputFolder.StagedFile, size: Int)], row: PortalRow?
    )
    // Workers render and stage each comune's files; each batch is flushed to disk once, then the
    // files are put in place and listed in the store's order.
    try ComuneScope.each(
      stale, context: context, label: "report",
      work: { snapshot -> Staged in
        let rendered = files(snapshot, awards)
        return (
          snapshot.inventory.comune.istatCode,
          try rendered.files.map { (try folder.stage($0.bytes, to: $0.name), $0.bytes.count) },
          portal?.row(snapshot: snapshot, inputs: rendered.inputs, awards: awards)
        )
      },
      batchDone: { try folder.flush() },
      show: { comune in
        for file in comune.files { try folder.place(file.staged) }
        entries[comune.code] = OutputManifest.Entry(
          key: keys[comune.code]!,
          files: comune.files.map { OutputManifest.File(path: $0.staged.relativePath, size: $0.size) })
        if let row = comune.row, let portal {
          portalEntries[comune.code] = portal.entry(row, snapshot: stored[comune.code])
        }
        let paths = comune.files.map { display(outName, $0.staged.relativePath) }
        if !paths.isEmpty { context.print(paths.joined(separator: "\n")) }
      },
      discard: { comune in comune.files.forEach { folder.discard($0.staged) } })
    manifest.jobs[job] = entries
    portal?.keep(portalEntries, in: &manifest)
    try folder.save(manifest)
    if stale.count < comuni.count {
      context.printError(
        it
          ? "Riscritti i rapporti di \(format.integer(stale.count)) comuni su \(format.integer(comuni.count)): "
            + "gli altri erano già aggiornati (\(manifestPath))."
          : "Wrote the reports of \(format.integer(stale.count)) comuni of \(format.integer(comuni.count)): "
            + "the others were up to date (\(manifestPath)).")
    }
  }
}
