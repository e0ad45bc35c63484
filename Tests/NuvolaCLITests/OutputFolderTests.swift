import Foundation
import Testing

@testable import NuvolaCLI

@Suite("Output folder")
struct OutputFolderTests {
  let cli: CLIRunner
  let context: Context

  init() throws {
    cli = try CLIRunner()
    context = Context(
      global: GlobalOptions(), environment: [:], currentDirectory: cli.folder,
      console: Console(out: { _ in }, err: { _ in }), asOf: CLIRunner.today)
  }

  @Test func writesInsideTheFolderAndReplacesAtomically() throws {
    let folder = try OutputFolder(path: "out", context: context)
    try folder.write("one", to: "a/b.txt")
    try folder.write("two", to: "a/b.txt")
    #expect(cli.contents("out/a/b.txt") == Data("two".utf8))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: cli.path("out/a"))
    #expect(leftovers == ["b.txt"])
  }

  @Test(arguments: ["../escape.txt", "a/../../escape.txt", "/etc/passwd", "", "a//b"])
  func refusesNamesThatLeaveTheFolder(name: String) throws {
    let folder = try OutputFolder(path: "out", context: context)
    #expect(throws: CLIError.self) { try folder.write("x", to: name) }
    #expect(!FileManager.default.fileExists(atPath: cli.path("escape.txt")))
  }

  @Test func refusesASymbolicLinkThatLeadsOutside() throws {
    let folder = try OutputFolder(path: "out", context: context)
    try FileManager.default.createDirectory(atPath: cli.path("elsewhere"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: cli.path("out/link"), withDestinationPath: cli.path("elsewhere"))
    #expect(throws: CLIError.self) { try folder.write("x", to: "link/file.txt") }
    #expect(!FileManager.default.fileExists(atPath: cli.path("elsewhere/file.txt")))
    try FileManager.default.createSymbolicLink(
      atPath: cli.path("out/file-link"), withDestinationPath: cli.path("target"))
    #expect(throws: CLIError.self) { try folder.write("x", to: "file-link") }
    #expect(!FileManager.default.fileExists(atPath: cli.path("target")))
  }

  @Test func aSymbolicLinkThatStaysInsideIsFollowed() throws {
    let folder = try OutputFolder(path: "out", context: context)
    try FileManager.default.createDirectory(atPath: cli.path("out/real"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: cli.path("out/alias"), withDestinationPath: cli.path("out/real"))
    try folder.write("x", to: "alias/file.txt")
    #expect(cli.contents("out/real/file.txt") == Data("x".utf8))
  }

  /// A killed run leaves its temporary file behind; the next write of that file removes it, but never
  /// the temporary file of a writer that is still running.
  @Test func temporaryFilesOfDeadWritersAreRemoved() throws {
    let folder = try OutputFolder(path: "out", context: context)
    try folder.write("one", to: "a/b.txt")
    let finished = Process()
    finished.executableURL = URL(fileURLWithPath: "/bin/true")
    try finished.run()
    finished.waitUntilExit()
    let dead = ".b.txt.nuvola-\(finished.processIdentifier)-1.tmp"
    let alive = ".b.txt.nuvola-\(getppid())-1.tmp"
    for name in [dead, alive] {
      try Data("half".utf8).write(to: URL(fileURLWithPath: cli.path("out/a/\(name)")))
    }
    try folder.write("two", to: "a/b.txt")
    let left = try FileManager.default.contentsOfDirectory(atPath: cli.path("out/a")).sorted()
    #expect(left == [alive, "b.txt"])
    #expect(cli.contents("out/a/b.txt") == Data("two".utf8))
  }

  /// A national run stages files, flushes them once, then puts them in place; until then the old
  /// file stays, and a staged file that will not be placed leaves nothing behind.
  @Test func stagedFilesAppearOnlyWhenPlaced() throws {
    let folder = try OutputFolder(path: "out", context: context)
    try folder.write("old", to: "a/b.txt")
    let staged = try folder.stage("new", to: "a/b.txt")
    let dropped = try folder.stage("never", to: "a/c.txt")
    #expect(cli.contents("out/a/b.txt") == Data("old".utf8))
    try folder.flush()
    try folder.place(staged)
    folder.discard(dropped)
    #expect(cli.contents("out/a/b.txt") == Data("new".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: cli.path("out/a")) == ["b.txt"])
    #expect(throws: CLIError.self) { try folder.stage("x", to: "../escape.txt") }
  }

  /// A file that already holds exactly the new bytes is left alone: same inode, same modification
  /// time, no temporary file; a file of the same size with other bytes is replaced.
  @Test func unchangedFilesAreNotRewritten() throws {
    let folder = try OutputFolder(path: "out", context: context)
    func identity(_ name: String) throws -> (inode: UInt64, modified: Date) {
      let attributes = try FileManager.default.attributesOfItem(atPath: cli.path("out/" + name))
      return (
        (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0,
        attributes[.modificationDate] as? Date ?? .distantPast
      )
    }
    try folder.write("same text", to: "a/b.txt")
    let before = try identity("a/b.txt")
    try folder.write("same text", to: "a/b.txt")
    let staged = try folder.stage(Array("same text".utf8), to: "a/b.txt")
    #expect(staged.temporary == nil)
    try folder.place(staged)
    folder.discard(staged)
    let after = try identity("a/b.txt")
    #expect(after.inode == before.inode)
    #expect(after.modified == before.modified)
    #expect(try FileManager.default.contentsOfDirectory(atPath: cli.path("out/a")) == ["b.txt"])

    try folder.write("SAME TEXT", to: "a/b.txt")
    #expect(cli.contents("out/a/b.txt") == Data("SAME TEXT".utf8))
    #expect(try identity("a/b.txt").inode != before.inode)
    // Shorter or longer content is never taken for the same.
    try folder.write("SAME", to: "a/b.txt")
    #expect(cli.contents("out/a/b.txt") == Data("SAME".utf8))
    try folder.write("", to: "a/b.txt")
    try folder.write("", to: "a/b.txt")
    #expect(cli.contents("out/a/b.txt") == Data())
  }

  /// Comparing reads the whole file, in chunks: a difference in the last byte of a large file counts.
  @Test func comparisonReadsLargeFilesToTheEnd() throws {
    let folder = try OutputFolder(path: "out", context: context)
    var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 200_000)
    try folder.write(bytes, to: "big.html")
    bytes[bytes.count - 1] = UInt8(ascii: "y")
    try folder.write(bytes, to: "big.html")
    #expect(cli.contents("out/big.html") == Data(bytes))
    #expect(try folder.stage(bytes, to: "big.html").temporary == nil)
  }

  @Test func aFullDiskIsNamed() {
    #expect(OutputFolder.describe(ENOSPC).contains("the disk is full"))
    #expect(OutputFolder.describe(EDQUOT).contains("quota"))
    #expect(OutputFolder.describe(EFBIG).contains("size limit"))
  }

  @Test func aFileInPlaceOfTheFolderIsAFailure() throws {
    try Data("x".utf8).write(to: URL(fileURLWithPath: cli.path("plain")))
    #expect(throws: CLIError.self) { try OutputFolder(path: "plain", context: context) }
  }

  @Test func fileNamesAreSafeSlugs() {
    #expect(FileName.comune(code: "014061", name: "Sondrio") == "014061-sondrio")
    #expect(FileName.comune(code: "007003", name: "Valle d'Aosta/Vallée") == "007003-valle-d-aosta-vallee")
    #expect(FileName.comune(code: "001001", name: "../../x") == "001001-x")
    // ASCII is taken as it is; only accented letters go through folding, upper case included.
    #expect(FileName.comune(code: "054013", name: "Città di Castello") == "054013-citta-di-castello")
    #expect(FileName.comune(code: "040012", name: "FORLÌ") == "040012-forli")
    #expect(FileName.comune(code: "021008", name: "Bolzano/Bozen\r\n") == "021008-bolzano-bozen")
    #expect(FileName.comune(code: "000001", name: "Ñoño 2") == "000001-nono-2")
    #expect(FileName.comune(code: "000002", name: "?!") == "000002-comune")
  }
}
