import NuvolaModel
import NuvolaSupport

/// What a comune achieved between two snapshots (`nuvola progress`): services moved to the cloud,
/// CEDs closed, servers retired, spend change, audit findings resolved and new, and the indicators a
/// region uses to certify what a pilot really achieved.
public struct ProgressReport: Sendable, Equatable {
  public var istatCode: String
  public var name: String
  public var from: SnapshotInfo
  public var to: SnapshotInfo
  /// The days each snapshot was audited as of.
  public var fromDay: Day
  public var toDay: Day
  /// By kind, then id.
  public var applications: [ApplicationChange]
  public var sites: [SiteChange]
  public var serversBefore: Int
  public var serversAfter: Int
  /// Physical servers and virtualisation hosts gone (counting quantity).
  public var serversRetired: Int
  public var serversAdded: Int
  public var spendBefore: Money?
  public var spendAfter: Money?
  public var findingsBefore: Int
  public var findingsAfter: Int
  public var findingsResolved: [FindingChange]
  public var findingsNew: [FindingChange]
  public var indicators: [ProgressIndicator]

  /// Services now in the cloud that were not: moved, or replaced by a cloud service.
  public var movedToCloud: [ApplicationChange] {
    applications.filter { $0.kind == .movedToCloud || $0.kind == .replacedByCloud }
  }

  /// Sites gone from the inventory or left without servers, storage and applications.
  public var closedSites: [SiteChange] { sites.filter { $0.kind == .closed || $0.kind == .emptied } }

  public var spendChange: Money? {
    guard let spendBefore, let spendAfter else { return nil }
    return spendAfter - spendBefore
  }

  public func indicator(_ key: String) -> ProgressIndicator? { indicators.first { $0.key == key } }

  public var json: JSON {
    func snapshot(_ info: SnapshotInfo, _ day: Day) -> JSON {
      .object([
        ("id", .int(info.id)), ("inventory_date", EngineJSON.day(info.inventoryDate)),
        ("audited_as_of", .string(day.description)), ("source", .string(info.source)),
      ])
    }
    return .object([
      ("istat_code", .string(istatCode)), ("name", .string(name)),
      ("from", snapshot(from, fromDay)), ("to", snapshot(to, toDay)),
      ("applications", .array(applications.map(\.json))),
      ("moved_to_cloud", .int(movedToCloud.count)),
      ("sites", .array(sites.map(\.json))), ("ceds_closed", .int(closedSites.count)),
      ("servers_before", .int(serversBefore)), ("servers_after", .int(serversAfter)),
      ("servers_retired", .int(serversRetired)), ("servers_added", .int(serversAdded)),
      ("ict_spend_before", EngineJSON.optionalMoney(spendBefore)),
      ("ict_spend_after", EngineJSON.optionalMoney(spendAfter)),
      ("ict_spend_change", spendChange.map(EngineJSON.money) ?? .null),
      ("findings_before", .int(findingsBefore)), ("findings_after", .int(findingsAfter)),
      ("findings_resolved", .array(findingsResolved.map(\.json))),
      ("findings_new", .array(findingsNew.map(\.json))),
      ("indicators", .array(indicators.map(\.json))),
    ])
  }
}
