import NuvolaIngest
import Testing

@Suite("Foreign import: GLPI inventory JSON")
struct ForeignGLPITests {
  let server: ForeignImport
  let workstations: ForeignImport

  init() throws {
    server = try ForeignFixtures.read(.glpi, try ForeignFixtures.bytes("glpi-server.json"))
    workstations = try ForeignFixtures.read(.glpi, try ForeignFixtures.bytes("glpi-workstations.json"))
  }

  @Test func aComputerBecomesAnAsset() throws {
    let asset = try #require(server.inventory.asset("glpi-7xk2m93"))
    #expect(asset.kind == .server)
    #expect(asset.name == "SO-HV01")
    #expect(asset.vendor == "Dell Inc." && asset.model == "PowerEdge R650")
    #expect(asset.cores == 32)
    #expect(asset.ram == 256)
    #expect(asset.storage == 1920.39)
    #expect(asset.os == "Windows Server" && asset.osVersion == "2022")
    #expect(asset.purchaseYear == nil)  // a BIOS date is not a purchase date
    #expect(asset.notes?.contains("BIOS date: 2023-03-14") == true)
  }

  @Test func itsVirtualMachinesAreHostedOnIt() throws {
    let sql = try #require(server.inventory.asset("vm-so-sql01"))
    #expect(sql.kind == .vm && sql.host == "glpi-7xk2m93" && sql.cores == 4 && sql.ram == 16)
    #expect(server.inventory.asset("vm-registry") == nil)
    #expect(server.report.counts["containers_skipped"] == 1)
    #expect(server.report.changes[.asset] == RecordChanges(created: 3))
  }

  @Test func softwareIsCountedNotTurnedIntoApplications() {
    #expect(server.report.counts["softwares"] == 3)
    #expect(server.inventory.applications == ForeignFixtures.sondrio.applications)
  }

  @Test func listsSectionsItDoesNotRead() {
    #expect(
      server.report.columns == [
        UnmappedColumn(name: "versionclient", path: "$.content.versionclient", reason: .ignored),
        UnmappedColumn(name: "antivirus", path: "$.content.antivirus", reason: .ignored),
        UnmappedColumn(
          name: "custom_inventory_tag", path: "$.content.custom_inventory_tag", reason: .unknown),
      ])
  }

  @Test func anArrayOfComputers() throws {
    // A placeholder serial is no serial: the id comes from the name.
    let laptop = try #require(workstations.inventory.asset("glpi-uff-tributi-01"))
    #expect(laptop.kind == .laptop && laptop.os == "Windows" && laptop.osVersion == "11")
    #expect(laptop.ram == 15 && laptop.storage == 512.11 && laptop.cores == 10)
    let tablet = try #require(workstations.inventory.asset("glpi-czc1234xyz"))
    #expect(tablet.kind == .other && tablet.os == "Debian" && tablet.osVersion == "12")
    #expect(workstations.report.counts["non_computers_skipped"] == 1)
    #expect(workstations.report.counts["virtual_machines_skipped"] == 1)
    let chassis = try #require(workstations.report.values.first)
    #expect(chassis.field == "chassis_type" && chassis.value == "Tablet" && chassis.line == 18)
    #expect(chassis.path == "$[1].content.hardware.chassis_type")
  }

  @Test func aVirtualComputerIsHostedOnTheServerWithItsHostSerial() throws {
    let text = """
      [{"content": {"hardware": {"name": "HV9", "chassis_type": "Blade"}, "bios": {"ssn": "ABC9"}}},
       {"content": {"hardware": {"name": "GUEST9", "vmsystem": "VMware", "vmhostserial": "ABC9"}}},
       {"content": {"hardware": {"name": "CT9", "vmsystem": "Docker"}}}]
      """
    let merged = try ForeignFixtures.read(.glpi, text: text, into: ForeignFixtures.fresh)
    #expect(merged.inventory.asset("glpi-abc9")?.kind == .server)
    let guest = try #require(merged.inventory.asset("glpi-guest9"))
    #expect(guest.kind == .vm && guest.host == "glpi-abc9")
    #expect(merged.inventory.asset("glpi-ct9") == nil)
    #expect(merged.report.counts["containers_skipped"] == 1)
  }

  @Test func aMatchedComputerKeepsItsKindWhenTheChassisIsUnknown() throws {
    let text = #"{"content": {"hardware": {"name": "SO-BCK01", "memory": 65536}}}"#
    let merged = try ForeignFixtures.read(.glpi, text: text)
    let backup = try #require(merged.inventory.asset("srv-bck01"))
    #expect(backup.kind == .server && backup.ram == 64 && backup.vendor == "HPE")
    #expect(merged.report.changes[.asset] == RecordChanges(updated: 1))
  }

  @Test func badValuesArePreciseErrors() throws {
    let text = """
      {"content": {"hardware": {"name": "X", "memory": "lots"},
       "cpus": {"core": 2},
       "virtualmachines": [{"vmtype": "kvm"}]}}
      """
    let problems = ForeignFixtures.problems(.glpi, text, file: "pc.json")
    #expect(problems.count == 3)
    #expect(
      problems[0].description
        == "pc.json:1:50: at $.content.hardware.memory: not a whole number of MB (found \"lots\"); "
        + "expected a whole number of MB, 0 or more")
    #expect(problems[1].line == 2 && problems[1].path == "$.content.cpus")
    #expect(problems[1].message == "an object where an array is needed")
    #expect(problems[2].path == "$.content.virtualmachines[0].name")
  }

  @Test func structuralProblems() {
    let syntax = ForeignFixtures.problems(.glpi, "{\"content\": {\"hardware\": }", file: "g.json")
    #expect(syntax.count == 1 && syntax[0].line == 1 && syntax[0].column == 26)
    let notObject = ForeignFixtures.problems(.glpi, "[1]", file: "g.json")
    #expect(
      notObject.first?.path == "$[0]" && notObject.first?.message == "a number where an object is needed")
    let noContent = ForeignFixtures.problems(.glpi, "{\"deviceid\": \"x\"}", file: "g.json")
    #expect(noContent.first?.message == "the required key \"content\" is missing")
    let anonymous = ForeignFixtures.problems(
      .glpi, "{\"content\": {\"bios\": {\"ssn\": \"0\"}}}", file: "g.json")
    #expect(anonymous.first?.message == "the computer has neither a name nor a serial number")
  }
}
