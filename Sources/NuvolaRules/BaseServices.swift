import NuvolaModel
import NuvolaSupport

/// Which service domains a shared service centre gives every member (base services); every other
/// domain is a service on request, paid with a tariff by the comune that asks (CST Liguria).
public struct BaseServices: Sendable, Equatable {
  public var domains: Set<ServiceDomain>
  public var source: RuleSource
  public var confirmed: Bool
  public var assumption: Bool
  public var note: String?

  public func isBase(_ domain: ServiceDomain) -> Bool { domains.contains(domain) }

  /// The domains on request, in catalogue order.
  public var onRequest: [ServiceDomain] { ServiceDomain.allCases.filter { !domains.contains($0) } }

  public var json: JSON {
    .object([
      ("domains", .array(ServiceDomain.allCases.filter(domains.contains).map { .string($0.rawValue) })),
      ("on_request", .array(onRequest.map { .string($0.rawValue) })),
      ("source", source.json), ("confirmed", .bool(confirmed)), ("assumption", .bool(assumption)),
      ("note", note.map(JSON.string) ?? .null),
    ])
  }

  init(_ node: RuleNode) throws(InputError) {
    source = try RuleSource(node.member("source"))
    confirmed = try node.bool("confirmed")
    assumption = try node.bool("assumption")
    note = try node.optionalString("note")
    var domains: Set<ServiceDomain> = []
    for item in try node.items("domains") {
      guard let domain = ServiceDomain(rawValue: try item.string()) else {
        throw item.failure(
          "unknown service domain", expected: "one of " + ServiceDomain.codes.joined(separator: ", "))
      }
      domains.insert(domain)
    }
    self.domains = domains
  }
}
