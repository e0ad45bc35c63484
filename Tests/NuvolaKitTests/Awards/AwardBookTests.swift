import Foundation
import NuvolaAwards
import NuvolaSupport
import Testing

@Suite struct AwardBookTests {
  /// Sondrio's history as the shipped snapshot holds it (the files of PA digitale 2026).
  @Test func theShippedSnapshotShowsSondriosHistory() throws {
    let book = AwardBook.shipped
    let sondrio = Array(book.awards(istatCode: "014061"))
    #expect(sondrio.count == 10)

    let cloud = try #require(sondrio.first { $0.measure == .cloud })
    #expect(cloud.avviso == "1.2 Abilitazione al cloud - Comuni - Aprile 2022")
    #expect(cloud.amount == Money(euros: 252_118))
    #expect(cloud.cup == "H71C22000030006")
    #expect(cloud.state == .assigned)
    #expect(cloud.fundingDay == Day(year: 2022, month: 8, day: 8))
    #expect(cloud.decree == nil)
    #expect(cloud.source.fileName == "candidature_finanziate_12.csv")
    #expect(cloud.source.label.it == "dati PA digitale 2026, misura 1.2, al 04/03/2023")

    let experience = try #require(sondrio.first { $0.measure == .citizenExperience })
    #expect(experience.amount == Money(euros: 280_932))
    #expect(experience.avviso == "1.4.1 Esperienza del Cittadino - Comuni - Settembre 2022")
    #expect(experience.fundingDay == Day(year: 2023, month: 1, day: 3))
    #expect(experience.cup == "H71F22003220006")

    let pagoPA = sondrio.filter { $0.measure == .pagoPA }
    #expect(pagoPA.map(\.avviso) == [
      "1.4.3 - pagoPA - Comuni - Aprile 2022", "1.4.3 - pagoPA - Comuni - Settembre 2022",
      "1.4.3 - pagoPA - Comuni - maggio 2023",
    ])
    #expect(pagoPA.map(\.state) == [.renounced, .paid, .assigned])
    #expect(pagoPA[0].amount == Money(euros: 123_828))
    #expect(pagoPA[0].stateDay == Day(year: 2022, month: 10, day: 3))
    #expect(pagoPA[1].amount == Money(euros: 109_260))
    #expect(pagoPA[1].stateDay == Day(year: 2023, month: 8, day: 4))
    #expect(pagoPA[1].source.label.it == "dati PA digitale 2026, misura 1.4.3, al 24/10/2023")

    let standing = try #require(book.standing(istatCode: "014061", measure: .pagoPA))
    #expect(standing.awarded == Money(euros: 109_260 + 12_747))
    #expect(standing.state == .assigned)
    #expect(book.standing(istatCode: "014061", measure: .notifications)?.state == .paid)
    #expect(book.standing(istatCode: "014061", measure: .anprANSC) == nil)
  }

  @Test func theShippedSnapshotHoldsEveryFileWithItsDate() {
    let dates = AwardBook.shipped.sources.map { "\($0.fileName) \($0.dataDate)" }
    #expect(dates == [
      "candidature_finanziate_12.csv 2023-03-04", "candidature_finanziate_131.csv 2025-03-14",
      "candidature_finanziate_141.csv 2025-01-09", "candidature_finanziate_143.csv 2023-10-24",
      "candidature_finanziate_144.csv 2025-03-27", "candidature_finanziate_145.csv 2025-03-29",
    ])
    #expect(AwardBook.shipped.awards.count == 54_270)
    // Read without the awards, for a page citing them: the same files, in the same order.
    #expect(AwardBook.shippedSources == AwardBook.shipped.sources)
    // A few comuni's awards: theirs, found by the code's bytes, and none of another comune.
    let few = AwardBook.shipped(istatCodes: ["014061", "012019"])
    #expect(Array(few.awards(istatCode: "014061")) == Array(AwardBook.shipped.awards(istatCode: "014061")))
    #expect(few.awards.allSatisfy { ["014061", "012019"].contains($0.istatCode) })
    #expect(AwardBook.shipped(istatCodes: ["14061"]).isEmpty)
    #expect(AwardBook.shipped.summary().first { $0.measure == .notifications }?.comuni == 7_116)
  }

  @Test func theSnapshotFormReadsBackTheSameAwards() throws {
    let file = try AwardFixtures.read(AwardFixtures.file143, dataDate: Day(year: 2023, month: 10, day: 24))
    let text = AwardSnapshot.encode([file])
    let book = try AwardSnapshot.decode(Data(text.utf8), file: "awards.tsv")
    let original = AwardBook(awards: file.awards)
    #expect(book.awards.count == original.awards.count)
    for (read, written) in zip(book.awards, original.awards) {
      #expect(read.hasSameContent(as: written))
      #expect(read.source == written.source)
    }
    #expect(AwardSnapshot.encode([file]) == text)
    #expect(throws: InputError.self) { try AwardSnapshot.decode(Data("A\t1\n".utf8), file: "awards.tsv") }
  }

  @Test func standingsFollowTheStates() throws {
    let file = try AwardFixtures.read(AwardFixtures.file143)
    func standing(_ states: [AwardState]) -> AwardStanding? {
      let awards = states.map { state -> Award in
        var award = file.awards[0]
        award.state = state
        return award
      }
      return AwardStanding(measure: .pagoPA, awards: awards)
    }
    #expect(standing([]) == nil)
    #expect(standing([.renounced])?.state == .renounced)
    #expect(standing([.renounced])?.awarded == .zero)
    #expect(standing([.paid, .renounced])?.state == .paid)
    #expect(standing([.paid, .assigned])?.state == .assigned)
    #expect(standing([.paid, .assigned])?.awarded == Money(euros: 2 * 123_828))
  }

  @Test func mergingLetsNewerDataWinPerKey() throws {
    let old = try AwardFixtures.read(AwardFixtures.file143, dataDate: Day(year: 2023, month: 1, day: 1))
    var changed = AwardFixtures.file143.replacingOccurrences(of: ",A,2022-08-12,", with: ",E,2024-01-15,")
    changed = changed.components(separatedBy: "\n").prefix(4).joined(separator: "\n")
    let new = try AwardFixtures.read(changed, dataDate: Day(year: 2025, month: 1, day: 1))
    let merged = AwardBook(awards: old.awards).merging(AwardBook(awards: new.awards))
    #expect(merged.awards.count == old.awards.count)
    #expect(merged.standing(istatCode: "014061", measure: .appIO)?.state == .paid)
    // Older data do not win over newer ones, whichever book they come in.
    let reversed = AwardBook(awards: new.awards).merging(AwardBook(awards: old.awards))
    #expect(reversed.standing(istatCode: "014061", measure: .appIO)?.state == .paid)
    #expect(reversed.awards(istatCode: "092066").count == 1)
  }

  @Test func daysRoundTripThroughTheirOrdinal() {
    for day in [Day(year: 2022, month: 2, day: 28)!, Day(year: 2024, month: 2, day: 29)!, Day(year: 1970, month: 1, day: 1)!] {
      #expect(Day(ordinal: day.ordinal) == day)
    }
    #expect(Day(ordinal: Day(year: 2023, month: 3, day: 1)!.ordinal - 1) == Day(year: 2023, month: 2, day: 28))
  }

  /// The book of a few comuni is the whole book's awards of those comuni, in the same order.
  @Test func shippedAwardsOfSomeComuniOnly() {
    let some = AwardBook.shipped(istatCodes: ["014061", "012019"])
    #expect(Array(some.awards(istatCode: "014061")) == Array(AwardBook.shipped.awards(istatCode: "014061")))
    #expect(Array(some.awards(istatCode: "012019")) == Array(AwardBook.shipped.awards(istatCode: "012019")))
    #expect(some.istatCodes == ["014061", "012019"])
    #expect(AwardBook.shipped(istatCodes: []).isEmpty)
  }
}
