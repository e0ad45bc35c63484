import NuvolaRules
import NuvolaSupport

/// What joint procurement saves one comune, category by category, with the arithmetic of each line:
/// `(spend - shared contracts) x (group rate - own rate)`.
public struct MemberProcurement: Sendable, Equatable {
  /// One category of the comune.
  public struct Line: Sendable, Equatable {
    public var category: SpendCategory
    public var spend: Money
    public var aloneBasisPoints: Int
    public var groupBasisPoints: Int
    public var sharedContractSaving: Money
    public var volumeSaving: Money
    public var arithmetic: BilingualText

    public var saving: Money { sharedContractSaving + volumeSaving }

    public var json: JSON {
      .object([
        ("category", .string(category.rawValue)), ("spend", EngineJSON.money(spend)),
        ("alone_rate", .double(Double(aloneBasisPoints) / 10_000)),
        ("group_rate", .double(Double(groupBasisPoints) / 10_000)),
        ("shared_contract_saving", EngineJSON.money(sharedContractSaving)),
        ("volume_saving", EngineJSON.money(volumeSaving)), ("saving", EngineJSON.money(saving)),
        ("arithmetic", arithmetic.json),
      ])
    }
  }

  public var istatCode: String
  public var name: String
  public var lines: [Line]

  public var spend: Money { lines.reduce(.zero) { $0 + $1.spend } }
  public var sharedContractSaving: Money { lines.reduce(.zero) { $0 + $1.sharedContractSaving } }
  public var volumeSaving: Money { lines.reduce(.zero) { $0 + $1.volumeSaving } }
  public var saving: Money { sharedContractSaving + volumeSaving }
  /// The part of the saving computed on an estimated spend.
  public var estimatedSaving: Money {
    lines.filter { $0.category == .estimated }.reduce(.zero) { $0 + $1.saving }
  }

  public var json: JSON {
    .object([
      ("istat_code", .string(istatCode)), ("name", .string(name)), ("spend", EngineJSON.money(spend)),
      ("shared_contract_saving", EngineJSON.money(sharedContractSaving)),
      ("volume_saving", EngineJSON.money(volumeSaving)), ("saving", EngineJSON.money(saving)),
      ("estimated_saving", EngineJSON.money(estimatedSaving)), ("lines", .array(lines.map(\.json))),
    ])
  }
}
