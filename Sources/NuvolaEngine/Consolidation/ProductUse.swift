import NuvolaModel
import NuvolaRules
import NuvolaSupport

/// A software product one comune runs: the first thing to compare across comuni, since comuni running
/// the same product are the first candidates for a joint contract.
public struct ProductUse: Sendable, Equatable {
  /// Vendor and product folded (case, accents, spaces and punctuation ignored): `maggioli|sicrawebevo`.
  public var key: String
  public var vendor: String?
  public var product: String
  public var applications: Int
  /// Sum of the known yearly costs of those applications.
  public var knownCost: Money
  /// Applications of the product whose yearly cost is not given.
  public var unknownCosts: Int
  /// Domains the product serves in this comune, in catalogue order.
  public var domains: [ServiceDomain]

  /// The identity of a product across comuni; nil when the application names no product.
  public static func key(vendor: String?, product: String?) -> String? {
    guard let product, !Register.foldName(product).isEmpty else { return nil }
    return Register.foldName(vendor ?? "") + "|" + Register.foldName(product)
  }

  /// `Maggioli Sicraweb EVO`, or the product alone when the vendor is unknown.
  public var display: String {
    guard let vendor, !vendor.isEmpty else { return product }
    return product.hasPrefix(vendor) ? product : "\(vendor) \(product)"
  }

  public var json: JSON {
    .object([
      ("key", .string(key)), ("vendor", vendor.map(JSON.string) ?? .null), ("product", .string(product)),
      ("applications", .int(applications)), ("known_cost", EngineJSON.money(knownCost)),
      ("applications_without_cost", .int(unknownCosts)),
      ("domains", .array(domains.map { .string($0.rawValue) })),
    ])
  }
}
