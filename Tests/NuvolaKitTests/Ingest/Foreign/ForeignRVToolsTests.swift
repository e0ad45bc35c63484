import Testing

@testable import NuvolaIngest

@Suite("Foreign import: RVTools vInfo")
struct ForeignRVToolsTests {
  let result: ForeignImport

  init() throws {
    result = try ForeignFixtures.read(.rvtools, try ForeignFixtures.bytes("rvtools-vinfo.csv"))
  }

  @Test func matchesExistingVMByNameAndHostByShortName() throws {
    let vm = try #require(result.inventory.asset("vm-app01"))
    #expect(vm.cores == 8)
    #expect(vm.ram == 32)
    #expect(vm.storage == 400)
    #expect(vm.os == "Windows Server" && vm.osVersion == "2012 R2")
    #expect(vm.host == "host-01")
    #expect(result.inventory.asset("vm-so-app01") == nil)
  }

  @Test func keepsTheFactsTheFileDoesNotGive() throws {
    let before = try #require(ForeignFixtures.sondrio.asset("vm-app01"))
    let vm = try #require(result.inventory.asset("vm-app01"))
    #expect(vm.endOfSupport == before.endOfSupport)
    #expect(vm.name == "SO-APP01")
    #expect(
      vm.notes
        == "Tributi e patrimonio (in migrazione).\n"
        + "[rvtools] Power state: poweredOn; Annotation: Tributi e patrimonio"
    )
    let host = try #require(result.inventory.asset("host-01"))
    #expect(host.vendor == "Dell" && host.model == "PowerEdge R740" && host.ram == 384)
    // Records the file does not mention are untouched.
    #expect(result.inventory.applications == ForeignFixtures.sondrio.applications)
    #expect(result.inventory.asset("vm-dc01") == ForeignFixtures.sondrio.asset("vm-dc01"))
    #expect(result.inventory.comune == ForeignFixtures.sondrio.comune)
  }

  @Test func createsNewVMsAndHosts() throws {
    let host = try #require(result.inventory.asset("host-esx02-comune-example-it"))
    #expect(host.kind == .virtualizationHost)
    #expect(host.name == "esx02.comune.example.it")
    #expect(host.notes == "[rvtools] Cluster: CL-Municipio; Datacenter: DC-Municipio")
    let web = try #require(result.inventory.asset("vm-so-web02"))
    #expect(web.kind == .vm && web.host == host.id)
    #expect(web.cores == 2 && web.ram == 4 && web.storage == 60)
    #expect(web.os == "Ubuntu" && web.osVersion == "22.04.3")
    #expect(result.report.changes[.asset] == RecordChanges(created: 4, updated: 2, unchanged: 0))
    #expect(result.report.createdAssetKinds == [.vm: 3, .virtualizationHost: 1])
    #expect(result.report.sourceRecords == 7)
  }

  @Test func skipsTemplates() {
    #expect(result.inventory.asset("vm-tpl-w2019") == nil)
    #expect(result.report.counts["templates_skipped"] == 1)
  }

  @Test func skipsPoweredOffAndSystemVMs() {
    #expect(result.inventory.asset("vm-so-old03") == nil)
    #expect(result.report.counts["powered_off_skipped"] == 1)
    #expect(!result.inventory.assets.contains { $0.name?.hasPrefix("vCLS") == true })
    #expect(result.report.counts["system_vms_skipped"] == 1)
    #expect(RVToolsReader.isSystemVM("vCLS (1)") && RVToolsReader.isSystemVM("vCLS-a1"))
    #expect(!RVToolsReader.isSystemVM("vclient-01"))
  }

  @Test func reportsUnknownAndIgnoredColumns() {
    let unknown = result.report.columns.filter { $0.reason == .unknown }
    #expect(unknown == [UnmappedColumn(name: "Backup Status", column: 22, reason: .unknown)])
    let ignored = result.report.columns.filter { $0.reason == .ignored }.map(\.name)
    #expect(
      ignored == [
        "Config status", "DNS Name", "NICs", "Disks", "In Use MiB", "VM ID", "VM UUID", "VI SDK Server",
      ])
  }

  @Test func reportsOperatingSystemsItCannotSplit() throws {
    let values = result.report.values
    #expect(values.count == 2)
    let imprecise = try #require(values.first)
    #expect(imprecise.line == 4 && imprecise.column == 17)
    #expect(imprecise.field == "OS according to the configuration file")
    #expect(imprecise.value == "Microsoft Windows Server 2016 or later (64-bit)")
    #expect(imprecise.record == "vm-so-db01")
    #expect(result.inventory.asset("vm-so-db01")?.os == "Windows Server")
    #expect(result.inventory.asset("vm-so-db01")?.osVersion == nil)
    let legacy = try #require(values.last)
    #expect(legacy.line == 6 && legacy.value == "Other 3.x or later Linux (64-bit)")
    #expect(result.inventory.asset("vm-so-legacy")?.os == "Other 3.x or later Linux (64-bit)")
  }

  @Test func unmappedValuesNameTheRecordTheyWereMergedInto() throws {
    let merged = try ForeignFixtures.read(.rvtools, text: "VM,OS\nSO-APP01,Other Linux (64-bit)\n")
    #expect(merged.report.values.map(\.record) == ["vm-app01"])
  }

  @Test func importingTheSameFileAgainChangesNothing() throws {
    let again = try ForeignFixtures.read(
      .rvtools, try ForeignFixtures.bytes("rvtools-vinfo.csv"), into: result.inventory)
    #expect(again.inventory == result.inventory)
    #expect(again.report.changes[.asset] == RecordChanges(created: 0, updated: 0, unchanged: 6))
  }

  @Test func anEmptyCellNeverErasesAKnownFact() throws {
    let text = "VM,CPUs,Memory,OS\nSO-APP01,,,\n"
    let merged = try ForeignFixtures.read(.rvtools, text: text)
    #expect(merged.inventory.asset("vm-app01") == ForeignFixtures.sondrio.asset("vm-app01"))
    #expect(merged.report.changes[.asset] == RecordChanges(created: 0, updated: 0, unchanged: 1))
  }

  @Test func readsSemicolonsThousandsAndOlderHeaders() throws {
    let text = "VM;Num CPU;Memory MB;Provisioned MB;OS\nnew-vm;4;8.192;\"40.960,5\";CentOS 7 (64-bit)\n"
    let vm = try #require(
      try ForeignFixtures.read(.rvtools, text: text, into: ForeignFixtures.fresh).inventory.asset("vm-new-vm")
    )
    #expect(vm.cores == 4 && vm.ram == 8 && vm.storage == 40)
    #expect(vm.os == "CentOS Linux" && vm.osVersion == "7")
  }

  @Test func badValuesArePreciseErrors() throws {
    let text = "VM,CPUs,Memory,Provisioned MiB\nA1,two,4096,100\nA2,2,lots,-5\n"
    let problems = ForeignFixtures.problems(.rvtools, text, file: "vinfo.csv")
    #expect(problems.count == 3)
    let cpus = try #require(problems.first)
    #expect(
      cpus.description
        == "vinfo.csv:2:2: at vinfo.csv column CPUs: not a whole number of vCPUs (found \"two\"); "
        + "expected a whole number"
    )
    #expect(problems[1].line == 3 && problems[1].column == 3 && problems[1].value == "lots")
    #expect(problems[2].line == 3 && problems[2].column == 4 && problems[2].value == "-5")
  }

  @Test func valuesOutOfRangeAfterConversionShowWhatWasWritten() throws {
    let problems = ForeignFixtures.problems(
      .rvtools, "VM,CPUs,Memory\nA1,5000,99999999999999\n", file: "v.csv")
    #expect(problems.count == 2)
    #expect(problems[0].message == "out of range: more than 4096" && problems[0].value == "5000")
    #expect(problems[1].line == 2 && problems[1].column == 3)
    #expect(problems[1].value == "99999999999999")
    #expect(problems[1].message == "ram_gb would be 97656250000: out of range: more than 65536")
  }

  @Test func aVMDescribedTwiceIsAnError() throws {
    let problems = ForeignFixtures.problems(.rvtools, "VM,CPUs\nA1,1\nB2,1\na1,2\n", file: "v.csv")
    #expect(problems.count == 1)
    #expect(problems.first?.line == 4)
    #expect(
      problems.first?.message == "VM \"a1\" is described twice (first at line 2); both mean record vm-a1")
  }

  @Test func structuralProblems() {
    #expect(ForeignFixtures.problems(.rvtools, "")[0].message == "empty file")
    let noVM = ForeignFixtures.problems(.rvtools, "Name,CPUs\nA1,1\n", file: "v.csv")
    #expect(noVM.count == 1)
    #expect(noVM.first?.message == "no header line in the first 10 lines")
    #expect(noVM.first?.expected?.hasPrefix("an RVTools export (.xlsx) or its vInfo sheet saved as CSV") == true)
    let quote = ForeignFixtures.problems(.rvtools, "VM,CPUs\n\"A1,1\n", file: "v.csv")
    #expect(quote.first?.line == 2 && quote.first?.column == 1)
  }

  @Test(
    arguments: [
      ("esx01.comune.local", "esx01"), ("ESX01", nil), ("10.0.0.21", nil), ("host-7.example.org", "host-7"),
    ] as [(String, String?)])
  func shortNames(_ name: String, _ short: String?) {
    #expect(RVToolsReader.shortName(name) == short)
  }
}
