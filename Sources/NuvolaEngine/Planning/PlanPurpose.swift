import NuvolaSupport

/// What a planning default was used for, listed beside it (`plan.purpose.<raw value>` in the
/// catalogue).
enum PlanPurpose: String, Sendable, CaseIterable {
  case staffTime = "staff_time"
  case staffTimeOfServers = "staff_time_of_servers"
  case staffTimeOfApplications = "staff_time_of_applications"
  case energyOfSites = "energy_of_sites_without_energy_cost"
  case hardwareRefresh = "hardware_refresh"
  case hardwareRefreshAvoided = "hardware_refresh_avoided_by_closures"
  case oneOffMigration = "one_off_migration_and_cloud_fees"
  case netPresentValue = "net_present_value"
  case teamCapacity = "team_capacity_per_wave"
  case pnrrLumpSum = "pnrr_lump_sum"
  case linkUpgrades = "link_upgrades"
  case connectivity = "connectivity_of_sites"

  var text: BilingualText { BilingualText(CatalogueText("plan.purpose." + rawValue)) }
}
