import NuvolaRules
import NuvolaSupport
import Testing

/// One published boundary of a measure: the amount of a component at `bound` (the last population of
/// the lower class) and at `bound + 1` (the first of the next). Nil means the amount is unknown.
struct PublishedBoundary: Sendable, CustomTestStringConvertible {
  var measure: String
  var component: String
  var bound: Int
  var atBound: Double?
  var afterBound: Double?

  init(_ measure: String, _ component: String, _ bound: Int, _ atBound: Double?, _ afterBound: Double?) {
    self.measure = measure
    self.component = component
    self.bound = bound
    self.atBound = atBound
    self.afterBound = afterBound
  }

  var testDescription: String { "\(measure) \(component) at \(bound)" }
}

@Suite("Rules: population classes")
struct RulesPopulationClassTests {
  /// Every boundary of every measure, as `reference/RULES.md` publishes them.
  static let boundaries: [PublishedBoundary] = [
    // 1.2, fitted from the open data: fixed part, per service in mode A and in mode B.
    .init("1.2", "fixed", 2_500, 6_000, 12_000),
    .init("1.2", "fixed", 5_000, 12_000, 25_000),
    .init("1.2", "fixed", 20_000, 25_000, 50_000),
    .init("1.2", "fixed", 50_000, 50_000, 120_000),
    .init("1.2", "fixed", 100_000, 120_000, 450_000),
    .init("1.2", "fixed", 250_000, 450_000, 4_112_822),
    .init("1.2", "mode_a", 2_500, 1_528, 2_352),
    .init("1.2", "mode_a", 5_000, 2_352, 4_146),
    .init("1.2", "mode_a", 20_000, 4_146, 9_143),
    .init("1.2", "mode_a", 50_000, 9_143, 14_254),
    .init("1.2", "mode_a", 100_000, 14_254, 15_394),
    .init("1.2", "mode_a", 250_000, 15_394, 17_452),
    .init("1.2", "mode_b", 2_500, 4_603, 5_069),
    .init("1.2", "mode_b", 5_000, 5_069, 6_928),
    .init("1.2", "mode_b", 20_000, 6_928, 14_437),
    .init("1.2", "mode_b", 50_000, 14_437, 16_618),
    .init("1.2", "mode_b", 100_000, 16_618, 27_694),
    .init("1.2", "mode_b", 250_000, 27_694, 46_634),
    // 1.3.1 PDND.
    .init("1.3.1", "lump_sum", 5_000, 10_172, 20_344),
    .init("1.3.1", "lump_sum", 20_000, 20_344, 30_515),
    .init("1.3.1", "lump_sum", 50_000, 30_515, 162_748),
    .init("1.3.1", "lump_sum", 100_000, 162_748, 203_435),
    .init("1.3.1", "lump_sum", 250_000, 203_435, 474_775),
    // 1.4.1: website package and amount per service.
    .init("1.4.1", "website", 5_000, 28_902, 51_654),
    .init("1.4.1", "website", 20_000, 51_654, 87_682),
    .init("1.4.1", "website", 50_000, 87_682, 96_260),
    .init("1.4.1", "website", 100_000, 96_260, 162_545),
    .init("1.4.1", "website", 250_000, 162_545, 500_243),
    .init("1.4.1", "service", 5_000, 12_755, 25_895),
    .init("1.4.1", "service", 20_000, 25_895, 38_650),
    .init("1.4.1", "service", 50_000, 38_650, 38_650),
    .init("1.4.1", "service", 100_000, 38_650, 58_963),
    .init("1.4.1", "service", 250_000, 58_963, 77_684),
    // 1.4.3 pagoPA, per service.
    .init("1.4.3-pagopa", "service", 5_000, 607, 857),
    .init("1.4.3-pagopa", "service", 20_000, 857, 1_821),
    .init("1.4.3-pagopa", "service", 100_000, 1_821, 2_747),
    .init("1.4.3-pagopa", "service", 250_000, 2_747, 7_967),
    // 1.4.3 App IO, per service, fitted from the open data.
    .init("1.4.3-appio", "service", 5_000, 243, 343),
    .init("1.4.3-appio", "service", 20_000, 343, 728),
    .init("1.4.3-appio", "service", 100_000, 728, 1_099),
    .init("1.4.3-appio", "service", 250_000, 1_099, 3_187),
    // 1.4.4 ANPR / ANSC.
    .init("1.4.4-anpr-ansc", "lump_sum", 2_500, 3_928.40, 6_173.20),
    .init("1.4.4-anpr-ansc", "lump_sum", 5_000, 6_173.20, 8_979.20),
    .init("1.4.4-anpr-ansc", "lump_sum", 20_000, 8_979.20, 14_030),
    .init("1.4.4-anpr-ansc", "lump_sum", 50_000, 14_030, 16_274.80),
    .init("1.4.4-anpr-ansc", "lump_sum", 100_000, 16_274.80, 19_642),
    .init("1.4.4-anpr-ansc", "lump_sum", 250_000, 19_642, 25_254),
    // 1.4.5 PND.
    .init("1.4.5", "lump_sum", 5_000, 23_147, 32_589),
    .init("1.4.5", "lump_sum", 20_000, 32_589, 59_966),
    .init("1.4.5", "lump_sum", 100_000, 59_966, 69_000),
    .init("1.4.5", "lump_sum", 250_000, 69_000, 97_247),
  ]

  @Test(arguments: boundaries)
  func boundaryIsInclusive(_ boundary: PublishedBoundary) throws {
    let measure = try #require(RulesFixture.book.measure(boundary.measure))
    let inside = measure.populationClass(for: boundary.bound)
    let outside = measure.populationClass(for: boundary.bound + 1)
    #expect(inside.upperBound == boundary.bound)
    #expect(inside.contains(boundary.bound) && !inside.contains(boundary.bound + 1))
    #expect(outside.lowerBound == boundary.bound + 1)
    #expect(outside.index == inside.index + 1)
    #expect(inside.amounts[boundary.component]?.value == boundary.atBound.map { Money(euros: $0) })
    #expect(outside.amounts[boundary.component]?.value == boundary.afterBound.map { Money(euros: $0) })
  }

  /// The table above covers every boundary the rules files hold: none is left untested.
  @Test func everyBoundaryOfEveryMeasureIsTested() {
    var inRules: Set<String> = []
    for measure in RulesFixture.book.measures {
      for bound in measure.upperBounds { inRules.insert("\(measure.code)@\(bound)") }
    }
    let tested = Set(RulesPopulationClassTests.boundaries.map { "\($0.measure)@\($0.bound)" })
    #expect(inRules == tested)
  }

  @Test(arguments: [0, 1, 4_000, 21_642, 2_800_000])
  func spidCieIsFlat(population: Int) throws {
    let measure = try #require(RulesFixture.book.measure("1.4.4-spid-cie"))
    #expect(measure.upperBounds.isEmpty)
    #expect(measure.populationClass(for: population).amounts["lump_sum"]?.value == Money(euros: 14_000))
  }

  @Test(arguments: [(0, 0), (5_000, 0), (5_001, 1), (20_000, 1), (20_001, 2), (1_000_000, 2)])
  func indexOfPopulation(population: Int, index: Int) {
    #expect(PopulationClasses.index(of: population, upperBounds: [5_000, 20_000]) == index)
  }

  @Test(arguments: [(20_000, 3), (20_001, 5)])
  func appIOMinimumServices(population: Int, minimum: Int) throws {
    let measure = try #require(RulesFixture.book.measure("1.4.3-appio"))
    #expect(measure.populationClass(for: population).services?.min == minimum)
    #expect(measure.populationClass(for: population).services?.max == 50)
  }

  /// 1.2 services range of each class, at both sides of every boundary.
  @Test(arguments: [
    (2_500, 7, 9), (2_501, 10, 13), (5_000, 10, 13), (5_001, 11, 14), (20_000, 11, 14), (20_001, 11, 14),
    (50_000, 11, 14), (50_001, 14, 18), (100_000, 14, 18), (100_001, 17, 21), (250_000, 17, 21),
    (250_001, 17, 21),
  ])
  func cloudServiceRange(population: Int, minimum: Int, maximum: Int) throws {
    let measure = try #require(RulesFixture.book.measure("1.2"))
    let range = try #require(measure.populationClass(for: population).services)
    #expect(range.min == minimum && range.max == maximum && range.confirmed)
  }

  /// The amount at the class minimum (the register's `1.2` column): fixed part + minimum x A.
  @Test(arguments: [
    (2_500, 16_696), (2_501, 35_520), (5_000, 35_520), (5_001, 70_606), (20_000, 70_606), (20_001, 150_573),
    (50_000, 150_573), (50_001, 319_556), (100_000, 319_556), (100_001, 711_698), (250_000, 711_698),
    (250_001, 4_409_506),
  ])
  func cloudClassMinimum(population: Int, amount: Int) throws {
    let measure = try #require(RulesFixture.book.measure("1.2"))
    #expect(measure.minimumAmount(in: measure.populationClass(for: population)) == Money(euros: amount))
  }

  @Test func labelsFollowThePublishedForm() throws {
    let measure = try #require(RulesFixture.book.measure("1.4.5"))
    #expect(measure.classes[0].label(.it) == "<= 5.000")
    #expect(measure.classes[1].label(.it) == "5.001 - 20.000")
    #expect(measure.classes[1].label(.en) == "5,001 - 20,000")
    #expect(measure.classes[4].label(.it) == "> 250.000")
  }
}
