import Foundation
import NuvolaAwards
import NuvolaEngine
import NuvolaRules
import NuvolaSupport
import Testing

/// The rules set against the real awards shipped with Nuvola (PA digitale 2026 open data, every
/// comuni row of the six measure files): the share of awarded comuni whose award the rules give
/// exactly, with ISTAT population at 1/1/2022 as the calls used. The rates are the ones the closing
/// notes report; a change to the rules or the population basis that lowers them fails here.
@Suite("Engine: rules against the real awards")
struct EngineAwardMatchTests {
  static let book = AwardBook.shipped
  static let table = RegisterFunding(rules: RulesFixture.book)
  static let rows: [String: RegisterFundingRow] = {
    var rows: [String: RegisterFundingRow] = [:]
    for entry in Register.shipped.entries { rows[entry.istatCode] = table.row(for: entry) }
    return rows
  }()

  /// Per comune, whether one of its awards of `measure` (renounced ones included: the amount was
  /// assigned) equals the rules amount of `column`.
  static func rate(_ measure: AwardMeasure, column: String, avviso: String? = nil) -> (
    matched: Int, comuni: Int
  ) {
    let index = table.columns.firstIndex { $0.name == column }!
    var matched = 0
    var comuni = 0
    for code in book.istatCodes.sorted() {
      let awards = book.awards(istatCode: code).filter {
        $0.measure == measure && (avviso.map($0.avviso.hasPrefix) ?? true)
      }
      guard !awards.isEmpty else { continue }
      comuni += 1
      guard let amount = rows[code]?.amounts[index] else { continue }
      if awards.contains(where: { $0.amount == amount }) { matched += 1 }
    }
    return (matched, comuni)
  }

  /// Whether `population` lies within `share` of one of the class's bounds.
  static func adjacent(_ populationClass: MeasureClass, _ population: Int, within share: Double) -> Bool {
    var bounds: [Int] = []
    if populationClass.lowerBound > 0 { bounds.append(populationClass.lowerBound) }
    if let upper = populationClass.upperBound { bounds.append(upper) }
    return bounds.contains { bound in
      let distance = Double(abs(population - bound))
      return distance <= Double(bound) * share
    }
  }

  static func share(_ rate: (matched: Int, comuni: Int)) -> Double {
    Double(rate.matched) / Double(rate.comuni)
  }

  @Test func notificationsMatchForAlmostEveryComune() {
    let result = Self.rate(.notifications, column: "1.4.5")
    print("1.4.5: \(result.matched) of \(result.comuni)")
    #expect(result.comuni > 7_000)
    #expect(Self.share(result) >= 0.995)
  }

  @Test func pdndOctober2022MatchesForAlmostEveryComune() {
    let result = Self.rate(
      .pdnd, column: "1.3.1", avviso: "1.3.1 Piattaforma Digitale Nazionale Dati - Comuni Ottobre 2022")
    print("1.3.1: \(result.matched) of \(result.comuni)")
    #expect(result.comuni > 5_000)
    #expect(Self.share(result) >= 0.995)
  }

  @Test func spidCIEIsFlatForEveryComune() {
    let result = Self.rate(.spidCIE, column: "1.4.4_spid_cie")
    print("SPID/CIE: \(result.matched) of \(result.comuni)")
    #expect(result.comuni > 6_000)
    #expect(Self.share(result) >= 0.995)
  }

  @Test func anprANSCMatchesForAlmostEveryComune() {
    let result = Self.rate(.anprANSC, column: "1.4.4_anpr")
    print("ANPR/ANSC: \(result.matched) of \(result.comuni)")
    #expect(result.comuni > 1_000)
    #expect(Self.share(result) >= 0.995)
  }

  /// Every 1.2 award is fixed + n_A x A + n_B x B of its comune's class, services within the range.
  @Test func everyCloudAwardIsReachableInItsClass() throws {
    let measure = try #require(RulesFixture.book.measure("1.2"))
    var reachable = 0
    var total = 0
    var nearBoundary = 0
    for award in Self.book.awards where award.measure == .cloud {
      guard let population = Self.rows[award.istatCode]?.population.value else { continue }
      total += 1
      let own = measure.populationClass(for: population)
      let classes = Cloud12Decomposition.all(award.amount, measure: measure).map(\.populationClass)
      if classes.contains(own) {
        reachable += 1
      } else if classes.contains(where: { Self.adjacent($0, population, within: 0.02) }) {
        // The call's own population figure put the comune across a class boundary.
        nearBoundary += 1
      }
    }
    print(
      "1.2: \(reachable) of \(total) reachable in the class, \(nearBoundary) in the next class at a boundary")
    #expect(total > 7_000)
    #expect(Double(reachable) / Double(total) >= 0.995)
    #expect(reachable + nearBoundary == total)
  }

  /// Every app IO award is a whole number of services (within the class range) times its class amount.
  @Test func everyAppIOAwardIsReachableInItsClass() throws {
    let measure = try #require(RulesFixture.book.measure("1.4.3-appio"))
    func reaches(_ amount: Money, _ populationClass: MeasureClass) -> Bool {
      guard let unit = populationClass.amounts["service"]?.value, unit.cents > 0,
        let low = populationClass.services?.min, let high = populationClass.services?.max,
        amount.cents % unit.cents == 0
      else { return false }
      return (low...high).contains(Int(amount.cents / unit.cents))
    }
    var reachable = 0
    var total = 0
    var nearBoundary = 0
    var elsewhere: [String] = []
    for award in Self.book.awards where award.measure == .appIO {
      guard let population = Self.rows[award.istatCode]?.population.value else { continue }
      total += 1
      if reaches(award.amount, measure.populationClass(for: population)) {
        reachable += 1
      } else if measure.classes.contains(where: {
        reaches(award.amount, $0) && Self.adjacent($0, population, within: 0.02)
      }) {
        nearBoundary += 1
      } else if measure.classes.contains(where: { reaches(award.amount, $0) }) {
        elsewhere.append(award.istatCode)
      }
    }
    print(
      "app IO: \(reachable) of \(total) reachable in the class, \(nearBoundary) in the next class at a boundary"
    )
    #expect(total > 7_000)
    #expect(Double(reachable) / Double(total) >= 0.995)
    // Two awards are whole services of a class far from the comune's population (Castrolibero's
    // 13 x 243 at 9,296 inhabitants, Trapani's 39 x 343 at 56,293): anomalies of the published
    // data, not of the table; no award is unreachable in every class.
    #expect(elsewhere == ["078031", "081021"])
    #expect(reachable + nearBoundary + elsewhere.count == total)
  }
}
