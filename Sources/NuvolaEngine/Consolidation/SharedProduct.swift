import NuvolaModel
import NuvolaSupport

/// A product across the comuni of a consolidation: who runs it, how many applications, what it costs
/// them in a year. Run by enough comuni (`shared_contract_min_comuni`), it is a candidate for one
/// shared contract, and `saving` says what that contract saves.
public struct SharedProduct: Sendable, Equatable {
  public var key: String
  public var vendor: String?
  public var product: String
  /// ISTAT codes of the comuni that run it, ascending.
  public var comuni: [String]
  public var applications: Int
  public var knownCost: Money
  public var applicationsWithoutCost: Int
  public var domains: [ServiceDomain]
  /// Run by enough comuni for a shared contract.
  public var isShared: Bool
  /// What a shared contract saves on the known cost (zero when not shared).
  public var saving: Money

  public var display: String {
    ProductUse(
      key: key, vendor: vendor, product: product, applications: 0, knownCost: .zero, unknownCosts: 0,
      domains: []
    ).display
  }

  public var json: JSON {
    .object([
      ("key", .string(key)), ("vendor", vendor.map(JSON.string) ?? .null), ("product", .string(product)),
      ("comuni", EngineJSON.strings(comuni)), ("comuni_count", .int(comuni.count)),
      ("applications", .int(applications)), ("known_cost", EngineJSON.money(knownCost)),
      ("applications_without_cost", .int(applicationsWithoutCost)),
      ("domains", .array(domains.map { .string($0.rawValue) })), ("shared", .bool(isShared)),
      ("shared_contract_saving", EngineJSON.money(saving)),
    ])
  }
}
