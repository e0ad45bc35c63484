import NuvolaModel
import NuvolaSupport

/// The headline numbers of an inventory: what a comune owns and runs, at a glance. Pure: computed
/// from the inventory value alone.
public struct InventorySummary: Sendable, Equatable {
  public var sitesByKind: [SiteKind?: Int] = [:]
  /// Devices per kind, counting `quantity`.
  public var devicesByKind: [AssetKind: Int] = [:]
  public var applicationsByDeployment: [Deployment?: Int] = [:]
  public var applicationCount = 0
  /// Applications running as SaaS, IaaS or PaaS today.
  public var cloudApplications = 0
  /// Sum of the known yearly costs of applications, and how many applications have no cost given.
  public var applicationYearlyCost = Money.zero
  public var applicationsWithoutCost = 0
  public var linkCount = 0

  public init(_ inventory: Inventory) {
    for site in inventory.sites { sitesByKind[site.kind, default: 0] += 1 }
    for asset in inventory.assets { devicesByKind[asset.kind, default: 0] += asset.count }
    for application in inventory.applications {
      applicationsByDeployment[application.deployment, default: 0] += 1
      if application.deployment?.isCloud == true { cloudApplications += 1 }
      if let cost = application.yearlyCost {
        applicationYearlyCost += cost
      } else {
        applicationsWithoutCost += 1
      }
    }
    applicationCount = inventory.applications.count
    linkCount = inventory.links.count
  }

  /// Physical servers, virtualisation hosts included.
  public var physicalServers: Int {
    devicesByKind[.server, default: 0] + devicesByKind[.virtualizationHost, default: 0]
  }

  public var virtualMachines: Int { devicesByKind[.vm, default: 0] }

  /// Office devices: PCs, laptops, thin clients.
  public var workstations: Int {
    devicesByKind[.pc, default: 0] + devicesByKind[.laptop, default: 0] + devicesByKind[.thinClient, default: 0]
  }

  /// Share of applications already in the cloud, 0...1; nil when there are no applications.
  public var cloudShare: Double? {
    applicationCount == 0 ? nil : Double(cloudApplications) / Double(applicationCount)
  }
}
