import Testing

@testable import NuvolaEngine
@testable import NuvolaSupport

@Suite("Consolidation: proportional split to the cent")
struct ConsolidationSplitTests {
  @Test(arguments: [
    (Int64(100), [1, 1, 1], [34, 33, 33]),
    (Int64(101), [1, 1, 1], [34, 34, 33]),
    (Int64(1_000), [1, 2, 7], [100, 200, 700]),
    (Int64(7), [3, 3], [4, 3]),
    (Int64(0), [5, 5], [0, 0]),
    (Int64(58_896_400), [802, 1_798, 38_598, 79_793], [390_400, 875_237, 18_788_862, 38_841_901]),
  ])
  func sharesAddUpExactly(total: Int64, weights: [Int], expected: [Int64]) {
    let keyed = weights.enumerated().map { (key: "00000\($0.offset)", weight: $0.element) }
    let shares = ProportionalSplit.split(Money(cents: total), weights: keyed)
    #expect(shares.map(\.amount.cents) == expected)
    #expect(shares.reduce(0) { $0 + $1.amount.cents } == total)
  }

  @Test func noWeightMeansNoShare() {
    let shares = ProportionalSplit.split(Money(euros: 10), weights: [(key: "a", weight: 0)])
    #expect(shares == [ProportionalSplit.Share(amount: .zero, remainderCent: false)])
  }

  @Test func aRegionalCostOverAMillionInhabitantsDoesNotOverflow() {
    let shares = ProportionalSplit.split(
      Money(euros: 900_000_000), weights: [(key: "a", weight: 3_000_000), (key: "b", weight: 1)])
    #expect(shares.reduce(0) { $0 + $1.amount.cents } == 90_000_000_000)
  }

  @Test(arguments: [(Int64(58_896_400), 120_991, Int64(48_678)), (Int64(100), 3, Int64(3_333))])
  func feePerInhabitantInTenThousandths(total: Int64, weight: Int, expected: Int64) {
    #expect(ProportionalSplit.perUnit(Money(cents: total), weight: weight) == expected)
  }
}
