import NuvolaModel

extension InventoryBuilder {
  /// Network and power equipment: core switches, firewall and UPS in each site, access switches and
  /// wireless access points in the offices.
  mutating func makeInfrastructure() {
    let tier = profile.tier
    for site in sites {
      let isMain = site.id == mainSite
      let core = isMain ? tier.of(1, 1, random.int(1...2), 2, random.int(2...4), random.int(4...6)) : 1
      addDevice(
        prefix: "sw", kind: .switch, name: isMain ? "Switch di centro stella" : "Switch \(site.name)",
        catalogue: HardwareCatalogue.switches, years: (2012, 2024), quantity: core, power: 40...150,
        site: site.id)
      if isMain || site.kind == .colocation {
        let pair = tier >= .city || (tier >= .large && random.chance(0.4))
        if tier > .micro || random.chance(0.6) {
          addDevice(
            prefix: "fw", kind: .firewall, name: pair ? "Firewall perimetrale (HA)" : "Firewall perimetrale",
            catalogue: HardwareCatalogue.firewalls, years: (2016, 2024), quantity: pair ? 2 : 1,
            power: 20...120, site: site.id)
        } else {
          addRouter(site: site.id)
        }
      }
      if site.ups == true {
        let units = site.redundantPower == true ? 2 : 1
        addUPS(site: site, quantity: units)
      }
    }
    let accessSwitches = profile.staff / 20
    if accessSwitches > 0 {
      addDevice(
        prefix: "sw", kind: .switch, name: "Switch di piano negli uffici",
        catalogue: HardwareCatalogue.switches,
        years: (2012, 2024), quantity: accessSwitches, power: 30...90, site: nil)
    }
    let accessPoints = max(1, profile.staff / 10)
    var ap = Asset(id: "ap-01", kind: .accessPoint)
    ap.name = "Access point Wi-Fi uffici e sale pubbliche"
    ap.quantity = accessPoints > 1 ? accessPoints : nil
    ap.vendor = random.pick(["Ubiquiti", "HPE Aruba", "Cisco Meraki"])
    ap.purchaseYear = known(year(2017, 2024))
    ap.power = known(random.int(8...15))
    infrastructure.append(ap)
  }

  /// Office PCs, laptops, thin clients and printers in a few rows, one per purchase batch.
  mutating func makeOfficeDevices() {
    let tier = profile.tier
    let rows = tier.of(
      random.int(1...2), random.int(2...3), random.int(3...5), random.int(4...7),
      random.int(7...12), random.int(12...20))
    let laptops = Int((Double(profile.workstations) * random.double(0.08...0.25)).rounded())
    let thinClients = tier >= .city && random.chance(0.3) ? profile.workstations / 6 : 0
    let desktops = max(1, profile.workstations - laptops - thinClients)
    var remaining = desktops
    for row in 0..<rows where remaining > 0 {
      let share =
        row == rows - 1 ? remaining : max(1, Int(Double(desktops) / Double(rows) * random.double(0.6...1.4)))
      let quantity = min(remaining, share)
      remaining -= quantity
      addWorkstations(
        prefix: "pc", kind: .pc, name: "PC degli uffici", quantity: quantity,
        catalogue: HardwareCatalogue.workstations, years: (2013, 2025), power: 40...75)
    }
    if laptops > 0 {
      let batches = laptops > 10 ? 2 : 1
      for batch in 0..<batches {
        let quantity = batch == 0 ? laptops - laptops / 2 * (batches - 1) : laptops / 2
        addWorkstations(
          prefix: "nb", kind: .laptop, name: "Portatili (lavoro agile)", quantity: quantity,
          catalogue: HardwareCatalogue.laptops, years: (2018, 2025), power: 18...35)
      }
    }
    if thinClients > 0 {
      var thin = Asset(id: "tc-01", kind: .thinClient)
      thin.name = "Thin client sportelli"
      thin.quantity = thinClients
      thin.vendor = "IGEL"
      thin.model = "UD3"
      thin.purchaseYear = known(year(2016, 2022))
      thin.power = known(random.int(8...15))
      thin.os = "IGEL OS"
      officeDevices.append(thin)
    }
    let printers = max(1, profile.staff / 8)
    let printerRows = printers > 12 ? 2 : 1
    for row in 0..<printerRows {
      let bought = year(2016, 2025)
      let model = HardwareCatalogue.model(HardwareCatalogue.printers, year: bought, random: &random)
      var printer = Asset(id: "prn-" + InventoryBuilder.padded(row + 1), kind: .printer)
      printer.name = "Multifunzione di piano"
      let quantity = row == 0 ? printers - printers / 2 * (printerRows - 1) : printers / 2
      printer.quantity = quantity > 1 ? quantity : nil
      printer.vendor = model.vendor
      printer.model = model.model
      printer.purchaseYear = known(bought)
      printer.power = known(random.int(60...250))
      if random.chance(0.5) {
        printer.notes = "Noleggio in convenzione Consip, assistenza inclusa."
        printer.maintenanceCost = InventoryBuilder.euros(Double(printer.count) * random.double(600...1_100))
      }
      officeDevices.append(printer)
    }
  }

  private mutating func addDevice(
    prefix: String, kind: AssetKind, name: String, catalogue: [HardwareCatalogue.Model], years: (Int, Int),
    quantity: Int, power: ClosedRange<Int>, site: String?
  ) {
    let id = prefix + "-" + InventoryBuilder.padded(infrastructure.count(where: { $0.kind == kind }) + 1)
    let bought = year(years.0, years.1)
    let model = HardwareCatalogue.model(catalogue, year: bought, random: &random)
    var device = Asset(id: id, kind: kind)
    device.name = name
    device.site = site
    device.quantity = quantity > 1 ? quantity : nil
    device.vendor = model.vendor
    device.model = model.model
    device.purchaseYear = known(bought)
    device.endOfSupport = known(day(afterYears: random.int(5...8), from: bought))
    device.power = known(random.int(power))
    if kind == .firewall, random.chance(0.7) {
      device.maintenanceCost = InventoryBuilder.euros(random.double(400...2_500) * Double(quantity))
    }
    infrastructure.append(device)
  }

  private mutating func addRouter(site: String) {
    var router = Asset(id: "rt-01", kind: .router)
    router.name = "Router dell'operatore"
    router.site = site
    router.vendor = random.pick(["Zyxel", "Cisco", "TP-Link"])
    router.purchaseYear = known(year(2016, 2024))
    router.power = known(random.int(10...25))
    router.notes = "Fornito dall'operatore insieme alla linea."
    infrastructure.append(router)
  }

  private mutating func addUPS(site: Site, quantity: Int) {
    let id = "ups-" + InventoryBuilder.padded(infrastructure.count(where: { $0.kind == .ups }) + 1)
    var ups = Asset(id: id, kind: .ups)
    ups.name = "Gruppo di continuità"
    ups.site = site.id
    ups.quantity = quantity > 1 ? quantity : nil
    switch site.kind {
    case .ced, .colocation:
      ups.vendor = random.pick(["Eaton", "Riello UPS", "Vertiv"])
      ups.model =
        ups.vendor == "Eaton"
        ? "93PM 40 kW" : ups.vendor == "Vertiv" ? "Liebert EXM 30 kVA" : "Multi Sentry 30"
      ups.power = known(random.int(400...1_200))
    default:
      ups.vendor = random.pick(["APC", "Eaton", "Riello UPS"])
      ups.model =
        ups.vendor == "APC" ? "Smart-UPS 3000" : ups.vendor == "Eaton" ? "9PX 3000" : "Sentinel Pro 3000"
      ups.power = known(random.int(40...150))
    }
    let bought = year(2012, 2024)
    ups.purchaseYear = known(bought)
    ups.endOfSupport = known(day(afterYears: random.int(6...10), from: bought))
    infrastructure.append(ups)
  }

  private mutating func addWorkstations(
    prefix: String, kind: AssetKind, name: String, quantity: Int, catalogue: [HardwareCatalogue.Model],
    years: (Int, Int), power: ClosedRange<Int>
  ) {
    let id = prefix + "-" + InventoryBuilder.padded(officeDevices.count(where: { $0.kind == kind }) + 1)
    let bought = year(years.0, years.1)
    let model = HardwareCatalogue.model(catalogue, year: bought, random: &random)
    let system: HardwareCatalogue.System
    switch bought {
    case ..<2016: system = HardwareCatalogue.desktops[random.chance(0.3) ? 0 : 1]
    // Windows 11 does not run on PCs sold before 2019.
    case ..<2019: system = HardwareCatalogue.desktops[1]
    case ..<2021: system = HardwareCatalogue.desktops[random.chance(0.3) ? 2 : 1]
    case ..<2023: system = HardwareCatalogue.desktops[random.chance(0.6) ? 2 : 1]
    default: system = HardwareCatalogue.desktops[2]
    }
    var row = Asset(id: id, kind: kind)
    row.name = "\(name) (\(bought))"
    row.quantity = quantity
    row.vendor = model.vendor
    row.model = model.model
    row.purchaseYear = bought
    row.endOfSupport = known(day(afterYears: random.chance(0.5) ? 3 : 5, from: bought))
    row.cores = known(bought < 2018 ? 4 : random.pick([4, 6, 8]))
    row.ram = known(bought < 2018 ? random.pick([4, 8]) : random.pick([8, 16]))
    row.storage = known(Double(bought < 2018 ? random.pick([256, 500]) : random.pick([256, 512])))
    row.power = known(random.int(power))
    row.os = system.os
    row.osVersion = system.version
    officeDevices.append(row)
  }
}
