import NuvolaSupport

/// The volume-discount model of joint procurement: the discount a buyer gets grows with the yearly
/// amount it spends in a category. A comune alone gets the tier of its own spend; comuni buying
/// together get the tier of their total, and the difference is what buying together saves.
public struct VolumeDiscount: Sendable, Equatable {
  /// From this yearly amount on, this discount (in basis points: 500 = 5%).
  public struct Tier: Sendable, Equatable {
    public var from: Money
    public var basisPoints: Int

    public var json: JSON {
      .object([("from", EngineJSON.money(from)), ("rate", .double(Double(basisPoints) / 10_000))])
    }
  }

  /// Ascending by `from`, the first from 0, discounts never decreasing.
  public var tiers: [Tier]
  public var appliesTo: Set<SpendCategory>
  public var source: RuleSource
  public var confirmed: Bool
  public var assumption: Bool
  public var note: String?

  /// The tier of a yearly amount.
  public func tier(for amount: Money) -> Tier {
    tiers.last { $0.from <= amount } ?? tiers[0]
  }

  public var json: JSON {
    .object([
      ("tiers", .array(tiers.map(\.json))),
      ("applies_to", .array(appliesTo.sorted().map { .string($0.rawValue) })),
      ("source", source.json), ("confirmed", .bool(confirmed)), ("assumption", .bool(assumption)),
      ("note", note.map(JSON.string) ?? .null),
    ])
  }

  init(_ node: RuleNode) throws(InputError) {
    source = try RuleSource(node.member("source"))
    confirmed = try node.bool("confirmed")
    assumption = try node.bool("assumption")
    note = try node.optionalString("note")
    var categories: Set<SpendCategory> = []
    for item in try node.items("applies_to") {
      guard let category = SpendCategory(rawValue: try item.string()) else {
        throw item.failure(
          "unknown spend category",
          expected: "one of " + SpendCategory.allCases.map(\.rawValue).joined(separator: ", "))
      }
      categories.insert(category)
    }
    appliesTo = categories
    let tiersNode = try node.member("tiers")
    var tiers: [Tier] = []
    for item in try tiersNode.items() {
      let from = try item.member("from").money()
      let rateNode = try item.member("rate")
      let basisPoints = try VolumeDiscount.basisPoints(rateNode)
      if let last = tiers.last {
        guard from > last.from else {
          throw try item.member("from").failure(
            "tiers must start higher and higher", expected: "above \(last.from)")
        }
        guard basisPoints >= last.basisPoints else {
          throw rateNode.failure(
            "a larger buyer cannot get a smaller discount", expected: "a rate not below the previous")
        }
      } else if from != .zero {
        throw try item.member("from").failure("the first tier must start at 0", expected: "0")
      }
      tiers.append(Tier(from: from, basisPoints: basisPoints))
    }
    guard !tiers.isEmpty else { throw tiersNode.failure("no tiers", expected: "at least one tier from 0") }
    self.tiers = tiers
  }

  /// A share from 0 to 1 with at most four decimals (0.0125 = 1.25%), as whole basis points, so that
  /// every discount is computed on whole cents without floating-point drift.
  static func basisPoints(_ node: RuleNode) throws(InputError) -> Int {
    let rate = try node.number()
    let points = (rate * 10_000).rounded()
    guard rate >= 0, rate <= 1, abs(points - rate * 10_000) < 1e-6 else {
      throw node.failure("not a share", expected: "a number from 0 to 1 with at most four decimals")
    }
    return Int(points)
  }
}
