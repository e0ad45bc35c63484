import NuvolaModel
import NuvolaRules
import NuvolaSupport
import Testing

@testable import NuvolaIngest

@Suite struct InventoryValidatorTests {
  let register = Register.shipped

  /// Sondrio with a site, a host, a VM on it, two applications and a link: valid as it is.
  var valid: Inventory {
    var comune = Comune(istatCode: "014061", name: "Sondrio")
    comune.inventoryDate = Day(year: 2025, month: 3, day: 1)
    var host = Asset(id: "esx1", kind: .virtualizationHost)
    host.site = "ced"
    host.purchaseYear = 2019
    var vm = Asset(id: "vm1", kind: .vm)
    vm.host = "esx1"
    var pc = Asset(id: "pc1", kind: .pc)
    pc.quantity = 40
    var anagrafe = Application(id: "anagrafe", name: "Anagrafe", domain: .anagrafe)
    anagrafe.asset = "vm1"
    anagrafe.site = "ced"
    var protocollo = Application(id: "protocollo", name: "Protocollo")
    protocollo.dependsOn = ["anagrafe"]
    protocollo.contractEnd = Day(year: 2026, month: 6, day: 30)
    return Inventory(
      comune: comune, sites: [Site(id: "ced", name: "CED")], assets: [host, vm, pc],
      applications: [anagrafe, protocollo], links: [Link(id: "l1", site: "ced", technology: .ftth)])
  }

  func issues(_ change: (inout Inventory) -> Void) -> [ValidationIssue] {
    var inventory = valid
    change(&inventory)
    return InventoryValidator.validate(inventory, register: register)
  }

  @Test func validInventoryHasNoIssues() {
    #expect(InventoryValidator.validate(valid, register: register).isEmpty)
  }

  @Test func unknownISTATCode() {
    let found = issues { $0.comune.istatCode = "999999" }
    #expect(
      found == [
        ValidationIssue(
          recordType: .comune, index: 0, field: "istat_code", value: "999999",
          message: "no comune has this ISTAT code in the register",
          expected: "a 6-digit ISTAT code of a comune in the register (e.g. 014061 for Sondrio)")
      ])
  }

  @Test(arguments: ["14061", "01406A", "0140610"])
  func istatCodeMustHaveSixDigits(code: String) {
    let found = issues { $0.comune.istatCode = code }
    #expect(found.first?.field == "istat_code")
    #expect(found.first?.message.hasPrefix("not a 6-digit ISTAT code") == true || code.count > 6)
  }

  @Test(arguments: [
    "Sondrio", "SONDRIO", "sóndrio", " Sondrio ", "Son drio", "So\u{301}ndrio", "Sondrio\u{A0}",
  ])
  func nameMatchesAccentsCaseAndSpacingAside(name: String) {
    #expect(issues { $0.comune.name = name }.isEmpty)
  }

  @Test func wrongNameIsReported() {
    let found = issues { $0.comune.name = "Sondalo" }
    #expect(found.map(\.field) == ["name"])
    #expect(found.first?.message == "the name does not match the ISTAT register for 014061")
    #expect(found.first?.expected == "Sondrio (accents, case and spacing aside), or no name")
  }

  /// Anything but accents, case, spaces, hyphens and the apostrophe's form makes another name: words,
  /// slashes, dots, invisible and control characters.
  @Test(arguments: [
    "Sondrio/../../x", "Sondrio/x", "x/Sondrio", "S.ondrio", "Sondrio!", "Comune di Sondrio", "Sondri0",
    "Sond\u{200B}rio", "Sondrio\u{202E}", "\u{FEFF}Sondrio", "Sondrio\u{0}", "Sondrio\n", "Sondrio\t",
  ])
  func nameWithAnythingElseIsReported(name: String) {
    let found = issues { $0.comune.name = name }.filter { $0.expected.hasPrefix("Sondrio ") }
    #expect(found.map(\.field) == ["name"])
    #expect(found.first?.value == name)
  }

  @Test func hyphensSpacesAndApostrophesAreSpellingOnly() {
    #expect(InventoryValidator.namesMatch("Antey Saint André", "Antey-Saint-André"))
    #expect(InventoryValidator.namesMatch("antey\u{2010}saint\u{2011}andre", "Antey-Saint-André"))
    #expect(InventoryValidator.namesMatch("Sant\u{2019}Angelo Lodigiano", "Sant'Angelo Lodigiano"))
    #expect(InventoryValidator.namesMatch("Sant' Angelo Lodigiano", "Sant'Angelo Lodigiano"))
    #expect(!InventoryValidator.namesMatch("Sant Angelo Lodigiano", "Sant'Angelo Lodigiano"))
    #expect(!InventoryValidator.namesMatch("Sant.Angelo Lodigiano", "Sant'Angelo Lodigiano"))
  }

  @Test func bilingualNamesMatchEitherPart() {
    #expect(InventoryValidator.namesMatch("Bolzano", "Bolzano/Bozen"))
    #expect(InventoryValidator.namesMatch("bozen", "Bolzano/Bozen"))
    #expect(InventoryValidator.namesMatch("Bolzano/Bozen", "Bolzano/Bozen"))
    #expect(InventoryValidator.namesMatch("Bozen/Bolzano", "Bolzano/Bozen"))
    #expect(!InventoryValidator.namesMatch("Merano", "Bolzano/Bozen"))
    #expect(!InventoryValidator.namesMatch("Bolzano/Merano", "Bolzano/Bozen"))
    #expect(!InventoryValidator.namesMatch("Bolzano/Bozen/Bozen", "Bolzano/Bozen"))
    // The register gives only the Italian name: another part cannot be checked, so it is not the name.
    #expect(!InventoryValidator.namesMatch("Bolzano/Bozen", "Bolzano"))
    #expect(!InventoryValidator.namesMatch("Brenta/../../x", "Brenta"))
  }

  @Test func duplicateIDsNameTheFirstRecord() {
    let found = issues {
      $0.assets.append(Asset(id: "vm1", kind: .vm))
      $0.links.append(Link(id: "l1", site: "ced"))
    }
    #expect(found.map(\.recordType) == [.asset, .link])
    #expect(found.map(\.index) == [3, 1])
    #expect(found.map(\.relatedIndex) == [1, 0])
    #expect(found.first?.message == "duplicate id: another record in assets has it")
  }

  @Test func everyReferenceIsChecked() {
    let found = issues {
      $0.assets[0].site = "nowhere"
      $0.assets[1].host = "missing"
      $0.applications[0].asset = "vm9"
      $0.applications[0].site = "sala"
      $0.applications[1].dependsOn = ["anagrafe", "ghost", "protocollo"]
      $0.links[0].site = "ced2"
    }
    #expect(
      found.map { "\($0.recordType.plural)[\($0.index)].\($0.field)=\($0.value)" } == [
        "assets[0].site=nowhere", "assets[1].host=missing", "applications[0].asset=vm9",
        "applications[0].site=sala",
        "applications[1].depends_on=ghost", "applications[1].depends_on=protocollo", "links[0].site=ced2",
      ])
    #expect(found[4].message == "no record in applications has this id")
    #expect(
      found[4].expected == "the id of a record in applications (ids in applications: anagrafe, protocollo)")
    #expect(found[5].message == "an application cannot depend on itself")
  }

  @Test func hostMustBeAbleToRunVMs() {
    let found = issues { $0.assets[1].host = "pc1" }
    #expect(
      found == [
        ValidationIssue(
          recordType: .asset, index: 1, field: "host", value: "pc1",
          message: "asset pc1 is of kind pc, which cannot run virtual machines",
          expected: "the id of an asset of kind server or virtualization_host")
      ])
    #expect(issues { $0.assets[0].kind = .server }.isEmpty)
    #expect(issues { $0.assets[1].host = "vm1" }.first?.message == "an asset cannot host itself")
  }

  @Test func purchaseYearNotAfterTheInventoryDate() {
    let found = issues { $0.assets[0].purchaseYear = 2026 }
    #expect(found.map(\.field) == ["purchase_year"])
    #expect(found.first?.message == "purchase year after the inventory date (2025-03-01)")
    #expect(found.first?.expected == "a year not after 2025")
    #expect(
      issues {
        $0.assets[0].purchaseYear = 2026; $0.comune.inventoryDate = nil
      }.isEmpty)
  }

  @Test func implausibleDates() {
    let found = issues {
      $0.applications[1].contractEnd = Day(year: 2999, month: 1, day: 1)
      $0.assets[0].endOfSupport = Day(year: 1900, month: 1, day: 1)
    }
    #expect(found.map(\.field) == ["end_of_support", "contract_end"])
    #expect(found.first?.message == "implausible date: year 1900")
    #expect(found.first?.expected == "a date between 1970 and 2100")
  }

  /// Importers build inventories without the readers: the validator checks every value on its own.
  @Test func valuesOutsideTheirFieldsRules() {
    let found = issues {
      $0.sites[0].id = "bad id"
      $0.assets[2].ram = -1
      $0.sites[0].pue = 9
      $0.applications[0].name = ""
      $0.comune.notes = "a\u{0}b"
      $0.applications[0].dependsOn = ["ok", "not ok"]
    }
    let fields = found.map { "\($0.recordType.plural).\($0.field)" }
    #expect(fields.contains("sites.id"))
    #expect(fields.contains("assets.ram_gb"))
    #expect(fields.contains("sites.pue"))
    #expect(fields.contains("applications.name"))
    #expect(fields.contains("comune.notes"))
    #expect(found.first { $0.field == "name" }?.message == "required value is missing")
    #expect(found.first { $0.field == "ram_gb" }?.message == "negative number")
    #expect(found.first { $0.field == "notes" }?.message == "text contains the control character U+0000")
  }

  @Test func issuesAreInRecordOrder() {
    let found = issues {
      $0.links[0].site = "x"
      $0.comune.istatCode = "999999"
      $0.assets[1].host = "y"
    }
    #expect(found.map(\.recordType) == [.comune, .asset, .link])
  }

  @Test func descriptionReadsLikeASentence() {
    let issue = ValidationIssue(
      recordType: .asset, index: 2, field: "host", value: "x", message: "no record in assets has this id",
      expected: "the id of a record in assets")
    #expect(
      issue.description
        == "assets[2].host: no record in assets has this id (found \"x\"); "
        + "expected the id of a record in assets"
    )
  }
}
