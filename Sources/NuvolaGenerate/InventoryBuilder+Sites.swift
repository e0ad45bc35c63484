import NuvolaModel

extension InventoryBuilder {
  /// The main site sized by tier, plus the secondary rooms larger comuni keep in other buildings.
  mutating func makeSites() {
    let tier = profile.tier
    let mainKind: SiteKind
    switch tier {
    case .micro: mainKind = .closet
    case .small: mainKind = random.chance(0.25) ? .serverRoom : .closet
    case .medium, .large: mainKind = .serverRoom
    case .city: mainKind = profile.population >= 50_000 || random.chance(0.6) ? .ced : .serverRoom
    case .metro: mainKind = .ced
    }
    let mainName: String
    switch mainKind {
    case .ced: mainName = "CED comunale"
    case .serverRoom: mainName = "Sala server del municipio"
    case .closet, .colocation: mainName = "Armadio rack del municipio"
    }
    sites.append(
      makeSite(id: "sito-01", name: mainName, kind: mainKind, address: "Municipio di \(entry.name)"))

    var extras: [(String, SiteKind)] = []
    switch tier {
    case .micro, .small, .medium: break
    case .large:
      if random.chance(0.35) { extras.append(("Comando polizia locale", .closet)) }
    case .city:
      if random.chance(0.8) { extras.append(("Comando polizia locale", .closet)) }
      if random.chance(0.5) { extras.append(("Biblioteca civica", .closet)) }
    case .metro:
      extras.append(("Sito di disaster recovery", .colocation))
      extras.append(("Comando polizia locale", .serverRoom))
      extras.append(("Sede dei servizi demografici", .closet))
      if random.chance(0.5) { extras.append(("Biblioteca centrale", .closet)) }
    }
    for (index, extra) in extras.enumerated() {
      let id = "sito-" + InventoryBuilder.padded(index + 2)
      let address = extra.1 == .colocation ? "Data centre del fornitore" : "\(extra.0), \(entry.name)"
      sites.append(makeSite(id: id, name: extra.0, kind: extra.1, address: address))
    }
  }

  /// A site with the AgID checklist facts typical of its kind, some of them unknown.
  mutating func makeSite(id: String, name: String, kind: SiteKind, address: String) -> Site {
    var site = Site(id: id, name: name, kind: kind)
    site.address = known(address)
    let rank: Int
    switch kind {
    case .closet: rank = 0
    case .serverRoom: rank = 1
    case .ced: rank = 2
    case .colocation: rank = 3
    }
    func by(_ values: [Double]) -> Double { values[rank] }
    let area: [ClosedRange<Double>] = [1...3, 9...30, 40...220, 4...20]
    site.floorArea = known(InventoryBuilder.tenths(random.double(area[rank])))
    let ups = random.chance(by([0.6, 0.9, 1, 1]) + (profile.tier >= .medium ? 0.1 : 0))
    site.ups = known(ups)
    // Autonomy is only a fact about a UPS known to be there.
    if site.ups == true { site.upsMinutes = known(rank == 0 ? random.int(5...20) : random.int(10...45)) }
    site.generator = flag(by([0.01, 0.15, 0.75, 1]))
    site.redundantPower = flag(by([0, 0.1, 0.5, 1]))
    site.dedicatedCooling = flag(by([0.1, 0.75, 1, 1]))
    site.redundantCooling = flag(by([0, 0.15, 0.6, 1]))
    site.fireDetection = flag(by([0.2, 0.6, 0.95, 1]))
    site.fireSuppression = flag(by([0, 0.1, 0.6, 1]))
    site.accessControl = flag(by([0.35, 0.7, 0.95, 1]))
    site.monitoring = flag(by([0.15, 0.45, 0.9, 1]))
    site.offsiteBackup = flag(by([0.45, 0.65, 0.85, 0.9]))
    site.disasterRecovery = flag(by([0.03, 0.15, 0.5, 0.6]))
    site.continuityPlan = flag(by([0.05, 0.2, 0.5, 0.6]))
    if random.chance(by([0, 0.2, 0.55, 0.9])) {
      let pue: [ClosedRange<Double>] = [2.2...2.6, 1.9...2.6, 1.5...2.2, 1.2...1.5]
      site.pue = InventoryBuilder.tenths(random.double(pue[rank]))
    }
    site.responsible = known(
      profile.tier <= .small ? "Responsabile area amministrativa" : "Responsabile sistemi informativi")
    site.documentedProcedures = flag(by([0.05, 0.3, 0.7, 1]))
    site.censusAnswered = flag(by([0.3, 0.5, 0.8, 0.8]))
    if kind != .closet, random.chance(by([0, 0.4, 0.8, 0.9])) {
      let cost: [ClosedRange<Double>] = [0...0, 800...3_000, 8_000...40_000, 6_000...30_000]
      site.maintenanceCost = InventoryBuilder.euros(random.double(cost[rank]), step: 100)
    }
    return site
  }

  /// Fills each site's IT load and energy cost from the equipment standing in it.
  mutating func measureSites() {
    for index in sites.indices {
      let id = sites[index].id
      var watts = 0
      for asset in servers + infrastructure where asset.site == id && asset.kind.isDataCentreEquipment {
        watts += (asset.power ?? 0) * asset.count
      }
      guard watts > 0, random.chance(1 - profile.unknownRate * 1.5) else { continue }
      let kilowatts = max(0.1, InventoryBuilder.tenths(Double(watts) / 1_000))
      sites[index].itLoad = kilowatts
      if random.chance(0.6) {
        let hours = 8_760.0
        let price = 0.25
        sites[index].energyCost = InventoryBuilder.euros(kilowatts * (sites[index].pue ?? 2) * hours * price)
      }
    }
  }
}
