import NuvolaModel

extension InventoryBuilder {
  /// Connectivity: the main site's line (fibre in towns, ADSL or FWA in villages), a backup line more
  /// often the bigger the comune, and one line for each secondary site.
  mutating func makeLinks() {
    let tier = profile.tier
    let weights: [Int] =  // ftth, fttc, fwa, adsl, radio, satellite, spc
      switch tier {
      case .micro: [10, 25, 33, 28, 2, 2, 0]
      case .small: [30, 40, 20, 10, 0, 0, 0]
      case .medium: [55, 35, 10, 0, 0, 0, 0]
      case .large: [80, 15, 0, 0, 0, 0, 5]
      case .city, .metro: [85, 0, 0, 0, 0, 0, 15]
      }
    let technologies: [LinkTechnology] = [.ftth, .fttc, .fwa, .adsl, .radio, .satellite, .spc]
    let main = technologies[random.weighted(weights)]
    addLink(site: mainSite, technology: main, backup: false)
    if random.chance(tier.of(0.1, 0.2, 0.45, 0.8, 1, 1)) {
      let backup: LinkTechnology = main == .ftth ? (random.chance(0.6) ? .fwa : .fttc) : .fwa
      addLink(site: mainSite, technology: backup, backup: true)
    }
    for site in sites.dropFirst() {
      addLink(
        site: site.id, technology: site.kind == .colocation || random.chance(0.6) ? .ftth : .fttc,
        backup: false)
    }
  }

  private mutating func addLink(site: String, technology: LinkTechnology, backup: Bool) {
    var link = Link(
      id: "link-" + InventoryBuilder.padded(links.count + 1), site: site, technology: technology)
    let big = profile.tier >= .city
    let (down, up, cost): (Double, Double, ClosedRange<Double>)
    switch technology {
    case .ftth:
      let speed = big ? random.pick([1_000.0, 2_500, 10_000]) : random.pick([100.0, 200, 300, 1_000])
      let symmetric = big || random.chance(0.5)
      (down, up, cost) = (speed, symmetric ? speed : speed / 5, big ? 6_000...30_000 : 1_200...6_000)
    case .fttc: (down, up, cost) = (random.pick([50.0, 100, 200]), random.pick([10.0, 20]), 600...1_500)
    case .fwa: (down, up, cost) = (random.pick([30.0, 50, 100]), random.pick([3.0, 10, 20]), 450...1_500)
    case .adsl: (down, up, cost) = (random.pick([7.0, 10, 20]), random.pick([0.5, 1]), 350...800)
    case .radio: (down, up, cost) = (random.pick([50.0, 100, 300]), random.pick([50.0, 100]), 2_000...6_000)
    case .satellite: (down, up, cost) = (random.pick([50.0, 100]), random.pick([5.0, 10]), 600...1_500)
    case .spc:
      (down, up, cost) = (random.pick([50.0, 100, 200]), random.pick([50.0, 100, 200]), 5_000...15_000)
    case .other: (down, up, cost) = (20, 5, 500...1_000)
    }
    link.down = known(down)
    link.up = known(up)
    link.provider =
      switch technology {
      case .fwa: random.pick(["Eolo", "Linkem", "Aruba FWA"])
      case .spc: random.pick(["Fastweb (SPC)", "TIM (SPC)"])
      case .satellite: "Eutelsat Konnect"
      default: random.pick(["TIM", "Fastweb", "Vodafone Business", "WindTre Business", "Irideos"])
      }
    link.backup = backup
    link.yearlyCost = known(InventoryBuilder.euros(random.double(cost)))
    links.append(link)
  }
}
