import NuvolaAwards
import NuvolaEngine
import NuvolaSupport
import Testing

/// The rollout after the PNRR: phases dated from the month after the as-of day, funded only by
/// awards still to complete that a phase can finish before the end of the PNRR and by calls open on
/// the as-of day, never by closed calls; the rest of the work stands unfunded and says so.
@Suite("Consolidation: a dated rollout funded by what can come")
struct ConsolidationRolloutFundingTests {
  let members: [ConsolidationMember]

  init() throws { members = try ConsolidationFixtures.vareseMembers() }

  func rollout(asOf: Day?, awards: AwardBook? = .shipped) -> RolloutPlan {
    var options = ConsolidationOptions(area: ConsolidationFixtures.area)
    options.asOf = asOf
    options.awards = awards
    return consolidate(members, rules: RulesFixture.book, options: options).rollout
  }

  @Test func inDecember2026NothingIsFundedAndThePhasesStartNextMonth() throws {
    let rollout = rollout(asOf: ConsolidationFixtures.day(2026, 12, 4))
    #expect(rollout.waves.map { $0.start?.description } == ["2027-01", "2027-07"])
    #expect(rollout.waves.map { $0.end?.description } == ["2027-06", "2027-12"])
    #expect(rollout.total > .zero)
    #expect(rollout.funded == .zero)
    #expect(rollout.unfunded == rollout.total)
    // Awards the comuni still hold cannot be completed by phases that start after the PNRR ends.
    let assigned = rollout.waves.flatMap(\.comuni).flatMap { AwardBook.shipped.awards(istatCode: $0) }
      .filter { $0.state == .assigned }.reduce(Money.zero) { $0 + $1.amount }
    #expect(rollout.waves.reduce(Money.zero) { $0 + $1.awardsAtRisk } == assigned)
    #expect(
      rollout.notes.contains { $0.it.contains("senza finanziamento noto") && $0.it.contains("(nessuno)") })
    #expect(rollout.notes.contains { $0.it.hasPrefix("Fonti note dopo il PNRR") })
    let json = rollout.json.serialized(sortKeys: true)
    #expect(json.contains("\"unfunded\"") && json.contains("\"as_of\": \"2026-12-04\""))
  }

  @Test func aCallOpenOnTheAsOfDayFundsItsMeasure() throws {
    let calendar = RulesFixture.book.calendar
    let call = try #require(calendar.calls(of: "1.2").first)
    let rollout = rollout(asOf: call.opens, awards: nil)
    let column = try #require(rollout.columns.firstIndex { $0.measureCode == "1.2" })
    for wave in rollout.waves {
      #expect(wave.fundedByOpenCalls >= wave.funding[column])
      #expect(wave.funded + wave.unfunded == wave.total)
    }
    #expect(rollout.funded > .zero)
  }

  @Test func withoutAnAsOfDayTheRolloutIsUndated() {
    let rollout = rollout(asOf: nil)
    #expect(rollout.waves.allSatisfy { $0.start == nil && $0.funded == .zero })
  }
}
