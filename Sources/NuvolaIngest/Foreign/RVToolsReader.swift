import NuvolaFormats
import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// Reads RVTools' vInfo sheet saved as CSV (one row per VM of a vCenter) into a comune's inventory:
/// every VM becomes an asset of kind `vm` with its vCPUs, memory, provisioned storage, operating
/// system and host; a host not yet in the inventory becomes an asset of kind `virtualization_host`.
/// Templates and SRM placeholders are not workloads and are skipped (and counted).
///
/// Pure: bytes in, merged inventory and report out. The mapping is in `docs/importers.md`.
public struct RVToolsReader: Sendable {
  public var register: Register

  public init(register: Register = .shipped) {
    self.register = register
  }

  enum Column: CaseIterable {
    case vm, powerstate, template, srmPlaceholder, cpus, memory, provisioned, os, osConfig, osTools
    case host, cluster, datacenter, annotation
  }

  /// Header keys (see `ForeignSheet.key`) of the mapped columns, with the spellings of older versions.
  static let columnKeys: [String: Column] = [
    "vm": .vm, "powerstate": .powerstate, "power state": .powerstate, "template": .template,
    "srm placeholder": .srmPlaceholder, "cpus": .cpus, "num cpu": .cpus, "memory": .memory,
    "memory mib": .memory, "memory mb": .memory, "provisioned mib": .provisioned,
    "provisioned mb": .provisioned, "os": .os, "os according to the configuration file": .osConfig,
    "os according to the vmware tools": .osTools, "host": .host, "cluster": .cluster,
    "datacenter": .datacenter, "annotation": .annotation,
  ]

  /// Columns of vInfo that Nuvola deliberately does not map (`docs/importers.md` says why).
  static let ignoredKeys: Set<String> = {
    var keys: Set<String> = [
      "config status", "dns name", "connection state", "guest state", "heartbeat", "consolidation needed",
      "poweron", "suspend time", "creation date", "change version", "nics", "disks",
      "total disk capacity mib", "total disk capacity mb", "fixed passthru hotplug",
      "min required evc mode key", "latency sensitivity", "op notification timeout", "enableuuid", "cbt",
      "primary ip address", "num monitors", "video ram kib", "resource pool", "folder id", "folder", "vapp",
      "das protection", "ft state", "ft role", "ft latency", "ft bandwidth", "ft secondary latency",
      "vm failover in progress", "in use mib", "in use mb", "unshared mib", "unshared mb",
      "ha restart priority", "ha isolation response", "ha vm monitoring", "cluster rule s",
      "cluster rule name s", "boot required", "boot delay", "boot retry delay", "boot retry enabled",
      "boot bios setup", "reboot poweroff", "efi secure boot", "firmware", "hw version",
      "hw upgrade status", "hw upgrade policy", "hw target", "path", "log directory", "snapshot directory",
      "suspend directory", "customization info", "guest detailed data", "vm id", "smbios uuid", "vm uuid",
      "vi sdk server type", "vi sdk api version", "vi sdk server", "vi sdk uuid",
    ]
    for number in 1...10 { keys.insert("network \(number)") }
    return keys
  }()

  static let powerStates: Set<String> = ["poweredon", "poweredoff", "suspended"]

  /// Reads the vInfo sheet saved as CSV, or the workbook RVTools writes (`.xlsx`, recognised by its
  /// ZIP signature): its vInfo sheet, with vHost and vDisk when present.
  public func read(
    _ bytes: [UInt8], file: String, into base: Inventory, baseName: String
  ) throws(InputError) -> ForeignImport {
    if RVToolsWorkbook.isArchive(bytes) {
      return try readWorkbook(bytes, file: file, into: base, baseName: baseName)
    }
    var merge = ForeignMerge(format: .rvtools, file: file, base: base, baseName: baseName)
    guard
      let sheet = ForeignSheet.read(
        bytes, file: file, format: .rvtools, problems: &merge.problems,
        isHeader: { $0.contains("vm") })
    else {
      try merge.problems.check()
      throw InputError(Diagnostic(file: file, message: "not an RVTools vInfo export"))
    }
    return try read(sheet, merge: merge, extras: RVToolsWorkbook.Extras())
  }

  /// Maps the vInfo rows of `sheet` (and the facts of the other sheets) into the merge.
  func read(_ sheet: ForeignSheet, merge: ForeignMerge, extras: RVToolsWorkbook.Extras) throws(InputError)
    -> ForeignImport
  {
    var merge = merge
    var columns = ForeignColumns(
      sheet: sheet, keys: RVToolsReader.columnKeys, ignored: RVToolsReader.ignoredKeys, merge: &merge)
    columns.require(.vm, named: "VM", merge: &merge)
    if merge.problems.structural { try merge.problems.check() }
    var state = Reading(sheet: sheet, columns: columns, extras: extras)
    for row in sheet.rows where !row.isMalformed && !ForeignSheet.isBlank(row) {
      merge.report.sourceRecords += 1
      state.vm(row, into: &merge)
    }
    merge.report.count("hosts", by: state.hosts.count)
    return try merge.finish(register: register)
  }

  /// The state of reading one sheet.
  private struct Reading {
    let sheet: ForeignSheet
    let columns: ForeignColumns<Column>
    /// Host text -> asset id, so that each host is looked up and merged once.
    var hosts: [String: String] = [:]
    let extras: RVToolsWorkbook.Extras

    init(sheet: ForeignSheet, columns: ForeignColumns<Column>, extras: RVToolsWorkbook.Extras) {
      self.sheet = sheet
      self.columns = columns
      self.extras = extras
    }

    func text(_ row: CSVRow, _ column: Column) -> String? { sheet.value(row, columns[column]) }

    func location(_ row: CSVRow, _ column: Column) -> ForeignLocation {
      columns[column].map { sheet.location(row, $0) } ?? ForeignLocation(line: row.line)
    }

    mutating func vm(_ row: CSVRow, into merge: inout ForeignMerge) {
      guard let name = text(row, .vm) else {
        merge.fail(
          location(row, .vm), value: nil, "the VM has no name", expected: "the VM's name in column VM")
        return
      }
      if let problem = InventoryValidator.textProblem(name, maxLength: 200) {
        merge.fail(location(row, .vm), value: name, problem, expected: "a VM name of at most 200 characters")
        return
      }
      if flag(row, .template, into: &merge) == true {
        merge.report.count("templates_skipped")
        return
      }
      if flag(row, .srmPlaceholder, into: &merge) == true {
        merge.report.count("srm_placeholders_skipped")
        return
      }
      if RVToolsReader.isSystemVM(name) {
        merge.report.count("system_vms_skipped")
        return
      }
      if text(row, .powerstate)?.lowercased() == "poweredoff" {
        merge.report.count("powered_off_skipped")
        return
      }
      var draft = ForeignMerge.Draft(
        id: ForeignID.make("vm", name), name: name, location: ForeignLocation(line: row.line),
        label: "VM \(Diagnostic.quoted(name))")
      if let cpus = text(row, .cpus) {
        if let count = ForeignNumber.integer(cpus) {
          draft.set("cores", .integer(count), at: location(row, .cpus))
        } else {
          merge.fail(
            location(row, .cpus), value: cpus, "not a whole number of vCPUs", expected: "a whole number")
        }
      }
      if let memory = text(row, .memory) {
        if let mib = ForeignNumber.parse(memory), let gb = ForeignNumber.wholeUnits(mib, per: 1024) {
          draft.set("ram_gb", .integer(gb), at: location(row, .memory))
        } else {
          merge.fail(
            location(row, .memory), value: memory, "not an amount of memory in MiB",
            expected: "a number of MiB (e.g. 8192)")
        }
      }
      if let provisioned = text(row, .provisioned) {
        if let mib = ForeignNumber.parse(provisioned), let gb = ForeignNumber.units(mib, per: 1024) {
          draft.set("storage_gb", .decimal(gb), at: location(row, .provisioned))
        } else {
          merge.fail(
            location(row, .provisioned), value: provisioned, "not an amount of storage in MiB",
            expected: "a number of MiB (e.g. 40960)")
        }
      } else if let disks = extras.diskMiB[name], let gb = ForeignNumber.units(disks.mib, per: 1024) {
        draft.set("storage_gb", .decimal(gb), at: disks.location)
      }
      operatingSystem(row, draft: &draft, into: &merge)
      var notes: [String] = []
      if let state = text(row, .powerstate) {
        notes.append("Power state: \(state)")
        if !RVToolsReader.powerStates.contains(state.lowercased()) {
          draft.unmapped(
            location(row, .powerstate), field: sheet.columnName(columns[.powerstate] ?? 0), value: state,
            reason: "not poweredOn, poweredOff or suspended: kept in notes")
        }
      }
      if let annotation = text(row, .annotation) { notes.append("Annotation: \(annotation)") }
      if !notes.isEmpty {
        draft.notes = notes.joined(separator: "; ")
        draft.notesLocation = location(row, columns[.powerstate] != nil ? .powerstate : .annotation)
      }
      if let hostName = text(row, .host), let host = host(hostName, row, into: &merge) {
        draft.set("host", .text(host), at: location(row, .host))
      }
      merge.mergeAsset(draft, kind: .vm, accepting: { $0 == .vm }, primary: true)
    }

    private func flag(_ row: CSVRow, _ column: Column, into merge: inout ForeignMerge) -> Bool? {
      guard let value = text(row, column) else { return nil }
      switch value.lowercased() {
      case "true", "yes", "1", "vero", "si", "sì", "x": return true
      case "false", "no", "0", "falso": return false
      default:
        merge.fail(location(row, column), value: value, "not true or false", expected: "True or False")
        return nil
      }
    }

    private func operatingSystem(
      _ row: CSVRow, draft: inout ForeignMerge.Draft, into merge: inout ForeignMerge
    ) {
      guard let column = [Column.osTools, .osConfig, .os].first(where: { text(row, $0) != nil }),
        let os = text(row, column)
      else { return }
      let place = location(row, column)
      let field = sheet.columnName(columns[column] ?? 0)
      switch OSNameSplitter.split(os) {
      case .split(let product, let version):
        draft.set("os", .text(product), at: place)
        if let version { draft.set("os_version", .text(version), at: place) }
      case .imprecise(let product, let version):
        draft.set("os", .text(product), at: place)
        draft.unmapped(
          place, field: field, value: os,
          reason: "version \(Diagnostic.quoted(version)) is not one version: os set to \(product), os_version left unknown")
      case .unrecognised:
        draft.set("os", .text(os), at: place)
        draft.unmapped(
          place, field: field, value: os,
          reason: "operating system not recognised: kept as written in os, os_version left unknown")
      }
    }

    /// The id of the VM's host: an asset already in the inventory (same id, same name, or same short
    /// name), else a new asset of kind virtualization_host.
    private mutating func host(_ name: String, _ row: CSVRow, into merge: inout ForeignMerge) -> String? {
      if let id = hosts[name] { return id }
      var draft = ForeignMerge.Draft(
        id: ForeignID.make("host", name), name: name, location: location(row, .host),
        label: "host \(Diagnostic.quoted(name))")
      if let short = RVToolsReader.shortName(name) { draft.aliases = [short] }
      var notes: [String] = []
      if let cluster = text(row, .cluster) { notes.append("Cluster: \(cluster)") }
      if let datacenter = text(row, .datacenter) { notes.append("Datacenter: \(datacenter)") }
      if !notes.isEmpty { draft.notes = notes.joined(separator: "; ") }
      extras.hosts[name]?.apply(to: &draft)
      let id = merge.mergeAsset(
        draft, kind: nil, newKind: .virtualizationHost, accepting: \.canHostVMs, primary: false)
      if let id { hosts[name] = id }
      return id
    }
  }

  /// Names of the VMs vSphere runs for itself (vSphere Cluster Services), not the comune's workloads.
  static let systemVMPrefixes = ["vcls-", "vcls ("]

  static func isSystemVM(_ name: String) -> Bool {
    let lowered = name.lowercased()
    return lowered == "vcls" || systemVMPrefixes.contains { lowered.hasPrefix($0) }
  }

  /// `esx01` for `esx01.comune.local`; nil for a name without a domain or an IP address.
  static func shortName(_ name: String) -> String? {
    guard let dot = name.firstIndex(of: "."), name.contains(where: \.isLetter) else { return nil }
    let short = String(name[..<dot])
    return short.isEmpty || short.allSatisfy(\.isNumber) ? nil : short
  }
}
