import NuvolaSupport

/// Splits an amount among comuni in proportion to whole weights (inhabitants) so that the shares add
/// up to the amount exactly, to the cent.
///
/// Rule: each share is rounded down to the cent; the cents left over (fewer than the number of
/// comuni) go one each to the largest remainders, ties to the smaller ISTAT code. Integer arithmetic
/// only, so every machine gives the same cents.
public enum ProportionalSplit {
  /// One share and whether it received a leftover cent.
  public struct Share: Sendable, Equatable {
    public var amount: Money
    public var remainderCent: Bool
  }

  public static let rule = BilingualText(key: "consolidation.share_cost_x_the_comune")

  /// Shares aligned with `weights` (`key` breaks ties). A zero total weight gives zero shares.
  public static func split(_ total: Money, weights: [(key: String, weight: Int)]) -> [Share] {
    let sum = Int64(weights.reduce(0) { $0 + $1.weight })
    guard sum > 0, total.cents > 0 else {
      return weights.map { _ in Share(amount: .zero, remainderCent: false) }
    }
    var floors: [Int64] = []
    var remainders: [Int64] = []
    for item in weights {
      // Full-width product: a regional cost in cents times a city's population overflows nothing.
      let product = total.cents.multipliedFullWidth(by: Int64(item.weight))
      let (quotient, remainder) = sum.dividingFullWidth(product)
      floors.append(quotient)
      remainders.append(remainder)
    }
    let leftover = Int(total.cents - floors.reduce(0, +))
    let order = weights.indices.sorted {
      remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : weights[$0].key < weights[$1].key
    }
    var extra = Set(order.prefix(leftover))
    var shares: [Share] = []
    for index in weights.indices {
      let bonus = extra.remove(index) != nil
      shares.append(Share(amount: Money(cents: floors[index] + (bonus ? 1 : 0)), remainderCent: bonus))
    }
    return shares
  }

  /// `total / weight` in ten-thousandths of a euro (`4,4561` EUR per inhabitant), rounded half up.
  public static func perUnit(_ total: Money, weight: Int) -> Int64 {
    guard weight > 0 else { return 0 }
    return (total.cents * 100 + Int64(weight) / 2) / Int64(weight)
  }
}
