import Foundation
import Glibc
import NuvolaAwards
import NuvolaModel
import NuvolaReports
import NuvolaRules
import NuvolaSupport

/// The inputs of an incremental run (`report --all`, `portal`) that are the same for every comune,
/// as digests: the program itself (its size and modification time: a new build may write other
/// reports), every rules file read and the shipped awards' file. With the as-of day, the language
/// and the options they make a run's key; each comune adds its snapshot and the awards imported
/// into the store for it, with their files (`comuneKey`): an import rewrites its comuni only.
///
/// The shipped awards are keyed by their file's bytes, not award by award: an unchanged run then
/// never decodes them, and a run with changes decodes only the changed comuni's.
struct RunDigest: Sendable {
  let run: String
  /// The awards imported into the store (empty when none): they win over the shipped ones.
  let storeAwards: AwardBook

  init(job: String, rules: RuleBook, context: Context) throws {
    storeAwards =
      FileManager.default.fileExists(atPath: context.databasePath)
      ? try context.openStoreForReading().awardBook() : .empty
    var parts = [job, context.asOf.description, context.language.rawValue, RunDigest.program()]
    parts += try RunDigest.rulesFiles(context: context)
    parts.append("awards " + RunDigest.digest(of: AwardBook.shippedURL))
    parts += rules.files.map { "\($0.fileName) \($0.origin) \($0.date)" }
    run = OutputManifest.key(parts)
  }

  /// A comune's key: the run's, its current snapshot (content hash and stored name, which names
  /// its folder) and its awards in the store, every field.
  func comuneKey(code: String, snapshot: SnapshotInfo?) -> String {
    var hasher = OutputManifest.KeyHasher()
    for part in [run, code, snapshot?.contentHash ?? "", snapshot?.name ?? ""] { hasher.add(part) }
    for award in storeAwards.awards(istatCode: code) {
      for part in [award.measure.rawValue, award.avviso, award.cup, award.decree ?? "", award.state.rawValue]
      {
        hasher.add(part)
      }
      for number in [
        Int64(award.window), award.amount.cents, Int64(award.line), RunDigest.day(award.stateDay),
        RunDigest.day(award.fundingDay), RunDigest.day(award.applicationDay),
        RunDigest.day(award.source.dataDate),
      ] {
        hasher.add(number)
      }
      for part in [award.source.fileName, award.source.measures, award.source.dateOrigin.rawValue] {
        hasher.add(part)
      }
    }
    return hasher.key
  }

  /// The awards as every command sees them (the shipped ones merged with the store's), decoded
  /// for these comuni only (every comune when nil); other comuni's may be there too.
  func awards(istatCodes: Set<String>?) -> AwardBook {
    (istatCodes == nil ? AwardBook.shipped : AwardBook.shipped(istatCodes: istatCodes)).merging(storeAwards)
  }

  /// A day as one number (YYYYMMDD), -1 when unknown.
  static func day(_ day: Day?) -> Int64 {
    day.map { Int64($0.year * 10_000 + $0.month * 100 + $0.day) } ?? -1
  }

  /// Size and modification time of the running program.
  static func program() -> String {
    var status = stat()
    guard stat("/proc/self/exe", &status) == 0 else { return "unknown" }
    return "\(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
  }

  /// A digest of a file's bytes ("missing" when it cannot be read).
  static func digest(of url: URL?) -> String {
    guard let url, let bytes = FileManager.default.contents(atPath: url.path) else { return "missing" }
    return OutputManifest.key(bytes: bytes)
  }

  /// The name and bytes' digest of every rules file: the shipped ones and those of `--rules DIR`.
  static func rulesFiles(context: Context) throws -> [String] {
    var parts: [String] = []
    for folder in [RuleBook.bundledDirectory?.path, context.rulesDirectory].compactMap({ $0 }) {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      for name in names.sorted() where name.hasSuffix(".json") {
        parts.append(name + " " + digest(of: URL(fileURLWithPath: folder + "/" + name)))
      }
    }
    return parts
  }
}
