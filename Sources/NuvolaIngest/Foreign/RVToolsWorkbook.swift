import NuvolaFormats
import NuvolaModel
import NuvolaSupport

/// The workbook RVTools exports (`.xlsx`): the vInfo sheet read as its CSV export is, and two sheets
/// that add facts when present: vHost (each host's cores, memory, vendor, model and ESXi version)
/// and vDisk (a VM's disks, summed into its storage when vInfo gives no provisioned size).
enum RVToolsWorkbook {
  /// Whether the bytes are a ZIP archive (an `.xlsx`), not a CSV text.
  static func isArchive(_ bytes: [UInt8]) -> Bool { bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

  /// Facts of the sheets other than vInfo, by host name and by VM name.
  struct Extras {
    var hosts: [String: HostFacts] = [:]
    var diskMiB: [String: (mib: Double, location: ForeignLocation)] = [:]
  }

  /// What vHost says about one host, set on its draft when vInfo names it.
  struct HostFacts {
    var updates: [(field: String, value: FieldValue, location: ForeignLocation)] = []

    func apply(to draft: inout ForeignMerge.Draft) {
      for update in updates { draft.set(update.field, update.value, at: update.location) }
    }
  }

  /// The columns of a sheet by header key (`ForeignSheet.key`): the first of each.
  static func columns(_ sheet: ForeignSheet) -> [String: Int] {
    var columns: [String: Int] = [:]
    for (index, cell) in sheet.header.cells.enumerated() {
      let key = ForeignSheet.key(cell.text)
      if !key.isEmpty && columns[key] == nil { columns[key] = index }
    }
    return columns
  }

  static func hosts(_ sheet: ForeignSheet, merge: inout ForeignMerge) -> [String: HostFacts] {
    let columns = columns(sheet)
    guard let hostColumn = columns["host"] else { return [:] }
    func column(_ keys: String...) -> Int? { keys.lazy.compactMap { columns[$0] }.first }
    let cores = column("cores", "num cores", "cpu cores")
    let memory = column("memory", "memory mb", "memory mib")
    let vendor = column("vendor")
    let model = column("model")
    let version = column("esx version")
    var hosts: [String: HostFacts] = [:]
    for row in sheet.rows where !row.isMalformed && !ForeignSheet.isBlank(row) {
      guard let name = sheet.value(row, hostColumn), hosts[name] == nil else { continue }
      var facts = HostFacts()
      if let cores, let text = sheet.value(row, cores) {
        if let count = ForeignNumber.integer(text) {
          facts.updates.append(("cores", .integer(count), sheet.location(row, cores)))
        } else {
          merge.fail(
            sheet.location(row, cores), value: text, "not a whole number of cores", expected: "a whole number"
          )
        }
      }
      if let memory, let text = sheet.value(row, memory) {
        if let mib = ForeignNumber.parse(text), let gb = ForeignNumber.wholeUnits(mib, per: 1024) {
          facts.updates.append(("ram_gb", .integer(gb), sheet.location(row, memory)))
        } else {
          merge.fail(
            sheet.location(row, memory), value: text, "not an amount of memory in MB",
            expected: "a number of MB (e.g. 393216)")
        }
      }
      for (field, column) in [("vendor", vendor), ("model", model)] {
        if let column, let text = sheet.value(row, column) {
          facts.updates.append((field, .text(text), sheet.location(row, column)))
        }
      }
      if let version, let text = sheet.value(row, version),
        case .split(let os, let number) = OSNameSplitter.split(text)
      {
        facts.updates.append(("os", .text(os), sheet.location(row, version)))
        if let number { facts.updates.append(("os_version", .text(number), sheet.location(row, version))) }
      }
      hosts[name] = facts
    }
    return hosts
  }

  static func disks(_ sheet: ForeignSheet, merge: inout ForeignMerge) -> [String: (
    mib: Double, location: ForeignLocation
  )] {
    let columns = columns(sheet)
    guard let vm = columns["vm"], let capacity = columns["capacity mib"] ?? columns["capacity mb"] else {
      return [:]
    }
    var disks: [String: (mib: Double, location: ForeignLocation)] = [:]
    for row in sheet.rows where !row.isMalformed && !ForeignSheet.isBlank(row) {
      guard let name = sheet.value(row, vm), let text = sheet.value(row, capacity) else { continue }
      guard let mib = ForeignNumber.parse(text) else {
        merge.fail(
          sheet.location(row, capacity), value: text, "not a disk capacity in MiB",
          expected: "a number of MiB")
        continue
      }
      let location = disks[name]?.location ?? sheet.location(row, capacity)
      disks[name] = ((disks[name]?.mib ?? 0) + mib, location)
    }
    return disks
  }

  /// A problem put where a spreadsheet user finds it: `vInfo!F5 (Memory)` for a cell of a sheet.
  static func located(_ diagnostic: Diagnostic, sheets: [WorkbookSheet]) -> Diagnostic {
    guard let path = diagnostic.path, let line = diagnostic.line,
      let sheet = sheets.first(where: { path.hasPrefix($0.name + " column ") })
    else { return diagnostic }
    let column = path.dropFirst(sheet.name.count + " column ".count)
    var located = diagnostic
    located.path =
      (diagnostic.column.map { sheet.reference(row: line, column: $0) } ?? "sheet \(sheet.name), row \(line)")
      + " (\(column))"
    located.line = nil
    located.column = nil
    return located
  }
}

extension RVToolsReader {
  /// Reads the workbook RVTools writes: vInfo required, vHost and vDisk when present.
  func readWorkbook(_ bytes: [UInt8], file: String, into base: Inventory, baseName: String) throws(InputError)
    -> ForeignImport
  {
    let workbook = try InventoryWorkbookReader.workbook(bytes, file: file)
    guard let info = workbook.sheet(named: "vInfo") else {
      throw InputError(
        Diagnostic(
          file: file, value: workbook.sheets.prefix(8).map(\.name).joined(separator: ", "),
          message: "no vInfo sheet in the workbook",
          expected: "an RVTools export (.xlsx) with its vInfo sheet, or the vInfo sheet saved as CSV"))
    }
    var merge = ForeignMerge(format: .rvtools, file: file, base: base, baseName: baseName)
    var sheets = [info]
    func foreign(_ sheet: WorkbookSheet, isHeader: ([String]) -> Bool) -> ForeignSheet? {
      guard let table = CSVTable(sheet: sheet, file: file) else { return nil }
      return ForeignSheet.read(
        table: table, file: file, sheetName: sheet.name, format: .rvtools, problems: &merge.problems,
        isHeader: isHeader)
    }
    var extras = RVToolsWorkbook.Extras()
    if let host = workbook.sheet(named: "vHost"), let sheet = foreign(host, isHeader: { $0.contains("host") })
    {
      sheets.append(host)
      extras.hosts = RVToolsWorkbook.hosts(sheet, merge: &merge)
    }
    if let disk = workbook.sheet(named: "vDisk"), let sheet = foreign(disk, isHeader: { $0.contains("vm") }) {
      sheets.append(disk)
      extras.diskMiB = RVToolsWorkbook.disks(sheet, merge: &merge)
    }
    do throws(InputError) {
      guard let sheet = foreign(info, isHeader: { $0.contains("vm") }) else {
        try merge.problems.check()
        throw InputError(
          Diagnostic(
            file: file, path: "sheet \(info.name)", message: "empty sheet",
            expected: ForeignFormat.rvtools.expectation))
      }
      return try read(sheet, merge: merge, extras: extras)
    } catch {
      throw InputError(
        error.diagnostics.map { RVToolsWorkbook.located($0, sheets: sheets) }, omitted: error.omitted)
    }
  }
}
