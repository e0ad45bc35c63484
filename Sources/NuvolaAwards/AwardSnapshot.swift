import Foundation
import NuvolaSupport

/// The compact text form of the awards shipped with Nuvola (`Resources/awards/awards.tsv`), built
/// by `scripts/build-awards-snapshot.sh` from the files PA digitale 2026 publishes. Tab-separated
/// lines in three kinds, told apart by their first cell, sorted so the same files give the same bytes:
///
/// - `F  index  file_name  measures  data_date`: a source file and the day its data speak of;
/// - `C  index  file  avviso  window  decree  funding_day`: one decree of one call window (44 in
///   all), which every award of it shares;
/// - `A  call  istat_code  amount  cup  state  state_days  application_days`: one award; the two
///   days are written as days after the call's funding day (`0` the same day, `-120` four months
///   before, empty when the file gives none), which keeps the file under 2.5 MB.
///
/// Lines starting with `#` are comments. The award's line in its source file is not kept (0).
public enum AwardSnapshot {
  /// The text of the awards of these files (every file's source date as the file says).
  public static func encode(_ files: [AwardFile]) -> String {
    let sources = files.map(\.source).sorted { ($0.fileName, $0.dataDate) < ($1.fileName, $1.dataDate) }
    var text = "# " + AwardSource.attribution + "\n"
    text += "# F\tindex\tfile_name\tmeasures\tdata_date\n"
    text += "# C\tindex\tfile\tavviso\twindow\tdecree\tfunding_day\n"
    text += "# A\tcall\tistat_code\tamount\tcup\tstate\tstate_days\tapplication_days\n"
    var fileIndex: [AwardSource: Int] = [:]
    for (index, source) in sources.enumerated() {
      fileIndex[source] = index
      text += "F\t\(index)\t\(clean(source.fileName))\t\(clean(source.measures))\t\(source.dataDate)\n"
    }
    struct Call: Hashable, Comparable {
      var file: Int
      var avviso: String
      var window: Int
      var decree: String
      var fundingDay: Day
      static func < (lhs: Call, rhs: Call) -> Bool {
        (lhs.file, lhs.avviso, lhs.window, lhs.fundingDay, lhs.decree)
          < (rhs.file, rhs.avviso, rhs.window, rhs.fundingDay, rhs.decree)
      }
    }
    func call(_ award: Award) -> Call {
      Call(
        file: fileIndex[award.source]!, avviso: award.avviso, window: award.window,
        decree: award.decree ?? "", fundingDay: award.fundingDay)
    }
    let awards = files.flatMap(\.awards)
    let calls = Set(awards.map(call)).sorted()
    var callIndex: [Call: Int] = [:]
    for (index, item) in calls.enumerated() {
      callIndex[item] = index
      text += "C\t\(index)\t\(item.file)\t\(clean(item.avviso))\t\(item.window)\t\(clean(item.decree))\t\(item.fundingDay)\n"
    }
    func offset(_ day: Day?, from base: Day) -> String { day.map { String($0.ordinal - base.ordinal) } ?? "" }
    var lines: [(Award, String)] = awards.map { award in
      let line =
        "A\t\(callIndex[call(award)]!)\t\(award.istatCode)\t\(award.amount)\t\(clean(award.cup))\t"
        + "\(award.state.rawValue)\t\(offset(award.stateDay, from: award.fundingDay))\t"
        + "\(offset(award.applicationDay, from: award.fundingDay))\n"
      return (award, line)
    }
    lines.sort { Award.precedes($0.0, $1.0) || (!Award.precedes($1.0, $0.0) && $0.1 < $1.1) }
    for (_, line) in lines { text += line }
    return text
  }

  /// Reads the text back; `file` names it in problems. Lines are scanned as bytes: only the cells
  /// an award keeps become strings (the shipped book is read by every command that shows awards).
  /// With `istatCodes`, only those comuni's awards are kept (a command about one comune need not
  /// build the other 60,000).
  public static func decode(
    _ data: Data, file: String, istatCodes: Set<String>? = nil
  ) throws(InputError) -> AwardBook {
    let result: Result<AwardBook, InputError> = data.withUnsafeBytes { raw in
      var reader = SnapshotLines(bytes: raw.bindMemory(to: UInt8.self), file: file, wanted: istatCodes)
      do throws(InputError) {
        return .success(try reader.book())
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  /// The files the snapshot's `F` lines name, sorted as `AwardBook.sources` (no award is built).
  static func sources(_ data: Data, file: String) throws(InputError) -> [AwardSource] {
    let result: Result<[AwardSource], InputError> = data.withUnsafeBytes { raw in
      var reader = SnapshotLines(bytes: raw.bindMemory(to: UInt8.self), file: file, wanted: [])
      do throws(InputError) {
        _ = try reader.book()
        return .success(reader.fileSources)
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  /// Tabs and line breaks never occur in the published cells; should one, it becomes a space.
  static func clean(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 9 || $0 == 10 || $0 == 13 }) else { return text }
    return String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
  }
}
