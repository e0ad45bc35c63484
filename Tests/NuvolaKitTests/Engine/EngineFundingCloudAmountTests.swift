import Foundation
import NuvolaModel
import NuvolaSupport
import Testing

@testable import NuvolaEngine

/// Measure 1.2 computed from the inventory: the class's fixed part plus the migrable services by mode,
/// clipped to the class range, with the parts summing to the total.
@Suite("Engine: 1.2 amount from the services")
struct EngineFundingCloudAmountTests {
  let rules = RulesFixture.book

  /// `a` services that move in mode A (structured, on premise: rehost) and `b` in mode B (unstructured:
  /// to SaaS), plus `unknown` whose deployment is not known.
  func cloud(population: Int, a: Int = 0, b: Int = 0, unknown: Int = 0) throws -> FundingMeasure {
    var applications: [Application] = []
    for index in 0..<a { applications.append(EngineFixtures.application("a\(index)", deployment: .onPremise)) }
    for index in 0..<b {
      applications.append(EngineFixtures.application("b\(index)", deployment: .onPremise, structured: false))
    }
    for index in 0..<unknown { applications.append(EngineFixtures.application("u\(index)", deployment: nil)) }
    let inventory = Inventory(comune: EngineFixtures.comune(population: population), applications: applications)
    let result = funding(for: inventory, population: .inventory(population), rules: rules)
    return try #require(result.measure("1.2"))
  }

  func parts(_ measure: FundingMeasure) -> [Money?] { measure.components.map(\.amount) }

  @Test func sondrioAward() throws {
    // 252,118 = 50,000 + 14 x 14,437 (Sondrio, April 2022).
    let measure = try cloud(population: 21_642, b: 14)
    #expect(measure.eligibility == .eligible)
    #expect(parts(measure) == [Money(euros: 50_000), Money(euros: 0), Money(euros: 202_118)])
    #expect(measure.components.map(\.count) == [nil, 0, 14])
    #expect(measure.components.map(\.unitAmount) == [50_000, 9_143, 14_437].map { Money(euros: $0) })
    #expect(measure.total?.amount == Money(euros: 252_118))
    #expect(measure.headline?.amount == Money(euros: 252_118))
    #expect(measure.total?.status == .confirmed)
  }

  @Test func brentaAward() throws {
    // 47,427 = 6,000 + 9 x 4,603 (Brenta, April 2022).
    let measure = try cloud(population: 1_798, b: 9)
    #expect(measure.total?.amount == Money(euros: 47_427))
    #expect(parts(measure) == [Money(euros: 6_000), Money(euros: 0), Money(euros: 41_427)])
  }

  @Test func bothModesSumToTheTotal() throws {
    let measure = try cloud(population: 21_642, a: 2, b: 9)
    #expect(parts(measure) == [Money(euros: 50_000), Money(euros: 18_286), Money(euros: 129_933)])
    #expect(measure.total?.amount == Money(euros: 198_219))
    let sum = measure.components.compactMap(\.amount).reduce(Money.zero, +)
    #expect(sum == measure.total?.amount)
  }

  @Test func clippedToTheClassMaximumModeBFirst() throws {
    // 50,001-100,000: at most 18 services; the largest award is 120,000 + 18 x 16,618 = 419,124.
    let measure = try cloud(population: 79_793, a: 7, b: 26)
    #expect(measure.total?.amount == Money(euros: 419_124))
    #expect(measure.components.map(\.count) == [nil, 0, 18])
    #expect(measure.reasons.contains { $0.it.contains("al massimo 18 servizi") && $0.en.contains("at most 18") })
    let mixed = try cloud(population: 60_000, a: 20, b: 5)
    #expect(mixed.components.map(\.count) == [nil, 13, 5])
    #expect(mixed.total?.amount == Money(euros: 120_000 + 13 * 14_254 + 5 * 16_618))
  }

  @Test func belowTheClassMinimumTheComuneCannotApply() throws {
    let measure = try cloud(population: 2_000, b: 6)
    #expect(measure.eligibility == .notEligible)
    #expect(
      measure.reasons.contains {
        $0.it.contains("almeno 7 servizi") && $0.it.contains("non può accedere all'avviso")
          && $0.en.contains("cannot apply")
      })
    // Services lacking facts may still reach the minimum: to be checked, not a no.
    let unsure = try cloud(population: 2_000, b: 6, unknown: 1)
    #expect(unsure.eligibility == .unknown)
    #expect(try cloud(population: 2_000, b: 7).eligibility == .eligible)
  }

  /// The minimum of each class at both sides of every boundary: reached exactly, or one short.
  @Test(arguments: [
    (2_500, 7), (2_501, 10), (5_000, 10), (5_001, 11), (20_000, 11), (20_001, 11), (50_000, 11), (50_001, 14),
    (100_000, 14), (100_001, 17), (250_000, 17), (250_001, 17),
  ])
  func classMinimumAtTheBoundaries(population: Int, minimum: Int) throws {
    #expect(try cloud(population: population, a: minimum).eligibility == .eligible)
    #expect(try cloud(population: population, a: minimum - 1).eligibility == .notEligible)
  }
}
