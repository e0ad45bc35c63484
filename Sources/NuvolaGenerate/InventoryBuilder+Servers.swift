import NuvolaModel

extension InventoryBuilder {
  /// Servers, virtualisation hosts, the first VMs, storage and NAS, by tier: a village has at most
  /// one old server and a NAS; a capoluogo a VMware cluster with a SAN.
  mutating func makeServers() {
    switch profile.tier {
    case .micro, .small:
      if random.chance(profile.tier == .micro ? 0.3 : 0.7) {
        let server = addServer(name: "SRV01", years: (2011, 2020), site: mainSite)
        directoryHost = server
        applicationHosts = [server]
        if random.chance(0.5) { fileHost = server }
      }
      let nas = addNAS(name: "NAS01", site: mainSite)
      if fileHost == nil { fileHost = nas }
      backupHost = nas
    case .medium:
      var physical = profile.physicalServers
      if profile.virtualMachines > 0 {
        vmHosts = [addHost(number: 1, year: year(2015, 2024), site: mainSite)]
        physical -= 1
        let controller = addVM(name: "VM-DC01", system: windows(), cores: 2...4, ram: [8, 16])
        directoryHost = controller
        fileHost = controller
      }
      for number in 1...max(1, physical) {
        let name: String
        if directoryHost == nil {
          name = "SRV-DC01"
        } else if number == physical, physical >= 3 {
          name = "SRV-BCK01"
        } else {
          name = "SRV-APP" + InventoryBuilder.padded(applicationHosts.count + 1)
        }
        let server = addServer(name: name, years: (2012, 2024), site: mainSite)
        if directoryHost == nil {
          directoryHost = server
          fileHost = server
          if physical == 1 { applicationHosts.append(server) }
        } else if name == "SRV-BCK01" {
          backupHost = server
        } else {
          applicationHosts.append(server)
        }
      }
      let nas = addNAS(name: "NAS01", site: mainSite)
      if backupHost == nil { backupHost = nas }
    case .large, .city, .metro:
      makeCluster()
    }
  }

  /// A virtualisation cluster with its first VMs, a backup server, legacy servers and storage.
  private mutating func makeCluster() {
    let perHost = random.int(10...14)
    let minimum = profile.tier == .large ? 1 : 2
    let hostCount = min(16, max(minimum, (profile.virtualMachines + perHost - 1) / perHost))
    let clusterYear = year(2016, 2024)
    for number in 1...hostCount {
      vmHosts.append(addHost(number: number, year: clusterYear, site: mainSite))
    }
    directoryHost = addVM(name: "VM-DC01", system: windows(), cores: 2...4, ram: [8, 16])
    fileHost = addVM(
      name: "VM-FS01", system: windows(), cores: 2...4, ram: [8, 16, 32], disk: 2_000...12_000)
    applicationHosts.append(addVM(name: "VM-SQL01", system: windows(), cores: 4...8, ram: [32, 64]))
    backupHost = addServer(name: "SRV-BCK01", years: (2016, 2024), site: mainSite)
    for number in 0..<max(0, profile.physicalServers - 1) {
      let legacy = addServer(
        name: "SRV-LEG" + InventoryBuilder.padded(number + 1), years: (2010, 2020), site: mainSite)
      applicationHosts.append(legacy)
    }
    let arrays = profile.tier.of(1, 1, 1, 1, random.int(1...2), random.int(2...4))
    for number in 1...arrays {
      addStorage(name: "SAN" + InventoryBuilder.padded(number), year: clusterYear, site: mainSite)
    }
    for number in 1...random.int(1...2) {
      addNAS(name: "NAS" + InventoryBuilder.padded(number), site: mainSite)
    }
    if let recovery = sites.first(where: { $0.kind == .colocation }) {
      let year = year(2019, 2024)
      // The recovery hosts take replicas, not new VMs: they stay out of the placement rotation.
      addHost(number: hostCount + 1, year: year, site: recovery.id)
      addHost(number: hostCount + 2, year: year, site: recovery.id)
      addStorage(name: "SAN-DR01", year: year, site: recovery.id)
    }
  }

  // MARK: - Single assets

  @discardableResult
  mutating func addServer(name: String, years: (Int, Int), site: String) -> String {
    let id = "srv-" + InventoryBuilder.padded(servers.count(where: { $0.kind == .server }) + 1)
    let bought = year(years.0, years.1)
    let model = HardwareCatalogue.model(HardwareCatalogue.servers, year: bought, random: &random)
    let system = HardwareCatalogue.windowsServer(boughtIn: bought, random: &random)
    var server = Asset(id: id, kind: .server)
    server.name = name
    server.site = site
    server.vendor = model.vendor
    server.model = model.model
    server.purchaseYear = known(bought)
    server.endOfSupport = known(day(afterYears: random.int(5...7), from: bought))
    server.cores = known(bought < 2016 ? random.pick([8, 12]) : random.pick([12, 16, 20, 24]))
    server.ram = known(bought < 2016 ? random.pick([16, 32, 48]) : random.pick([32, 64, 96, 128]))
    server.storage = known(Double(random.pick([600, 1_200, 1_800, 2_400, 4_000])))
    server.power = known(random.int(180...420))
    server.os = system.os
    server.osVersion = system.version
    if random.chance(0.4) { server.maintenanceCost = InventoryBuilder.euros(random.double(300...1_500)) }
    servers.append(server)
    siteOfAsset[id] = site
    return id
  }

  @discardableResult
  mutating func addHost(number: Int, year bought: Int, site: String) -> String {
    let id = "host-" + InventoryBuilder.padded(number)
    let model = HardwareCatalogue.model(HardwareCatalogue.servers, year: bought, random: &random)
    let system = HardwareCatalogue.hypervisor(boughtIn: bought, random: &random)
    var host = Asset(id: id, kind: .virtualizationHost)
    host.name = (system.os == "Proxmox VE" ? "PVE" : "ESX") + InventoryBuilder.padded(number)
    host.site = site
    host.vendor = model.vendor
    host.model = model.model
    host.purchaseYear = bought
    host.endOfSupport = known(day(afterYears: random.int(5...7), from: bought))
    host.cores = random.pick([16, 24, 32, 48, 64])
    host.ram = random.pick([128, 192, 256, 384, 512, 768])
    host.storage = known(Double(random.pick([480, 960, 1_920])))
    host.power = known(random.int(350...650))
    host.os = system.os
    host.osVersion = system.version
    if random.chance(0.6) { host.maintenanceCost = InventoryBuilder.euros(random.double(600...2_500)) }
    servers.append(host)
    siteOfAsset[id] = site
    return id
  }

  @discardableResult
  mutating func addVM(
    name: String, system: HardwareCatalogue.System, cores: ClosedRange<Int>, ram: [Int],
    disk: ClosedRange<Int> = 80...600
  ) -> String {
    let id = "vm-" + InventoryBuilder.padded(virtualMachines.count + 1, 3)
    let host = vmHosts[nextVMHost % vmHosts.count]
    nextVMHost += 1
    var vm = Asset(id: id, kind: .vm)
    vm.name = name
    vm.host = host
    vm.cores = random.int(cores)
    vm.ram = random.pick(ram)
    vm.storage = Double(random.int((disk.lowerBound / 10)...(disk.upperBound / 10)) * 10)
    vm.os = system.os
    vm.osVersion = system.version
    vm.endOfSupport = system.endOfSupport
    virtualMachines.append(vm)
    siteOfAsset[id] = siteOfAsset[host]
    return id
  }

  @discardableResult
  mutating func addNAS(name: String, site: String) -> String {
    let id = "nas-" + InventoryBuilder.padded(servers.count(where: { $0.kind == .nas }) + 1)
    let bought = year(2012, 2024)
    let model = HardwareCatalogue.model(HardwareCatalogue.nas, year: bought, random: &random)
    var nas = Asset(id: id, kind: .nas)
    nas.name = name
    nas.site = site
    nas.vendor = model.vendor
    nas.model = model.model
    nas.purchaseYear = known(bought)
    nas.endOfSupport = known(day(afterYears: random.int(5...8), from: bought))
    nas.storage = known(Double(random.pick([2_000, 4_000, 8_000, 12_000, 16_000, 24_000])))
    nas.power = known(random.int(30...90))
    nas.os = model.vendor == "Synology" ? "DSM" : "QTS"
    servers.append(nas)
    siteOfAsset[id] = site
    return id
  }

  mutating func addStorage(name: String, year bought: Int, site: String) {
    let id = "san-" + InventoryBuilder.padded(servers.count(where: { $0.kind == .storage }) + 1)
    let model = HardwareCatalogue.model(HardwareCatalogue.storageArrays, year: bought, random: &random)
    var array = Asset(id: id, kind: .storage)
    array.name = name
    array.site = site
    array.vendor = model.vendor
    array.model = model.model
    array.purchaseYear = bought
    array.endOfSupport = known(day(afterYears: random.int(5...7), from: bought))
    array.storage = Double(random.pick([15_000, 20_000, 30_000, 50_000, 80_000, 120_000]))
    array.power = known(random.int(350...900))
    array.maintenanceCost = known(InventoryBuilder.euros(random.double(2_000...9_000), step: 100))
    servers.append(array)
    siteOfAsset[id] = site
  }

  /// A Windows Server release for a VM: VMs outlive the hosts they run on, so old releases linger.
  mutating func windows() -> HardwareCatalogue.System {
    HardwareCatalogue.windowsServer[random.weighted([5, 20, 30, 28, 17])]
  }

  mutating func linux() -> HardwareCatalogue.System {
    HardwareCatalogue.linux[random.weighted([6, 6, 14, 24, 14, 20, 8])]
  }

  /// The asset an on-premise application runs on: a VM of its own while the comune's VM count
  /// allows, otherwise the existing application servers in turn.
  mutating func hostForApplication(_ template: ApplicationTemplate) -> String? {
    switch template.key {
    case "file-server", "intranet": return fileHost ?? directoryHost
    case "directory", "stampa": return directoryHost
    case "backup": return backupHost ?? directoryHost
    default: break
    }
    if !vmHosts.isEmpty, virtualMachines.count < profile.virtualMachines {
      let name = "VM-" + template.key.uppercased().replacingOccurrences(of: "-", with: "")
      let system = template.key == "gis" || template.key == "sito-web" ? linux() : windows()
      let vm = addVM(name: name, system: system, cores: 2...8, ram: [8, 16, 32])
      applicationHosts.append(vm)
      return vm
    }
    if applicationHosts.isEmpty { return directoryHost }
    let host = applicationHosts[nextApplicationHost % applicationHosts.count]
    nextApplicationHost += 1
    return host
  }

  /// Tops the VMs up to the comune's count with the service machines every VMware shop has.
  mutating func fillVirtualMachines() {
    guard !vmHosts.isEmpty else { return }
    let roles = [
      "VM-DC02", "VM-PRINT01", "VM-AV01", "VM-WSUS01", "VM-MON01", "VM-SQL02", "VM-WEB01", "VM-PROXY01",
      "VM-RDS01", "VM-TEST01", "VM-LOG01", "VM-CA01", "VM-SFTP01", "VM-RDS02", "VM-VCENTER",
    ]
    var index = 0
    while virtualMachines.count < profile.virtualMachines {
      let name =
        index < roles.count ? roles[index] : "VM-SRV" + InventoryBuilder.padded(index - roles.count + 1)
      let isLinux = ["VM-WEB01", "VM-PROXY01", "VM-LOG01", "VM-SFTP01"].contains(name) || random.chance(0.15)
      addVM(name: name, system: isLinux ? linux() : windows(), cores: 1...8, ram: [4, 8, 16, 32])
      index += 1
    }
  }
}
