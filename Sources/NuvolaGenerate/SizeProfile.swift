import Foundation
import NuvolaSupport

/// How big a comune's IT is, drawn once per comune from its population: the numbers every other
/// part of the generator sizes itself by.
///
/// The curves follow what Italian comuni typically run: a village has a rack in an office and buys
/// everything as a service from one software house; a capoluogo has a CED with a virtual cluster.
struct SizeProfile {
  enum Tier: Int, Comparable {
    /// Under 1,000 inhabitants.
    case micro
    /// 1,000 to 2,999.
    case small
    /// 3,000 to 14,999.
    case medium
    /// 15,000 to 39,999.
    case large
    /// 40,000 to 249,999.
    case city
    /// 250,000 and more.
    case metro

    init(population: Int) {
      switch population {
      case ..<1_000: self = .micro
      case ..<3_000: self = .small
      case ..<15_000: self = .medium
      case ..<40_000: self = .large
      case ..<250_000: self = .city
      default: self = .metro
      }
    }

    static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Per-tier values in tier order, for the many probabilities that step with size.
    func of<T>(_ micro: T, _ small: T, _ medium: T, _ large: T, _ city: T, _ metro: T) -> T {
      switch self {
      case .micro: micro
      case .small: small
      case .medium: medium
      case .large: large
      case .city: city
      case .metro: metro
      }
    }
  }

  let population: Int
  let tier: Tier
  let staff: Int
  let itStaff: Int
  let ictSpend: Money
  let applications: Int
  let workstations: Int
  /// Virtual machines; zero when the comune has no virtualisation.
  let virtualMachines: Int
  /// Physical servers that are not virtualisation hosts.
  let physicalServers: Int
  /// Share of facts left unknown, as real inventories leave them.
  let unknownRate: Double

  init(population: Int, random: inout SeededRandom) {
    self.population = population
    let tier = Tier(population: population)
    self.tier = tier
    let size = Double(max(population, 30))
    let scale = log10(size)

    // Comuni employ about 6 to 9 people per 1,000 inhabitants (more per head in the smallest).
    staff = max(2, Int((size * random.double(5.5...8.5) / 1_000).rounded()))
    switch tier {
    case .micro, .small: itStaff = random.chance(0.15) ? 1 : 0
    case .medium: itStaff = random.int(0...1)
    case .large: itStaff = random.int(1...3)
    case .city: itStaff = 3 + Int(size / random.double(20_000...30_000))
    case .metro: itStaff = 10 + Int(size / random.double(12_000...18_000))
    }
    // About 8 to 14 euro per inhabitant, with a floor: even a village pays for its basic software.
    let spend = max(random.double(9_000...14_000), size * random.double(7.5...13.5))
    ictSpend = Money(euros: Int((spend / 100).rounded()) * 100)

    let typicalApplications = SizeProfile.interpolate(
      scale, [(1.5, 4), (2.7, 6), (3.3, 10), (3.7, 16), (4.3, 27), (4.9, 45), (5.5, 56), (6.5, 70)])
    var applications = Int(random.jitter(typicalApplications, 0.1).rounded())
    switch tier {
    case .micro: applications = min(max(applications, 5), 8)
    case .medium where population <= 6_000: applications = min(max(applications, 12), 20)
    case .city where population >= 80_000: applications = max(applications, 40)
    default: break
    }
    self.applications = applications

    workstations = max(2, Int(random.jitter(Double(staff) * 1.05, 0.12).rounded()))

    switch tier {
    case .micro, .small:
      virtualMachines = 0
      physicalServers = 0
    case .medium:
      physicalServers = max(
        2,
        Int(
          random.jitter(SizeProfile.interpolate(scale, [(3.48, 2), (4.18, 5)]), 0.25)
            .rounded()))
      virtualMachines = random.chance(0.4) ? random.int(2...5) : 0
    case .large, .city, .metro:
      let typicalVMs = SizeProfile.interpolate(
        scale, [(4.18, 7), (4.6, 15), (4.9, 30), (5.4, 55), (6.0, 100), (6.5, 140)])
      virtualMachines = min(150, Int(random.jitter(typicalVMs, 0.15).rounded()))
      physicalServers = min(
        20,
        Int(
          random.jitter(
            SizeProfile.interpolate(scale, [(4.18, 2), (5.0, 5), (6.4, 18)]),
            0.3
          ).rounded()))
    }
    unknownRate = tier.of(0.35, 0.3, 0.2, 0.15, 0.1, 0.08)
  }

  /// Piecewise-linear interpolation through points sorted by x, flat beyond both ends.
  static func interpolate(_ x: Double, _ points: [(Double, Double)]) -> Double {
    guard let first = points.first, let last = points.last else { return 0 }
    if x <= first.0 { return first.1 }
    if x >= last.0 { return last.1 }
    for (a, b) in zip(points, points.dropFirst()) where x <= b.0 {
      return a.1 + (b.1 - a.1) * (x - a.0) / (b.0 - a.0)
    }
    return last.1
  }
}
