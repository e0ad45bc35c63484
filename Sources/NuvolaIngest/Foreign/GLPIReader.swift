import NuvolaFormats
import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// Reads GLPI's native inventory JSON (glpi-project/inventory_format; what the GLPI agent sends), one
/// computer per document or an array of them, into a comune's assets: each computer becomes an asset
/// (a VM when the agent says it runs virtualised, else server, pc or laptop from its chassis), and
/// the virtual machines it hosts become VMs hosted on it. Installed software is counted, never turned
/// into applications: a list of desktop programs is not a catalogue of the comune's services.
///
/// Pure: bytes in, merged inventory and report out. The mapping is in `docs/importers.md`.
public struct GLPIReader: Sendable {
  public var register: Register

  public init(register: Register = .shipped) {
    self.register = register
  }

  /// Sections of `content` that are mapped or counted.
  static let readKeys: Set<String> = [
    "hardware", "bios", "operatingsystem", "cpus", "memories", "storages", "virtualmachines", "softwares",
    "networks",
  ]

  /// Sections of `content` the format defines that Nuvola does not map.
  static let ignoredKeys: Set<String> = [
    "accesslog", "accountinfo", "antivirus", "batteries", "controllers", "drives", "envs", "firewalls",
    "inputs", "local_groups", "local_users", "physical_volumes", "volume_groups", "logical_volumes",
    "monitors", "ports", "printers", "processes", "remote_mgmt", "slots", "sounds", "usbdevices", "users",
    "videos", "licenseinfos", "modems", "firmwares", "simcards", "sensors", "powersupplies", "cameras",
    "network_ports", "network_components", "network_device", "pagecounters", "cartridges", "versionclient",
    "versionprovider", "databases_services", "storage",
  ]

  /// Chassis types (SMBIOS names as the agent writes them, as `ForeignSheet.key`) and the kind they mean.
  /// `tower` is a pc unless the operating system is a server one: tower servers exist.
  static let chassisKinds: [String: AssetKind] = [
    "laptop": .laptop, "notebook": .laptop, "portable": .laptop, "sub notebook": .laptop,
    "convertible": .laptop, "detachable": .laptop,
    "server": .server, "main server chassis": .server, "rack mount chassis": .server, "blade": .server,
    "multi system chassis": .server, "blade enclosure": .server,
    "desktop": .pc, "low profile desktop": .pc, "pizza box": .pc, "mini tower": .pc, "tower": .pc,
    "all in one": .pc, "space saving": .pc, "lunch box": .pc, "sealed case pc": .pc, "mini pc": .pc,
    "stick pc": .pc,
  ]

  /// Virtual machine types that are containers or OS-level partitions, not VMs.
  static let containerTypes: Set<String> = [
    "docker", "lxc", "lxd", "openvz", "vserver", "bsdjail", "solariszone", "virtuozzo", "podman", "jail",
  ]

  /// Texts BIOSes write where a serial, vendor or model is not set.
  static let placeholders: Set<String> = [
    "", "0", "none", "n a", "na", "to be filled by o e m", "to be filled by oem", "default string",
    "system serial number", "system manufacturer", "system product name", "not specified", "not applicable",
    "0123456789", "123456789", "1234567890", "chassis serial number", "serial number", "oem", "o e m",
  ]

  /// A sum of quantities that stops growing far beyond any plausible value (the validator then
  /// rejects it), so that a hostile file listing many huge parts cannot overflow it.
  static func add(_ sum: Int, _ value: Int) -> Int { min(sum + value, 1_000_000_000_000_000) }

  public func read(
    _ bytes: [UInt8], file: String, into base: Inventory, baseName: String
  ) throws(InputError) -> ForeignImport {
    var merge = ForeignMerge(format: .glpi, file: file, base: base, baseName: baseName)
    if InventoryReader.isBlank(bytes) {
      throw InputError(
        Diagnostic(file: file, message: "empty file", expected: ForeignFormat.glpi.expectation))
    }
    let root = try JSONParser().parse(bytes, file: file)
    var reading = Reading(file: file)
    switch root.value {
    case .object:
      reading.computer(root, path: .root, into: &merge)
    case .array(let items):
      for (index, item) in items.enumerated() {
        reading.computer(item, path: JSONPath.root.appending(index), into: &merge)
      }
    default:
      merge.fail(
        reading.location(root, .root), value: root.displayText,
        "the document is \(root.kindDescription), not a GLPI inventory",
        expected: ForeignFormat.glpi.expectation)
    }
    return try merge.finish(register: register)
  }

  private struct Reading {
    let file: String
    var reportedKeys: Set<String> = []

    init(file: String) { self.file = file }

    func location(_ node: JSONNode, _ path: JSONPath) -> ForeignLocation {
      ForeignLocation(line: node.line, column: node.column, path: path.description, text: node.displayText)
    }

    // MARK: Values

    /// A member that must be an object; nil when absent or null.
    func object(_ node: JSONNode, _ key: String, _ path: JSONPath, into merge: inout ForeignMerge)
      -> JSONNode?
    {
      guard let member = node[key], member.value != .null else { return nil }
      guard case .object = member.value else {
        merge.fail(
          location(member, path.appending(key)), value: member.displayText,
          "\(member.kindDescription) where an object is needed", expected: "an object {...}")
        return nil
      }
      return member
    }

    /// A member that must be an array; empty when absent or null.
    func array(_ node: JSONNode, _ key: String, _ path: JSONPath, into merge: inout ForeignMerge)
      -> [JSONNode]
    {
      guard let member = node[key], member.value != .null else { return [] }
      guard case .array(let items) = member.value else {
        merge.fail(
          location(member, path.appending(key)), value: member.displayText,
          "\(member.kindDescription) where an array is needed", expected: "an array [...]")
        return []
      }
      return items
    }

    /// A text member, trimmed; nil when absent, null, empty or an unknown word. Numbers are read as
    /// their literal (agents write some names as numbers).
    func string(_ node: JSONNode?, _ key: String, _ path: JSONPath, into merge: inout ForeignMerge) -> String?
    {
      guard let node, let member = node[key] else { return nil }
      switch member.value {
      case .null: return nil
      case .string(let text):
        let trimmed = FieldDecoder.trimmed(text)
        return FieldDecoder.isUnknown(trimmed) ? nil : trimmed
      case .number(let literal): return literal
      default:
        merge.fail(
          location(member, path.appending(key)), value: member.displayText,
          "\(member.kindDescription) where a string is needed", expected: "a string in double quotes")
        return nil
      }
    }

    /// A whole non-negative number (a JSON number, or a string of digits); nil when absent or null.
    func integer(
      _ node: JSONNode?, _ key: String, _ path: JSONPath, unit: String, into merge: inout ForeignMerge
    ) -> Int? {
      guard let node, let member = node[key] else { return nil }
      var text: String
      switch member.value {
      case .null: return nil
      case .number(let literal): text = literal
      case .string(let string):
        text = FieldDecoder.trimmed(string)
        if FieldDecoder.isUnknown(text) { return nil }
      default: text = member.displayText
      }
      guard let value = ForeignNumber.integer(text), value >= 0 else {
        merge.fail(
          location(member, path.appending(key)), value: member.displayText,
          "not a whole number of \(unit)", expected: "a whole number of \(unit), 0 or more")
        return nil
      }
      return value
    }

    func isPlaceholder(_ text: String?) -> Bool {
      guard let text else { return true }
      let key = ForeignSheet.key(text)
      return GLPIReader.placeholders.contains(key) || key.allSatisfy { $0 == "0" || $0 == " " }
    }

    // MARK: Computers

    mutating func computer(_ node: JSONNode, path: JSONPath, into merge: inout ForeignMerge) {
      guard case .object = node.value else {
        merge.fail(
          location(node, path), value: node.displayText, "\(node.kindDescription) where an object is needed",
          expected: "a GLPI inventory object {\"content\": {...}, \"deviceid\": \"...\"}")
        return
      }
      merge.report.sourceRecords += 1
      if let itemtype = string(node, "itemtype", path, into: &merge), itemtype.lowercased() != "computer" {
        merge.report.count("non_computers_skipped")
        merge.unmapped(
          location(node["itemtype"] ?? node, path.appending("itemtype")), field: "itemtype", value: itemtype,
          reason: "not a computer: not imported (only computers are read)")
        return
      }
      let contentPath = path.appending("content")
      guard let content = object(node, "content", path, into: &merge) else {
        if node["content"] == nil {
          merge.fail(
            location(node, contentPath), value: nil, "the required key \"content\" is missing",
            expected: ForeignFormat.glpi.expectation)
        }
        return
      }
      reportSections(content, contentPath, into: &merge)
      let hardwarePath = contentPath.appending("hardware")
      let biosPath = contentPath.appending("bios")
      let osPath = contentPath.appending("operatingsystem")
      let hardware = object(content, "hardware", contentPath, into: &merge)
      let bios = object(content, "bios", contentPath, into: &merge)
      let system = object(content, "operatingsystem", contentPath, into: &merge)
      let name = string(hardware, "name", hardwarePath, into: &merge)
      var serial = string(bios, "ssn", biosPath, into: &merge)
      if isPlaceholder(serial) { serial = nil }
      guard let identity = serial ?? name else {
        merge.fail(
          location(content, contentPath), value: nil, "the computer has neither a name nor a serial number",
          expected: "content.hardware.name or content.bios.ssn")
        return
      }
      if let name, let problem = InventoryValidator.textProblem(name, maxLength: 200) {
        merge.fail(
          location(hardware?["name"] ?? content, hardwarePath.appending("name")), value: name, problem,
          expected: "a name of at most 200 characters")
        return
      }
      let id = ForeignID.make("glpi", identity)
      var draft = ForeignMerge.Draft(
        id: id, name: name, location: location(node, path), label: "computer \(Diagnostic.quoted(name ?? identity))")
      let fullName = string(system, "full_name", osPath, into: &merge)
      let osName = string(system, "name", osPath, into: &merge)
      let serverOS = (fullName ?? osName ?? "").lowercased().contains("server")
      let vmsystem = string(hardware, "vmsystem", hardwarePath, into: &merge)
      if let system = vmsystem, GLPIReader.containerTypes.contains(system.lowercased()) {
        merge.report.count("containers_skipped")
        merge.unmapped(
          location(hardware?["vmsystem"] ?? content, hardwarePath.appending("vmsystem")), field: "vmsystem",
          value: system, reason: "the agent runs in a container, not on a computer: not imported")
        return
      }
      let kind = self.kind(
        hardware, hardwarePath, vmsystem: vmsystem, serverOS: serverOS, fallback: content, draft: &draft,
        into: &merge)
      if let vendor = string(bios, "smanufacturer", biosPath, into: &merge), !isPlaceholder(vendor) {
        draft.set(
          "vendor", .text(vendor),
          at: location(bios?["smanufacturer"] ?? content, biosPath.appending("smanufacturer")))
      }
      if let model = string(bios, "smodel", biosPath, into: &merge), !isPlaceholder(model) {
        draft.set(
          "model", .text(model), at: location(bios?["smodel"] ?? content, biosPath.appending("smodel")))
      }
      hardwareFacts(content, contentPath, hardware: hardware, draft: &draft, into: &merge)
      operatingSystem(system, osPath, fullName: fullName, name: osName, draft: &draft, into: &merge)
      var notes: [String] = []
      if let serial { notes.append("Serial: \(serial)") }
      if let uuid = string(hardware, "uuid", hardwarePath, into: &merge) { notes.append("UUID: \(uuid)") }
      if let date = string(bios, "bdate", biosPath, into: &merge) { notes.append("BIOS date: \(date)") }
      if !notes.isEmpty { draft.notes = notes.joined(separator: "; ") }
      if kind == .vm, let hostSerial = string(hardware, "vmhostserial", hardwarePath, into: &merge) {
        let hostID = ForeignID.make("glpi", hostSerial)
        let place = location(hardware?["vmhostserial"] ?? content, hardwarePath.appending("vmhostserial"))
        if let host = merge.asset(id: hostID), host.kind.canHostVMs {
          draft.set("host", .text(hostID), at: place)
        } else {
          draft.unmapped(
            place, field: "vmhostserial", value: hostSerial,
            reason: "no server or virtualisation host with this serial in the inventory: host not set")
        }
      }
      let accepting: (AssetKind) -> Bool = kind == .vm ? { $0 == .vm } : { $0 != .vm }
      guard
        let computerID = merge.mergeAsset(
          draft, kind: kind, newKind: .other, accepting: accepting, primary: true)
      else { return }
      merge.report.count("softwares", by: array(content, "softwares", contentPath, into: &merge).count)
      merge.report.count("networks", by: array(content, "networks", contentPath, into: &merge).count)
      let machines = array(content, "virtualmachines", contentPath, into: &merge)
      for (index, machine) in machines.enumerated() {
        virtualMachine(
          machine, contentPath.appending("virtualmachines").appending(index), hostID: computerID, into: &merge
        )
      }
    }

    /// Lists the sections of `content` that are not read, once per file.
    private mutating func reportSections(
      _ content: JSONNode, _ path: JSONPath, into merge: inout ForeignMerge
    ) {
      guard case .object(let members) = content.value else { return }
      for member in members
      where !GLPIReader.readKeys.contains(member.key) && !reportedKeys.contains(member.key) {
        reportedKeys.insert(member.key)
        merge.report.columns.append(
          UnmappedColumn(
            name: member.key, path: path.appending(member.key).description,
            reason: GLPIReader.ignoredKeys.contains(member.key) ? .ignored : .unknown))
      }
    }

    /// The kind of a computer: `vm` when the agent says it runs virtualised, else from its chassis;
    /// nil (reported) when the chassis is not given or not recognised. `fallback` (the content) is
    /// where the report points when there is no hardware section.
    private func kind(
      _ hardware: JSONNode?, _ path: JSONPath, vmsystem: String?, serverOS: Bool, fallback: JSONNode,
      draft: inout ForeignMerge.Draft, into merge: inout ForeignMerge
    ) -> AssetKind? {
      if let vmsystem, vmsystem.lowercased() != "physical" { return .vm }
      let key = hardware?["chassis_type"] != nil ? "chassis_type" : "type"
      guard let hardware, let chassis = string(hardware, key, path, into: &merge) else {
        draft.unmapped(
          location(hardware ?? fallback, path.appending("chassis_type")),
          field: "chassis_type", value: "",
          reason: "no chassis type: the kind is not known (a new asset is of kind other, an existing one "
            + "keeps its kind)")
        return nil
      }
      let place = location(hardware[key] ?? hardware, path.appending(key))
      let chassisKey = ForeignSheet.key(chassis)
      guard var kind = GLPIReader.chassisKinds[chassisKey] else {
        draft.unmapped(
          place, field: key, value: chassis,
          reason: "chassis type not recognised: the kind is not known (a new asset is of kind other, an "
            + "existing one keeps its kind)")
        return nil
      }
      if chassisKey == "tower" && serverOS { kind = .server }
      return kind
    }

    private func hardwareFacts(
      _ content: JSONNode, _ path: JSONPath, hardware: JSONNode?, draft: inout ForeignMerge.Draft,
      into merge: inout ForeignMerge
    ) {
      let cpusPath = path.appending("cpus")
      var cores = 0
      var coresKnown = false
      for (index, cpu) in array(content, "cpus", path, into: &merge).enumerated() {
        let itemPath = cpusPath.appending(index)
        let count =
          integer(cpu, "core", itemPath, unit: "cores", into: &merge)
          ?? integer(cpu, "corecount", itemPath, unit: "cores", into: &merge)
        if let count {
          cores = GLPIReader.add(cores, count)
          coresKnown = true
        }
      }
      if coresKnown, cores > 0, let node = content["cpus"] {
        draft.set("cores", .integer(cores), at: location(node, cpusPath))
      }
      let memoriesPath = path.appending("memories")
      var memory = 0
      var memoryKnown = false
      for (index, module) in array(content, "memories", path, into: &merge).enumerated() {
        if let capacity = integer(module, "capacity", memoriesPath.appending(index), unit: "MB", into: &merge)
        {
          memory = GLPIReader.add(memory, capacity)
          memoryKnown = true
        }
      }
      if memoryKnown, let node = content["memories"],
        let gb = ForeignNumber.wholeUnits(Double(memory), per: 1024)
      {
        draft.set("ram_gb", .integer(gb), at: location(node, memoriesPath))
      } else if let total = integer(hardware, "memory", path.appending("hardware"), unit: "MB", into: &merge),
        let node = hardware?["memory"], let gb = ForeignNumber.wholeUnits(Double(total), per: 1024)
      {
        draft.set("ram_gb", .integer(gb), at: location(node, path.appending("hardware").appending("memory")))
      }
      let storagesPath = path.appending("storages")
      var disks = 0
      var disksKnown = false
      for (index, storage) in array(content, "storages", path, into: &merge).enumerated() {
        let itemPath = storagesPath.appending(index)
        let type = (string(storage, "type", itemPath, into: &merge) ?? "").lowercased()
        let interface = (string(storage, "interface", itemPath, into: &merge) ?? "").uppercased()
        let removable = ["cd", "dvd", "rom", "floppy", "removable", "tape", "usb"].contains {
          type.contains($0)
        }
        if removable || interface == "USB" {
          merge.report.count("storages_skipped")
          continue
        }
        if let size = integer(storage, "disksize", itemPath, unit: "MB", into: &merge) {
          disks = GLPIReader.add(disks, size)
          disksKnown = true
        }
      }
      if disksKnown, let node = content["storages"], let gb = ForeignNumber.units(Double(disks), per: 1000) {
        draft.set("storage_gb", .decimal(gb), at: location(node, storagesPath))
      }
    }

    private func operatingSystem(
      _ system: JSONNode?, _ path: JSONPath, fullName: String?, name: String?,
      draft: inout ForeignMerge.Draft,
      into merge: inout ForeignMerge
    ) {
      guard let system else { return }
      let version = string(system, "version", path, into: &merge)
      if let fullName {
        let place = location(system["full_name"] ?? system, path.appending("full_name"))
        switch OSNameSplitter.split(fullName) {
        case .split(let product, let splitVersion):
          draft.set("os", .text(product), at: place)
          if let splitVersion { draft.set("os_version", .text(splitVersion), at: place) }
          return
        case .imprecise(let product, let text):
          draft.set("os", .text(product), at: place)
          draft.unmapped(
            place, field: "full_name", value: fullName,
            reason: "version \(Diagnostic.quoted(text)) is not one version: os_version left unknown")
          return
        case .unrecognised:
          break
        }
      }
      // Not a product Nuvola knows: the agent's own name and version, as written.
      if let name {
        draft.set("os", .text(name), at: location(system["name"] ?? system, path.appending("name")))
        if let version {
          draft.set(
            "os_version", .text(version), at: location(system["version"] ?? system, path.appending("version"))
          )
        }
      } else if let fullName {
        draft.set(
          "os", .text(fullName), at: location(system["full_name"] ?? system, path.appending("full_name")))
      }
    }

    private func virtualMachine(
      _ node: JSONNode, _ path: JSONPath, hostID: String, into merge: inout ForeignMerge
    ) {
      guard case .object = node.value else {
        merge.fail(
          location(node, path), value: node.displayText, "\(node.kindDescription) where an object is needed",
          expected: "an object describing a virtual machine")
        return
      }
      guard let name = string(node, "name", path, into: &merge) else {
        merge.fail(
          location(node, path.appending("name")), value: nil, "the virtual machine has no name",
          expected: "a string with the virtual machine's name")
        return
      }
      let type = (string(node, "vmtype", path, into: &merge) ?? "").lowercased()
      if GLPIReader.containerTypes.contains(type) {
        merge.report.count("containers_skipped")
        return
      }
      guard type != "physical" else { return }
      guard let host = merge.asset(id: hostID), host.kind.canHostVMs else {
        let kind = merge.asset(id: hostID)?.kind.rawValue ?? "other"
        merge.unmapped(
          location(node, path), field: "virtualmachines", value: name,
          reason: "runs on a computer of kind \(kind), which cannot host VMs in an inventory: not imported",
          record: hostID)
        merge.report.count("virtual_machines_skipped")
        return
      }
      if let problem = InventoryValidator.textProblem(name, maxLength: 200) {
        merge.fail(
          location(node, path.appending("name")), value: name, problem,
          expected: "a name of at most 200 characters")
        return
      }
      var draft = ForeignMerge.Draft(
        id: ForeignID.make("vm", name), name: name, location: location(node, path),
        label: "virtual machine \(Diagnostic.quoted(name))")
      if let vcpu = integer(node, "vcpu", path, unit: "vCPUs", into: &merge), vcpu > 0 {
        draft.set("cores", .integer(vcpu), at: location(node["vcpu"] ?? node, path.appending("vcpu")))
      }
      if let memory = integer(node, "memory", path, unit: "MB", into: &merge),
        let gb = ForeignNumber.wholeUnits(Double(memory), per: 1024)
      {
        draft.set("ram_gb", .integer(gb), at: location(node["memory"] ?? node, path.appending("memory")))
      }
      draft.set("host", .text(hostID), at: location(node, path))
      var notes: [String] = []
      if let status = string(node, "status", path, into: &merge) { notes.append("Status: \(status)") }
      if !type.isEmpty { notes.append("Type: \(type)") }
      if let subsystem = string(node, "subsystem", path, into: &merge) {
        notes.append("Subsystem: \(subsystem)")
      }
      if let uuid = string(node, "uuid", path, into: &merge) { notes.append("UUID: \(uuid)") }
      if !notes.isEmpty { draft.notes = notes.joined(separator: "; ") }
      merge.mergeAsset(draft, kind: .vm, accepting: { $0 == .vm }, primary: true)
    }
  }
}
