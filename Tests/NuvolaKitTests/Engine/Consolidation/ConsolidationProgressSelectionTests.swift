import Foundation
import NuvolaEngine
import NuvolaModel
import NuvolaSupport
import Testing

@Suite("Consolidation: choosing the snapshots to compare")
struct ConsolidationProgressSelectionTests {
  static func info(_ id: Int64, _ date: Day?) -> SnapshotInfo {
    SnapshotInfo(
      id: id, istatCode: "012133", name: "Varese", inventoryDate: date, source: "s\(id)", contentHash: "",
      importedAt: nil)
  }

  let history = [
    info(1, ConsolidationFixtures.day(2025, 6, 30)), info(4, ConsolidationFixtures.day(2026, 6, 30)),
    info(7, nil), info(9, ConsolidationFixtures.day(2026, 12, 31)),
  ]

  func pair(_ from: String?, _ to: String?) throws -> [Int64] {
    let pair = try ProgressSelection.choose(history: history, from: from, to: to)
    return [pair.from.id, pair.to.id]
  }

  @Test(
    arguments: [
      (nil, nil, [Int64(7), 9]),
      ("2026-01-01", nil, [1, 9]),
      ("2026-06-30", "2026-12-31", [4, 9]),
      ("30/06/2026", "9", [4, 9]),
      ("1", "4", [1, 4]),
      (nil, "2026-07-01", [1, 4]),
    ] as [(String?, String?, [Int64])])
  func selectors(from: String?, to: String?, expected: [Int64]) throws {
    #expect(try pair(from, to) == expected)
  }

  @Test func fewerThanTwoSnapshotsIsAClearFailure() {
    let error = #expect(throws: ProgressSelection.Failure.self) {
      try ProgressSelection.choose(history: [Self.info(1, nil)], from: nil, to: nil)
    }
    #expect(error == .fewerThanTwo(count: 1))
    #expect(error?.description.hasPrefix("only 1 snapshot in the store") == true)
  }

  @Test(
    arguments: [
      (
        "2020-01-01", nil,
        ProgressSelection.Failure.noneOnOrBefore(ConsolidationFixtures.day(2020, 1, 1), option: "--from")
      ),
      ("5", nil, .unknownSnapshot(5, option: "--from")),
      ("ieri", nil, .notASelector("ieri")),
      ("9", nil, .sameSnapshot(9)),
      ("9", "4", .reversed(from: 9, to: 4)),
    ] as [(String?, String?, ProgressSelection.Failure)])
  func badSelectors(from: String?, to: String?, failure: ProgressSelection.Failure) {
    let error = #expect(throws: ProgressSelection.Failure.self) {
      try ProgressSelection.choose(history: history, from: from, to: to)
    }
    #expect(error == failure)
  }
}
