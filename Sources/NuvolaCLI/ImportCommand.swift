import Foundation
import NuvolaIngest
import NuvolaModel
import NuvolaRules
import NuvolaStore
import NuvolaSupport

/// `nuvola import PATH...`: reads and validates every inventory, then writes each comune as a new
/// snapshot, all in one transaction: either every file is imported or nothing is.
///
/// `nuvola import --from FORMAT FILE --comune COMUNE` reads another tool's export instead and merges
/// it into the comune's current snapshot as a new snapshot (docs/importers.md).
enum ImportCommand {
  static let command = Command(
    spec: CommandSpec(
      name: "import",
      abstract:
        "Import inventories (JSON files, folders of CSV sheets, .xlsx/.ods workbooks) as new snapshots",
      discussion: """
        Each PATH is a comune's inventory: a .json document, a folder with comune.csv and the
        other sheets, or an .xlsx/.ods workbook with those sheets (Italian names and headers
        accepted; `nuvola template` writes one to fill in) (docs/inventory-format.md). Everything is checked first; if any file has a
        problem, every problem is listed and nothing is written. A file identical to the comune's
        current snapshot creates no new snapshot.

        With --from, FILE is another tool's export (AgID Lista degli applicativi, Konveyor
        application import, RVTools .xlsx or vInfo CSV, GLPI inventory JSON) describing the comune given with
        --comune. It is merged into the comune's current snapshot and saved as a new snapshot:
        records it matches change only in the facts it gives, records it does not mention are
        kept. The report lists what was mapped and what was not (docs/importers.md).
        """,
      usageLines: ["--from agid-list|konveyor|rvtools|glpi FILE --comune COMUNE"]),
    options: Options.self, run: run)

  struct Options: CommandOptions {
    var from: ForeignFormat?
    var comune: String?
    var paths: [String] = []

    static var options: [OptionDeclaration<Self>] {
      [
        .choice(
          "--from", \.from, "FORMAT", "Read FILE as another tool's export: agid-list, konveyor, rvtools or glpi"),
        .option("--comune", \.comune, "COMUNE", "With --from: the comune FILE describes (ISTAT code or name)"),
      ]
    }
    static var arguments: [ArgumentDeclaration<Self>] {
      [.variadic("PATH", \.paths, "Inventory file (.json, .xlsx, .ods) or CSV-sheet folder")]
    }
  }

  struct Outcome {
    var path: String
    var istatCode: String
    var name: String
    var created: Bool
    var snapshot: Int64
    var records: Int
    var populationFromRegister: Bool
  }

  static func run(_ options: Options, _ context: Context) throws {
    try context.requireFormat([.text, .json], command: "import")
    if options.from != nil || options.comune != nil {
      try importForeign(options, context: context)
      return
    }
    // A store that did not exist is removed again when the import fails: nothing is written.
    let outcomes = try InventoryStore.writing(path: context.databasePath) { store in
      try importAll(options.paths, into: store, context: context)
    }
    report(outcomes, context: context)
  }

  /// Reads, validates and saves every path in one transaction; throws every problem found, having
  /// written nothing, if any file is invalid.
  static func importAll(_ paths: [String], into store: InventoryStore, context: Context) throws -> [Outcome] {
    let progress = Progress(label: "import", total: paths.count, console: context.console)
    defer { progress.finish() }
    // Files are read, checked and prepared on worker threads while this thread saves them in order,
    // all in one transaction: every problem of every file is listed and nothing is written, or all is.
    let files = try store.importFiles(
      paths, reader: InventoryReader(register: Register.shipped), progress: { progress.advance() })
    return files.map { file in
      Outcome(
        path: file.path, istatCode: file.outcome.info.istatCode, name: file.outcome.info.name,
        created: file.outcome.isCreated, snapshot: file.outcome.info.id, records: file.recordCount,
        populationFromRegister: !file.givesPopulation)
    }
  }

  static func report(_ outcomes: [Outcome], context: Context) {
    if context.format == .json {
      let items = outcomes.map { outcome -> JSON in
        .object([
          ("source", .string(outcome.path)),
          ("istat_code", .string(outcome.istatCode)),
          ("name", .string(outcome.name)),
          ("status", .string(outcome.created ? "created" : "unchanged")),
          ("snapshot", .int(outcome.snapshot)),
          ("records", .int(outcome.records)),
        ])
      }
      context.print(JSON.array(items).serialized(sortKeys: true))
      return
    }
    let language = context.language
    let texts = TextCatalogue.messages
    var lines: [String] = []
    for outcome in outcomes where outcomes.count <= 50 {
      let status =
        outcome.created
        ? texts.text(
          "import.created", language, ["snapshot": String(outcome.snapshot), "records": String(outcome.records)])
        : texts.text("import.unchanged", language, ["snapshot": String(outcome.snapshot)])
      lines.append("\(outcome.istatCode) \(outcome.name): \(status) (\(outcome.path))")
    }
    let created = outcomes.filter(\.created).count
    lines.append(
      texts.text(
        "import.total", language, count: outcomes.count,
        [
          "count": String(outcomes.count), "created": String(created),
          "unchanged": String(outcomes.count - created), "path": context.databasePath,
        ]))
    let defaulted = outcomes.filter(\.populationFromRegister).count
    if defaulted > 0 {
      lines.append(
        texts.text(
          "import.population_default", language, count: defaulted,
          ["count": String(defaulted), "attribution": Register.attribution]))
    }
    context.print(lines.joined(separator: "\n"))
  }
}

// MARK: - Foreign formats

extension ImportCommand {
  /// `import --from FORMAT FILE --comune COMUNE`: reads the file, merges it into the comune's current
  /// snapshot (or a fresh inventory) and saves the result as a new snapshot, in one transaction that
  /// also reads the current snapshot, so that no other import can slip in between.
  static func importForeign(_ options: Options, context: Context) throws {
    let formats = ForeignFormat.allCases.map(\.rawValue).joined(separator: ", ")
    guard let format = options.from else {
      throw CLIError.usage("--comune goes with --from FORMAT (\(formats))", command: "import")
    }
    guard let query = options.comune else {
      throw CLIError.usage(
        "--from \(format.rawValue) needs --comune COMUNE: the comune FILE describes", command: "import")
    }
    guard options.paths.count == 1 else {
      throw CLIError.usage(
        "--from reads one FILE, not \(options.paths.count); import each file in its own run",
        command: "import")
    }
    let entry = try RegisterSelection.resolve(query, register: Register.shipped, command: "import")
    let path = options.paths[0]
    let bytes = try ForeignImporter.contents(of: context.resolve(path).path)
    let importer = ForeignImporter(format: format, register: Register.shipped)
    let baseName = "current snapshot of \(entry.istatCode) \(entry.name)"
    let fresh = ForeignImporter.freshInventory(for: entry)
    // A store that does not exist yet is created only once the file has been read without problems.
    var prepared: ForeignImport?
    if !FileManager.default.fileExists(atPath: context.databasePath) {
      prepared = try importer.read(bytes, file: path, into: fresh, baseName: baseName)
    }
    let (result, outcome) = try InventoryStore.writing(path: context.databasePath) { store in
      try store.importBatch { session -> (ForeignImport, SaveOutcome) in
        let current = try store.currentSnapshot(istatCode: entry.istatCode)
        let result: ForeignImport
        if current == nil, let prepared {
          result = prepared
        } else {
          result = try importer.read(bytes, file: path, into: current?.inventory ?? fresh, baseName: baseName)
        }
        return (result, try session.save(result.inventory, source: format.source(for: path), importedAt: nil))
      }
    }
    report(result.report, outcome: outcome, entry: entry, context: context)
  }

  static func report(_ report: ImportReport, outcome: SaveOutcome, entry: RegisterEntry, context: Context) {
    let info = outcome.info
    // The file read, not the source of the snapshot found unchanged (which may be another file).
    let source = report.format.source(for: report.file)
    if context.format == .json {
      guard case .object(let members) = report.json else { return }
      let json = JSON.object(
        [
          ("istat_code", .string(entry.istatCode)),
          ("name", .string(entry.name)),
          ("status", .string(outcome.isCreated ? "created" : "unchanged")),
          ("snapshot", .int(info.id)),
          ("source", .string(source)),
        ] + members)
      context.print(json.serialized(sortKeys: true))
      return
    }
    let language = context.language
    let texts = TextCatalogue.messages
    func t(_ key: String, count: Int? = nil, _ parameters: KeyValuePairs<String, String> = [:]) -> String {
      texts.text(key, language, count: count, parameters)
    }
    var lines: [String] = []
    let status =
      outcome.isCreated
      ? t("import.foreign_created", ["snapshot": String(info.id)])
      : t("import.unchanged", ["snapshot": String(info.id)])
    let records = report.sourceRecords
    lines.append(
      t(
        "import.foreign_line",
        [
          "code": entry.istatCode, "name": entry.name, "status": status, "source": source,
          "records": String(records),
          "unit": t(report.format == .glpi ? "import.unit_computers" : "import.unit_rows", count: records),
        ]))
    for (kind, label) in [(RecordType.asset, t("import.assets")), (.application, t("import.applications"))] {
      guard let change = report.changes[kind], change.total > 0 else { continue }
      var kinds = ""
      if kind == .asset && !report.createdAssetKinds.isEmpty {
        let sorted = report.createdAssetKinds.sorted { $0.key.rawValue < $1.key.rawValue }
        kinds = " (" + sorted.map { "\($0.value) \($0.key.rawValue)" }.joined(separator: ", ") + ")"
      }
      lines.append(
        t(
          "import.changes",
          [
            "label": label, "created": String(change.created), "kinds": kinds, "updated": String(change.updated),
            "unchanged": String(change.unchanged),
          ]))
    }
    if !report.counts.isEmpty {
      let counts = report.counts.sorted { $0.key < $1.key }.map {
        "\($0.key.replacingOccurrences(of: "_", with: " ")) \($0.value)"
      }
      lines.append(t("import.also_read", ["counts": counts.joined(separator: ", ")]))
    }
    let ignored = report.columns.filter { $0.reason == .ignored }
    let unknown = report.columns.filter { $0.reason == .unknown }
    if !ignored.isEmpty || !unknown.isEmpty || !report.values.isEmpty {
      lines.append(t("import.not_mapped"))
    }
    let sections = report.format == .glpi
    if !ignored.isEmpty {
      lines.append(
        t(
          sections ? "import.ignored_sections" : "import.ignored_columns", count: ignored.count,
          ["count": String(ignored.count), "names": ignored.map(\.name).joined(separator: ", ")]))
    }
    for unknownColumn in unknown {
      var line = t(
        sections ? "import.unknown_section" : "import.unknown_column",
        ["name": Diagnostic.quoted(unknownColumn.name)])
      if let number = unknownColumn.column { line += t("import.column_number", ["number": String(number)]) }
      if let path = unknownColumn.path { line += " (\(Diagnostic.visible(path, limit: 200)))" }
      if let suggestion = unknownColumn.suggestion { line += t("import.did_you_mean", ["suggestion": suggestion]) }
      lines.append(line)
    }
    let shown = 50
    for value in report.values.prefix(shown) {
      var place = value.line.map { t("import.line", ["line": String($0)]) } ?? ""
      if let column = value.column { place += t("import.column", ["column": String(column)]) }
      if let path = value.path.map({ Diagnostic.visible($0, limit: 200) }), value.column == nil {
        place += place.isEmpty ? path : " (\(path))"
      }
      lines.append(
        "  \(place) \(value.field): \(Diagnostic.quoted(value.value)): \(Diagnostic.visible(value.reason))")
    }
    if report.values.count > shown {
      lines.append(t("import.more_values", ["count": String(report.values.count - shown)]))
    }
    lines.append(t("import.store", ["path": context.databasePath]))
    context.print(lines.joined(separator: "\n"))
  }
}
