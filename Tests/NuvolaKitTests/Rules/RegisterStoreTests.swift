import Foundation
import Testing

@testable import NuvolaRules

/// The shipped register reads a comune's line only when it is looked up: each comune read so must
/// be the one the eager reader gives for the same files, 1/1/2022 population included.
@Suite("ISTAT register, read lazily")
struct RegisterStoreTests {
  /// The shipped files read whole by the public, checking reader.
  func eager() throws -> Register {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/NuvolaRules/Resources/register")
    let population = try Register.population2022(
      csv: Data(contentsOf: folder.appendingPathComponent("istat-popolazione-2022.csv")),
      file: "istat-popolazione-2022.csv")
    return try Register(
      csv: Data(contentsOf: folder.appendingPathComponent("istat-comuni.csv")), file: "istat-comuni.csv",
      population2022: population
    ).joining(population2022: population)
  }

  @Test func everyComuneLookedUpAloneIsTheEagerReadersOne() throws {
    let whole = try eager()
    #expect(whole.entries.count == 7_896)
    let lazy = Register.readShipped()
    for entry in whole.entries {
      #expect(lazy.entry(code: entry.istatCode) == entry, "\(entry.istatCode)")
    }
    #expect(lazy.entry(code: "14061")?.population2022 == whole.entry(code: "014061")?.population2022)
    #expect(lazy.entry(code: "14061")?.population2022 != nil)
    #expect(lazy.entry(code: "999999") == nil)
    #expect(lazy.entry(code: "1234567") == nil)
    #expect(lazy.entry(code: "01406x") == nil)
    // Then the whole file, and the look-ups after it.
    #expect(lazy.entries == whole.entries)
    #expect(lazy.entry(code: "014061") == whole.entry(code: "014061"))
  }

  @Test func allComuniFirstGiveTheSameRegister() throws {
    let whole = try eager()
    let lazy = Register.readShipped()
    #expect(lazy.population2022Unmatched == whole.population2022Unmatched)
    #expect(lazy.entries == whole.entries)
    #expect(lazy.entries(named: "Castro").count == 2)
  }
}
