import NuvolaSupport

/// A category of a comune's yearly ICT spend, as the consolidation analysis aggregates it: what the
/// inventory itemises (software, hardware maintenance, sites, connectivity), the rest of the declared
/// spend, and the spend Nuvola estimates per inhabitant where none is declared.
public enum SpendCategory: String, Sendable, CaseIterable, Comparable {
  /// Yearly cost of applications: licences, fees, support.
  case software
  /// Yearly maintenance contracts of devices.
  case hardwareMaintenance = "hardware_maintenance"
  /// Energy and maintenance of the comune's own sites.
  case sites
  /// Yearly cost of network links.
  case connectivity
  /// Declared ICT spend that the inventory does not itemise (devices bought, services, consultancy).
  case unitemised
  /// Spend estimated per inhabitant (cost-defaults.json) where the comune declares none: an estimate.
  case estimated

  public var label: BilingualText {
    switch self {
    case .software:
      return BilingualText(it: "Software e servizi applicativi", en: "Software and application services")
    case .hardwareMaintenance: return BilingualText(it: "Manutenzione hardware", en: "Hardware maintenance")
    case .sites: return BilingualText(it: "Energia e manutenzione dei siti", en: "Energy and upkeep of sites")
    case .connectivity: return BilingualText(it: "Connettività", en: "Connectivity")
    case .unitemised:
      return BilingualText(it: "Resto della spesa dichiarata", en: "Rest of the declared spend")
    case .estimated:
      return BilingualText(
        it: "Spesa stimata per abitante (stima)", en: "Spend estimated per inhabitant (estimate)")
    }
  }

  /// Position in reports: itemised categories first, estimates last.
  public var rank: Int { SpendCategory.allCases.firstIndex(of: self) ?? 0 }

  public static func < (lhs: SpendCategory, rhs: SpendCategory) -> Bool { lhs.rank < rhs.rank }
}
