import NuvolaRules
import NuvolaSupport

/// Buying together: spend by category aggregated across the comuni, the saving of shared contracts
/// for the same product and of the volume discount, per category, per comune and in total, with the
/// model's source (or its status as an assumption).
public struct JointProcurement: Sendable, Equatable {
  public var categories: [CategoryProcurement]
  public var members: [MemberProcurement]
  /// Products run by enough comuni for a shared contract, with what each contract saves.
  public var sharedContracts: [SharedProduct]
  public var sharedContractBasisPoints: Int
  public var sharedContractMinComuni: Int
  public var model: VolumeDiscount
  /// How the model works, in words, before any number.
  public var method: [BilingualText]

  public var spend: Money { categories.reduce(.zero) { $0 + $1.spend } }
  public var sharedContractSaving: Money { categories.reduce(.zero) { $0 + $1.sharedContractSaving } }
  public var volumeSaving: Money { categories.reduce(.zero) { $0 + $1.volumeSaving } }
  public var saving: Money { sharedContractSaving + volumeSaving }
  /// The part of the saving computed on estimated spend.
  public var estimatedSaving: Money { categories.filter(\.isEstimate).reduce(.zero) { $0 + $1.saving } }

  public var json: JSON {
    .object([
      ("method", .array(method.map(\.json))),
      ("categories", .array(categories.map(\.json))),
      ("members", .array(members.map(\.json))),
      ("shared_contracts", .array(sharedContracts.map(\.json))),
      ("shared_contract_rate", .double(Double(sharedContractBasisPoints) / 10_000)),
      ("shared_contract_min_comuni", .int(sharedContractMinComuni)),
      ("volume_discount", model.json),
      ("spend", EngineJSON.money(spend)),
      ("shared_contract_saving", EngineJSON.money(sharedContractSaving)),
      ("volume_saving", EngineJSON.money(volumeSaving)),
      ("saving", EngineJSON.money(saving)),
      ("estimated_saving", EngineJSON.money(estimatedSaving)),
    ])
  }
}
