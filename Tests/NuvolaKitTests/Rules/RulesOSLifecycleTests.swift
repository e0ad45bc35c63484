import Testing

@testable import NuvolaRules
@testable import NuvolaSupport

@Suite("Rules: operating-system lifecycle")
struct RulesOSLifecycleTests {
  @Test(
    arguments: [
      ("Windows Server", "2012 R2", "windows-server-2012-r2"),
      ("Windows Server", "2012", "windows-server-2012"),
      ("Windows Server 2012R2 Standard", nil, "windows-server-2012-r2"),
      ("Microsoft Windows Server 2008 R2 (64-bit)", nil, "windows-server-2008-r2"),
      ("Windows Server 2019 Standard", nil, "windows-server-2019"),
      ("windows server", "2003", "windows-server-2003"),
      ("Windows", "XP Professional", "windows-xp"),
      ("Microsoft Windows 7 (64-bit)", nil, "windows-7"),
      ("Windows 10 Pro", "22H2", "windows-10"),
      ("Windows 11", "23H2", "windows-11-23h2"),
      ("Windows 11 Pro", nil, "windows-11"),
      ("Red Hat Enterprise Linux", "7.8", "rhel-7"),
      ("Red Hat Enterprise Linux 8 (64-bit)", nil, "rhel-8"),
      ("CentOS", "7.9.2009", "centos-7"),
      ("CentOS Stream", "8", "centos-stream-8"),
      ("Ubuntu Linux (64-bit)", "22.04.3", "ubuntu-22.04"),
      ("Ubuntu Server 18.04 LTS", nil, "ubuntu-18.04"),
      ("Debian GNU/Linux 12 (bookworm)", nil, "debian-12"),
      ("VMware ESXi", "6.7.0 Update 3", "esxi-6.7"),
      ("VMware ESXi 7.0.3", nil, "esxi-7.0"),
      ("ESXi", "6", "esxi-6"),
    ] as [(String, String?, String)])
  func matchesLeniently(os: String, version: String?, id: String) {
    #expect(RulesFixture.book.osLifecycle.match(os: os, version: version)?.id == id)
  }

  @Test(
    arguments: [
      ("FreeBSD", "13.2"), ("Windows Server", nil), ("Ubuntu", "21.10"), ("Red Hat Enterprise Linux", "5"),
      ("", "2012"),
    ] as [(String, String?)])
  func unknownSystemsDoNotMatch(os: String, version: String?) {
    #expect(RulesFixture.book.osLifecycle.match(os: os, version: version) == nil)
  }

  @Test func rememberedAnswersMatchFreshOnesAndStayBounded() {
    let lifecycle = RulesFixture.book.osLifecycle
    let asked: [(String?, String?)] = [
      ("Windows Server", "2012 R2"), ("Windows Server", "2012"), ("FreeBSD", "13.2"), (nil, nil),
      ("Windows Server", "2012 R2"), ("FreeBSD", "13.2"),
    ]
    // Twice each: the second answer comes from the memo and must be the same as matching afresh.
    for (os, version) in asked + asked {
      #expect(
        lifecycle.matchIndex(os: os, version: version) == lifecycle.freshMatchIndex(os: os, version: version))
    }
    #expect(lifecycle.match(os: "Windows Server", version: "2012 R2")?.id == "windows-server-2012-r2")
    // A flood of distinct spellings fills the memo up to its bound, and matching still works past it.
    let memo = OSLifecycle.Answers()
    for number in 0..<(OSLifecycle.Answers.capacity + 50) {
      _ = memo.answer(os: "Unknown OS \(number)", version: nil) { nil }
    }
    #expect(memo.count == OSLifecycle.Answers.capacity)
    #expect(memo.answer(os: "Unknown OS 99999", version: nil) { 7 } == 7)
    #expect(memo.count == OSLifecycle.Answers.capacity)
  }

  @Test func publishedDates() throws {
    let lifecycle = RulesFixture.book.osLifecycle
    let expected: [(String, String)] = [
      ("windows-server-2008-r2", "2020-01-14"), ("windows-server-2012-r2", "2023-10-10"),
      ("windows-server-2016", "2027-01-12"), ("windows-server-2019", "2029-01-09"),
      ("windows-server-2022", "2031-10-14"), ("windows-7", "2020-01-14"), ("windows-10", "2025-10-14"),
      ("rhel-7", "2024-06-30"), ("centos-8", "2021-12-31"), ("debian-11", "2026-08-31"),
      ("esxi-6.7", "2022-10-15"), ("esxi-8.0", "2027-10-11"),
    ]
    for (id, day) in expected {
      let entry = try #require(lifecycle.entries.first { $0.id == id })
      #expect(entry.endOfSupport == Day(parsing: day), "\(id)")
      #expect(entry.source.url != nil)
    }
  }
}
