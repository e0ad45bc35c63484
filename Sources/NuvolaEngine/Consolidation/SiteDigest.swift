import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// What the consolidation needs to know of one site of a comune: its AgID class, whether servers,
/// storage or applications run there (a rack of network gear alone is not a CED to close), and
/// what it costs to keep running.
public struct SiteDigest: Sendable, Equatable {
  public var id: String
  public var name: String
  public var kind: SiteKind?
  public var cedClass: CEDClass
  /// Physical servers and virtualisation hosts, counting quantity.
  public var physicalServers: Int
  /// Storage arrays and NAS, counting quantity.
  public var storageDevices: Int
  /// Applications on premise or hosted at this site.
  public var onPremiseApplications: Int
  /// Known yearly energy and maintenance of the room.
  public var runningCost: Money
  /// True when energy or maintenance of the room is not given.
  public var runningCostIncomplete: Bool
  /// Known yearly maintenance contracts of the equipment standing in the room.
  public var equipmentMaintenance: Money
  public var itLoad: Double?

  /// Servers, storage or applications run here: closing it means moving workloads.
  public var runsWorkloads: Bool { physicalServers + storageDevices + onPremiseApplications > 0 }

  public var json: JSON {
    .object([
      ("id", .string(id)), ("name", .string(name)), ("kind", kind.map { .string($0.rawValue) } ?? .null),
      ("class", .string(cedClass.rawValue)), ("runs_workloads", .bool(runsWorkloads)),
      ("physical_servers", .int(physicalServers)), ("storage_devices", .int(storageDevices)),
      ("on_premise_applications", .int(onPremiseApplications)),
      ("running_cost", EngineJSON.money(runningCost)),
      ("running_cost_incomplete", .bool(runningCostIncomplete)),
      ("equipment_maintenance", EngineJSON.money(equipmentMaintenance)),
      ("it_load_kw", itLoad.map(JSON.double) ?? .null),
    ])
  }
}
