import Foundation
import Testing

@testable import NuvolaCLI
@testable import NuvolaStore

/// The command line against a bad store or a bad environment, and two processes on one store. Every
/// failure must be a clear message naming the file and a non-zero exit, and the store already on disk
/// must come out of it byte for byte as it went in.
@Suite("Reliability")
struct ReliabilityTests {
  let cli: CLIRunner
  let sondrio = CLIRunner.repositoryRoot.appendingPathComponent("Inventories/014061-sondrio.json").path
  let varese = CLIRunner.repositoryRoot.appendingPathComponent("Inventories/012133-varese.json").path

  init() throws { cli = try CLIRunner() }

  /// Commands that open an existing store: each must refuse a bad one the same way.
  var storeCommands: [[String]] {
    [
      ["--db", "store.sqlite", "import", sondrio], ["--db", "store.sqlite", "comuni"],
      ["--db", "store.sqlite", "show", "014061"], ["--db", "store.sqlite", "audit", "--all"],
    ]
  }

  func expectRefused(_ arguments: [String], mentioning words: String, bytes: Data) {
    let result = cli.run(arguments)
    #expect(result.code == 1, "\(arguments): \(result.err)")
    #expect(result.err.contains(cli.path("store.sqlite")), "\(arguments): \(result.err)")
    #expect(result.err.contains(words), "\(arguments): \(result.err)")
    #expect(cli.contents("store.sqlite") == bytes, "\(arguments) changed the store")
    // Nothing of SQLite's own is left beside the file either.
    #expect(!FileManager.default.fileExists(atPath: cli.path("store.sqlite-journal")))
  }

  @Test func garbageStoreFileIsRefusedUntouched() throws {
    let garbage = Data((0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 17) })
    try garbage.write(to: URL(fileURLWithPath: cli.path("store.sqlite")))
    for arguments in storeCommands {
      expectRefused(arguments, mentioning: "is not a SQLite database", bytes: garbage)
    }
  }

  @Test func sqliteFileOfAnotherProgramIsRefusedUntouched() throws {
    do {
      let other = try Database(path: cli.path("store.sqlite"), mode: .create)
      try other.execute(
        "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 2.5)")
    }
    let before = try #require(cli.contents("store.sqlite"))
    for arguments in storeCommands {
      expectRefused(arguments, mentioning: "another program", bytes: before)
    }
  }

  @Test func storeOfANewerNuvolaIsRefusedUntouched() throws {
    #expect(cli.run(["--db", "store.sqlite", "import", sondrio]).code == 0)
    do {
      let database = try Database(path: cli.path("store.sqlite"), mode: .readWrite)
      try database.execute("PRAGMA user_version = \(InventoryStore.schemaVersion + 41)")
    }
    let before = try #require(cli.contents("store.sqlite"))
    for arguments in storeCommands + [["--db", "store.sqlite", "import", varese]] {
      expectRefused(arguments, mentioning: "newer Nuvola", bytes: before)
    }
  }

  /// The demo with no Inventories/ folder (its default) says which folder it looked for, and writes
  /// nothing: no store, no reports folder.
  @Test func demoWithoutInventoriesFolderWritesNothing() throws {
    let result = cli.run(["demo"])
    #expect(result.code == 1)
    #expect(result.err.contains(cli.path("Inventories")), "\(result.err)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).isEmpty)
  }

  /// Root writes through any permission bits, so a chmod test proves nothing there; it is skipped with
  /// that reason rather than passing falsely.
  @Test(.enabled(if: geteuid() != 0, "running as root: file permissions do not stop root's writes"))
  func readOnlyStoreFileIsRefusedUntouched() throws {
    #expect(cli.run(["--db", "store.sqlite", "import", sondrio]).code == 0)
    let before = try #require(cli.contents("store.sqlite"))
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: cli.path("store.sqlite"))
    expectRefused(["--db", "store.sqlite", "import", varese], mentioning: "read-only", bytes: before)
    // Reading a write-protected store still works.
    #expect(cli.run(["--db", "store.sqlite", "comuni"]).code == 0)
  }

  @Test(.enabled(if: geteuid() != 0, "running as root: folder permissions do not stop root's writes"))
  func readOnlyFolderIsRefusedUntouched() throws {
    #expect(cli.run(["--db", "store.sqlite", "import", sondrio]).code == 0)
    let before = try #require(cli.contents("store.sqlite"))
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: cli.folder.path)
    defer {
      try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: cli.folder.path)
    }
    expectRefused(["--db", "store.sqlite", "import", varese], mentioning: "read-only", bytes: before)
  }
}

// MARK: - Other processes

/// The built `nuvola` executable, run as a separate process: a second process is the only honest way
/// to prove what two programs sharing one store see.
struct NuvolaProcess {
  /// `$NUVOLA_BIN`, else `nuvola` next to the test bundle (SwiftPM builds both into one folder).
  static let executable: String? = {
    let files = FileManager.default
    if let given = ProcessInfo.processInfo.environment["NUVOLA_BIN"], files.isExecutableFile(atPath: given) {
      return given
    }
    let starts = [
      URL(fileURLWithPath: CommandLine.arguments[0]), Bundle.main.bundleURL, Bundle.main.executableURL,
    ]
    for start in starts.compactMap({ $0 }) {
      var folder = start.resolvingSymlinksInPath().deletingLastPathComponent()
      for _ in 0..<4 {
        let candidate = folder.appendingPathComponent("nuvola").path
        if files.isExecutableFile(atPath: candidate) { return candidate }
        folder = folder.deletingLastPathComponent()
      }
    }
    return nil
  }()

  let process = Process()
  let outURL: URL
  let errURL: URL

  /// Starts `nuvola ARGUMENTS` in `folder`; `shell` wraps it in `/bin/sh -c` (for `ulimit`).
  init(_ arguments: [String], in folder: URL, tag: String, shellPrefix: String? = nil) throws {
    let executable = try #require(NuvolaProcess.executable)
    outURL = folder.appendingPathComponent(".\(tag).out")
    errURL = folder.appendingPathComponent(".\(tag).err")
    try Data().write(to: outURL)
    try Data().write(to: errURL)
    if let shellPrefix {
      let quoted = ([executable] + arguments).map {
        "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'"
      }
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", shellPrefix + " exec " + quoted.joined(separator: " ")]
    } else {
      process.executableURL = URL(fileURLWithPath: executable)
      process.arguments = arguments
    }
    process.currentDirectoryURL = folder
    // Files rather than pipes: a full pipe would block the child and hang the test.
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    try process.run()
  }

  func wait() -> (code: Int32, out: String, err: String) {
    process.waitUntilExit()
    let out = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
    let err = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
    return (process.terminationStatus, out, err)
  }

  static func run(_ arguments: [String], in folder: URL) throws -> (code: Int32, out: String, err: String) {
    try NuvolaProcess(arguments, in: folder, tag: "run-\(UUID().uuidString)").wait()
  }
}

@Suite(
  "Reliability: processes",
  .enabled(
    if: NuvolaProcess.executable != nil,
    "the nuvola executable was not found next to the tests; set NUVOLA_BIN"))
struct ProcessReliabilityTests {
  let cli: CLIRunner

  init() throws { cli = try CLIRunner() }

  /// Generates the comuni of `province` with `seed` into `name`/ and returns the JSON files' paths.
  func generate(_ name: String, province: String, seed: Int) throws -> [String] {
    let result = try NuvolaProcess.run(
      ["generate", "--province", province, "--seed", String(seed), "--out", name], in: cli.folder)
    #expect(result.code == 0, "\(result.err)")
    let files = try FileManager.default.contentsOfDirectory(atPath: cli.path(name))
    return files.filter { $0.hasSuffix(".json") }.sorted().map { cli.path("\(name)/\($0)") }
  }

  /// snapshot count by ISTAT code, as `nuvola comuni --format json` reports it.
  func snapshotCounts(_ json: String) throws -> [String: Int] {
    let items = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    var counts: [String: Int] = [:]
    for item in items {
      counts[try #require(item["istat_code"] as? String)] = try #require(item["snapshots"] as? Int)
    }
    return counts
  }

  func integrity(_ path: String) throws -> String {
    let database = try Database(path: path, mode: .readOnly)
    guard case .text(let text)? = try database.scalar("PRAGMA integrity_check") else { return "no answer" }
    return text
  }

  /// Two imports race for one store while this process keeps reading it. Every read must show every
  /// comune at the same history length (all old, or all new: an import is one transaction); each
  /// writer must succeed after waiting or fail saying the store is locked; the file must be sound.
  @Test func readersSeeWholeSnapshotsWhileTwoWritersRace() throws {
    let first = try generate("a", province: "SO", seed: 1)
    let second = try generate("b", province: "SO", seed: 2)
    let third = try generate("c", province: "SO", seed: 3)
    #expect(first.count > 50)
    let store = cli.path("store.sqlite")
    let initial = try NuvolaProcess.run(["--db", store, "import"] + first, in: cli.folder)
    #expect(initial.code == 0, "\(initial.err)")
    let codes = Set(try snapshotCounts(cli.run(["--db", store, "--format", "json", "comuni"]).out).keys)

    let probe = try #require(codes.min())
    let writers = [
      try NuvolaProcess(["--db", store, "import"] + second, in: cli.folder, tag: "writer1"),
      try NuvolaProcess(["--db", store, "import"] + third, in: cli.folder, tag: "writer2"),
    ]
    var reads = 0
    var seenLengths: Set<Int> = []
    var failures: [String] = []
    while writers.contains(where: { $0.process.isRunning }) || reads < 3 {
      let result = cli.run(["--db", store, "--format", "json", "comuni"])
      reads += 1
      guard result.code == 0 else {
        failures.append(result.err)
        continue
      }
      let counts = try snapshotCounts(result.out)
      let lengths = Set(counts.values)
      #expect(Set(counts.keys) == codes, "read \(reads) lists other comuni")
      #expect(lengths.count == 1, "read \(reads) mixes snapshots: history lengths \(lengths.sorted())")
      seenLengths.formUnion(lengths)
      let show = cli.run(["--db", store, "--format", "json", "show", probe])
      if show.code != 0 { failures.append(show.err) }
    }
    #expect(failures.isEmpty, "reads failed: \(failures)")
    var committed = 0
    for (index, writer) in writers.enumerated() {
      let (code, _, err) = writer.wait()
      if code == 0 {
        committed += 1
      } else {
        // Losing the race is allowed only as the clear "locked" message, never anything else.
        #expect(code == 1 && err.contains("locked by another process"), "writer \(index + 1): \(code) \(err)")
      }
    }
    let final = try snapshotCounts(cli.run(["--db", store, "--format", "json", "comuni"]).out)
    #expect(Set(final.values) == [1 + committed])
    #expect(seenLengths.isSubset(of: Set(1...(1 + committed))))
    #expect(try integrity(store) == "ok")
  }

  /// A full disk, simulated with a file-size limit on the import process: it fails with a message
  /// naming the store, and the store keeps every comune at the snapshot it had.
  @Test func fullDiskDuringImportLeavesTheStoreAsItWas() throws {
    let first = try generate("a", province: "SO", seed: 1)
    let second = try generate("b", province: "SO", seed: 2)
    let store = cli.path("store.sqlite")
    #expect(try NuvolaProcess.run(["--db", store, "import"] + first, in: cli.folder).code == 0)
    let before = try #require(cli.contents("store.sqlite"))
    let listed = cli.run(["--db", store, "--format", "json", "comuni"]).out
    // ulimit -f counts 512-byte blocks in dash and 1 KiB blocks in bash: either way far below the WAL
    // the import needs and above the store already written. SIGXFSZ ignored: write() fails with EFBIG.
    let limit = before.count / 512 + 64
    let full = try NuvolaProcess(
      ["--db", store, "import"] + second, in: cli.folder, tag: "full",
      shellPrefix: "trap '' XFSZ; ulimit -f \(limit);"
    ).wait()
    #expect(full.code == 1, "\(full.err)")
    #expect(full.err.contains(store), "\(full.err)")
    #expect(full.err.contains("size limit"), "\(full.err)")
    #expect(cli.contents("store.sqlite") == before)
    #expect(cli.run(["--db", store, "--format", "json", "comuni"]).out == listed)
    #expect(try integrity(store) == "ok")
  }
}
