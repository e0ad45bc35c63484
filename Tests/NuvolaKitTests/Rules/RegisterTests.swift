import Foundation
import NuvolaRules
import NuvolaSupport
import Testing

@Suite("ISTAT register")
struct RegisterTests {
  let register = Register.shipped

  @Test func holdsEveryComuneWithTheDocumentedGaps() {
    #expect(register.entries.count == 7_896)
    #expect(register.entries.filter { $0.population2011 == nil }.count == 66)
    #expect(register.entries(region: "Lombardia").count == 1_502)
  }

  @Test func findsByCodeWithOrWithoutLeadingZeros() {
    #expect(register.entry(code: "014061")?.name == "Sondrio")
    #expect(register.entry(code: "14061")?.name == "Sondrio")
    #expect(register.entry(code: "999999") == nil)
    #expect(register.entry(code: "abc") == nil)
  }

  @Test(arguments: [
    ("Cantù", "cantu"), ("CANTU", "cantu"), ("Valle d'Aosta", "valledaosta"), ("Südtirol", "sudtirol"),
    ("San Teodoro", "santeodoro"), ("Forlì-Cesena", "forlicesena"), ("Œ ß", "oess"),
  ])
  func foldsNamesForComparison(name: String, folded: String) {
    #expect(Register.foldName(name) == folded)
  }

  @Test func resolvesNamesIgnoringAccentsAndCase() {
    #expect(register.resolve("cantu") == .found(register.entry(code: "013041")!))
    #expect(register.resolve("  Sondrio ") == .found(register.entry(code: "014061")!))
    #expect(register.resolve("Atlantide") == .notFound)
    #expect(register.resolve("123456") == .notFound)
  }

  @Test func sharedNamesAreAmbiguousUnlessTheProvinceIsGiven() throws {
    guard case .ambiguous(let entries) = register.resolve("Castro") else {
      Issue.record("Castro should be ambiguous")
      return
    }
    #expect(entries.count == 2)
    let provinces = entries.map(\.provinceAbbreviation)
    let province = try #require(provinces.first)
    guard case .found(let entry) = register.resolve("Castro (\(province))") else {
      Issue.record("Castro with its province should be found")
      return
    }
    #expect(entry.provinceAbbreviation == province)
  }

  @Test func bilingualRegionsAreFoundByEitherPart() {
    let trentino = register.entries(region: "Trentino-Alto Adige/Südtirol")
    #expect(trentino.count == 282)
    #expect(register.entries(region: "Südtirol") == trentino)
    #expect(register.entries(region: "trentino alto adige") == trentino)
    #expect(register.entries(region: "Valle d'Aosta").count == 74)
  }

  @Test func provincesByNameOrAbbreviation() {
    #expect(register.entries(province: "VA") == register.entries(province: "varese"))
    #expect(!register.entries(province: "VA").isEmpty)
  }

  /// A newer file with its columns in another order and one more: read by the columns' names.
  @Test func columnsAreFoundByName() throws {
    let data = Data(
      ("nuts3,population_2011,istat_code,extra,name,province,province_abbr,region,capoluogo,cadastral_code\r\n"
        + "ITC11,2644,001001,x,Agliè,Torino,TO,Piemonte,0,A074\r\n").utf8)
    let register = try Register(csv: data, file: "new.csv", population2022: ["001001": 2562])
    let entry = try #require(register.entry(code: "1001"))
    #expect(entry.name == "Agliè" && entry.province == "Torino" && entry.nuts3 == "ITC11")
    #expect(entry.population2011 == 2644 && entry.population2022 == 2562 && !entry.isCapoluogo)
    #expect(register.entries(named: "aglie") == [entry])
    let population = try Register.population2022(csv: Data("population,istat_code\n2562,001001\n".utf8), file: "p.csv")
    #expect(population == ["001001": 2562])
    // The shipped register: the 2022 figures joined while reading, as `joining` gives them.
    #expect(Register.shipped.entry(code: "014061")?.population2022 != nil)
    #expect(Register.shipped.population2022Unmatched.allSatisfy { Register.shipped.entry(code: $0) == nil })
  }

  @Test func malformedRegisterIsAnInputError() {
    let data = Data("istat_code,name\n001,x\n".utf8)
    #expect(throws: InputError.self) { try Register(csv: data, file: "bad.csv") }
    let badPopulation = Data(
      ("istat_code,name,province,province_abbr,region,capoluogo,cadastral_code,nuts3,population_2011\n"
        + "001001,A,T,TO,Piemonte,0,A074,ITC11,tanti\n").utf8)
    do {
      _ = try Register(csv: badPopulation, file: "bad.csv")
      Issue.record("expected an error")
    } catch {
      #expect(error.diagnostics.first?.line == 2)
      #expect(error.diagnostics.first?.value == "tanti")
    }
  }
}
