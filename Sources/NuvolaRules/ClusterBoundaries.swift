import NuvolaSupport

/// The population clusters of a consolidation (Regione Lombardia: under 5,000, 5,000 to 15,000,
/// over 15,000), with inclusive upper bounds and their source.
public struct ClusterBoundaries: Sendable, Equatable {
  /// One cluster: a key (`small`), its label and its inclusive bounds.
  public struct Cluster: Sendable, Equatable, Hashable {
    public var key: String
    public var label: BilingualText
    /// Smallest population in the cluster (0 for the first).
    public var lowerBound: Int
    /// Largest population in the cluster, inclusive; nil for the last, open cluster.
    public var upperBound: Int?

    public func contains(_ population: Int) -> Bool {
      population >= lowerBound && (upperBound.map { population <= $0 } ?? true)
    }

    public var json: JSON {
      .object([
        ("key", .string(key)), ("label", label.json), ("min_population", .int(lowerBound)),
        ("max_population", upperBound.map(JSON.int) ?? .null),
      ])
    }
  }

  /// Ascending; the last is open.
  public var clusters: [Cluster]
  public var source: RuleSource
  public var confirmed: Bool
  public var note: String?
  let upperBounds: [Int]

  /// The cluster of a population; nil when the population is unknown (its own line, never dropped).
  public func cluster(for population: Int?) -> Cluster? {
    guard let population else { return nil }
    return clusters[PopulationClasses.index(of: population, upperBounds: upperBounds)]
  }

  public var json: JSON {
    .object([
      ("clusters", .array(clusters.map(\.json))), ("source", source.json), ("confirmed", .bool(confirmed)),
      ("note", note.map(JSON.string) ?? .null),
    ])
  }

  init(_ node: RuleNode) throws(InputError) {
    source = try RuleSource(node.member("source"))
    confirmed = try node.bool("confirmed")
    note = try node.optionalString("note")
    let classesNode = try node.member("classes")
    let items = try classesNode.items()
    guard items.count >= 2 else {
      throw classesNode.failure("fewer than two clusters", expected: "at least two clusters")
    }
    var clusters: [Cluster] = []
    var bounds: [Int] = []
    var lower = 0
    for (index, item) in items.enumerated() {
      let key = try item.string("key")
      if clusters.contains(where: { $0.key == key }) {
        throw try item.member("key").failure("duplicate cluster key", expected: "unique keys")
      }
      let boundNode = try item.member("max_population")
      var upper: Int?
      if index == items.count - 1 {
        guard boundNode.isNull else {
          throw boundNode.failure("the last cluster must be open", expected: "null")
        }
      } else {
        guard !boundNode.isNull else {
          throw boundNode.failure("only the last cluster may be open", expected: "a whole number")
        }
        let bound = try boundNode.int(0...100_000_000)
        guard bound >= lower else {
          throw boundNode.failure("bounds must increase", expected: "a whole number above \(lower - 1)")
        }
        upper = bound
        bounds.append(bound)
      }
      clusters.append(
        Cluster(
          key: key, label: try BilingualText(item.member("label")), lowerBound: lower, upperBound: upper))
      lower = (upper ?? lower) + 1
    }
    self.clusters = clusters
    upperBounds = bounds
  }
}
