import Foundation
import Glibc
import NuvolaKit

/// The inputs of an incremental run (`report --all`, `portal`) that are the same for every comune,
/// as digests: the program itself (its size and modification time: a new build may write other
/// reports), every rules file read, and the awards' files. With the as-of day, the language and
/// the options they make a run's key; each comune adds its snapshot and its awards
/// (`comuneKey`).
struct RunDigest {
  let run: String

  init(job: String, rules: RuleBook, awards: AwardBook, context: Context) throws {
    var parts = [job, context.asOf.description, context.language.rawValue, RunDigest.program()]
    parts += try RunDigest.rulesFiles(context: context)
    parts += awards.sources.map { "\($0.fileName) \($0.measures) \($0.dataDate) \($0.dateOrigin.rawValue)" }
    parts += rules.files.map { "\($0.fileName) \($0.origin) \($0.date)" }
    run = OutputManifest.key(parts)
  }

  /// A comune's key: the run's, its current snapshot (content hash and stored name, which names
  /// its folder) and its awards, every field.
  func comuneKey(code: String, snapshot: SnapshotInfo?, awards: AwardBook) -> String {
    var parts = [run, code, snapshot?.contentHash ?? "", snapshot?.name ?? ""]
    for award in awards.awards(istatCode: code) {
      parts.append(
        [
          award.measure.rawValue, award.avviso, String(award.window), String(award.amount.cents), award.cup,
          award.decree ?? "", award.state.rawValue, award.stateDay?.description ?? "",
          award.fundingDay.description, award.applicationDay?.description ?? "", award.source.fileName,
          award.source.dataDate.description, String(award.line),
        ].joined(separator: "\u{1F}"))
    }
    return OutputManifest.key(parts)
  }

  /// Size and modification time of the running program.
  static func program() -> String {
    var status = stat()
    guard stat("/proc/self/exe", &status) == 0 else { return "unknown" }
    return "\(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
  }

  /// The name and bytes' digest of every rules file: the shipped ones and those of `--rules DIR`.
  static func rulesFiles(context: Context) throws -> [String] {
    var parts: [String] = []
    for folder in [RuleBook.bundledDirectory?.path, context.rulesDirectory].compactMap({ $0 }) {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      for name in names.sorted() where name.hasSuffix(".json") {
        let bytes = FileManager.default.contents(atPath: folder + "/" + name) ?? Data()
        parts.append(name + " " + SHA256.hex(bytes))
      }
    }
    return parts
  }
}
