import Testing

@testable import NuvolaIngest

@Suite("Foreign import: shared rules")
struct ForeignSupportTests {
  @Test(arguments: [
    ("Microsoft Windows Server 2012 R2 (64-bit)", "Windows Server", "2012 R2"),
    ("Microsoft Windows Server 2019 Standard", "Windows Server", "2019"),
    ("Microsoft(R) Windows(R) Server 2003, Enterprise Edition x64", "Windows Server", "2003"),
    ("Windows Server 2008R2", "Windows Server", "2008 R2"),
    ("Microsoft Windows 10 (64-bit)", "Windows", "10"),
    ("Microsoft Windows 11 Pro", "Windows", "11"),
    ("Red Hat Enterprise Linux Server release 7.9 (Maipo)", "Red Hat Enterprise Linux", "7.9"),
    ("Red Hat Enterprise Linux 8 (64-bit)", "Red Hat Enterprise Linux", "8"),
    ("CentOS Linux 7 (Core)", "CentOS Linux", "7"),
    ("Ubuntu 22.04.4 LTS", "Ubuntu", "22.04.4"),
    ("Debian GNU/Linux 11 (bullseye)", "Debian", "11"),
    ("SUSE Linux Enterprise Server 15 SP3", "SUSE Linux Enterprise", "15 SP3"),
    ("VMware ESXi 7.0.3", "VMware ESXi", "7.0.3"),
  ])
  func splitsOperatingSystems(_ text: String, _ os: String, _ version: String) {
    #expect(OSNameSplitter.split(text) == .split(os: os, version: version))
  }

  @Test func operatingSystemsItDoesNotSplit() {
    #expect(OSNameSplitter.split("Ubuntu Linux (64-bit)") == .split(os: "Ubuntu", version: nil))
    #expect(
      OSNameSplitter.split("Microsoft Windows Server 2016 or later (64-bit)")
        == .imprecise(os: "Windows Server", version: "2016 or later"))
    #expect(
      OSNameSplitter.split("CentOS 4/5 or later (64-bit)")
        == .imprecise(os: "CentOS Linux", version: "4/5 or later"))
    #expect(OSNameSplitter.split("Other 3.x or later Linux (64-bit)") == .unrecognised)
    #expect(OSNameSplitter.split("Microsoft Windows 2000") == .unrecognised)
    #expect(OSNameSplitter.split("") == .unrecognised)
  }

  @Test(arguments: [
    ("4096", 4096.0), ("4,096", 4096), ("4.096", 4096), ("1.048.576", 1_048_576),
    ("1,048,576.5", 1_048_576.5),
    ("1.048.576,5", 1_048_576.5), ("12,5", 12.5), ("0.125", 0.125), ("4 096", 4096), ("+7", 7),
  ])
  func readsNumbers(_ text: String, _ value: Double) {
    #expect(ForeignNumber.parse(text) == value)
  }

  @Test(arguments: ["", "-5", "1e3", "lots", "1.2.3", "1,2.5", ".", "12 MiB"])
  func rejectsNonNumbers(_ text: String) {
    #expect(ForeignNumber.parse(text) == nil)
  }

  @Test func idsAreStableSlugs() {
    #expect(ForeignID.make("vm", "SO-APP01") == "vm-so-app01")
    #expect(ForeignID.make("app", "Contabilità e Bilancio") == "app-contabilita-e-bilancio")
    #expect(ForeignID.make("host", "esx01.comune.local") == "host-esx01-comune-local")
    let long = ForeignID.make("app", String(repeating: "Gestione documentale ", count: 10))
    #expect(
      long.utf8.count <= 64 && long.hasPrefix("app-gestione-documentale-")
        && InventoryValidator.isIdentifier(long))
    #expect(long != ForeignID.make("app", String(repeating: "Gestione documentale ", count: 11)))
    let symbols = ForeignID.make("vm", "日本")
    #expect(symbols.hasPrefix("vm-") && symbols.utf8.count == 11 && InventoryValidator.isIdentifier(symbols))
  }

  @Test func notesKeepOtherLinesAndReplaceTheFormatsOwn() {
    #expect(ForeignNotes.merge(nil, tag: "[rvtools]", text: "a") == .merged("[rvtools] a"))
    #expect(
      ForeignNotes.merge("by hand\n[rvtools] old\n[glpi] x", tag: "[rvtools]", text: "new\nline")
        == .merged("by hand\n[glpi] x\n[rvtools] new line"))
    let full = String(repeating: "x", count: 1975)
    guard case .shortened(let notes) = ForeignNotes.merge(full, tag: "[rvtools]", text: "a long line of text")
    else {
      Issue.record("expected the line to be shortened")
      return
    }
    #expect(notes.count == 2000 && notes.hasSuffix("…"))
    #expect(ForeignNotes.merge(String(repeating: "x", count: 2000), tag: "[glpi]", text: "y") == .noRoom)
  }

  @Test func headerKeys() {
    #expect(ForeignSheet.key("FACILITÀ DI MIGRAZIONE") == "facilita di migrazione")
    #expect(ForeignSheet.key(" Facilita'  di   migrazione ") == "facilita di migrazione")
    #expect(ForeignSheet.key("Network #1") == "network 1")
    #expect(ForeignSheet.key("Cluster rule(s)") == "cluster rule s")
  }

  @Test func validatorIssuesOnUntouchedRecordsNameTheSnapshot() throws {
    var base = ForeignFixtures.sondrio
    base.assets[1].host = "missing-host"
    let problems = ForeignFixtures.problems(.rvtools, "VM,CPUs\nnew-vm,2\n", into: base)
    #expect(problems.count == 1)
    #expect(problems.first?.file == ForeignFixtures.baseName)
    #expect(problems.first?.path == "assets[1].host (id vm-dc01)")
  }

  @Test func importsIntoAComuneWithNothingStored() throws {
    let merged = try ForeignFixtures.read(
      .rvtools, try ForeignFixtures.bytes("rvtools-vinfo.csv"), into: ForeignFixtures.fresh)
    #expect(merged.inventory.comune == ForeignFixtures.fresh.comune)
    #expect(merged.inventory.assets.count == 6)
    #expect(merged.inventory.asset("host-esx01-comune-example-it")?.kind == .virtualizationHost)
  }
}
