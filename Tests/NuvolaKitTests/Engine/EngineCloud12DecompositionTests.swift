import NuvolaEngine
import NuvolaSupport
import Testing

@Suite struct EngineCloud12DecompositionTests {
  func decompose(_ euros: Int) throws -> Cloud12Decomposition? {
    let measure = try #require(RulesFixture.book.measure("1.2"))
    return Cloud12Decomposition.decompose(Money(euros: euros), measure: measure)
  }

  @Test func sondrio() throws {
    let found = try #require(try decompose(252_118))
    #expect(found.fixed == Money(euros: 50_000))
    #expect(found.modeA == 0 && found.modeB == 14)
    #expect(found.populationClass.lowerBound == 20_001)
  }

  @Test func brenta() throws {
    let found = try #require(try decompose(47_427))
    #expect(found.fixed == Money(euros: 6_000))
    #expect(found.modeA == 0 && found.modeB == 9)
    #expect(found.populationClass.upperBound == 2_500)
  }

  @Test func classMaximumOfVareseAndComo() throws {
    let found = try #require(try decompose(419_124))
    #expect(found.fixed == Money(euros: 120_000))
    #expect(found.modeA == 0 && found.modeB == 18)
    #expect(found.populationClass.lowerBound == 50_001)
  }

  @Test func notDecomposable() throws {
    #expect(try decompose(100_000) == nil)
    #expect(try decompose(1) == nil)
    let measure = try #require(RulesFixture.book.measure("1.2"))
    #expect(Cloud12Decomposition.all(Money(euros: 100_000), measure: measure).isEmpty)
  }
}
