import NuvolaModel
import NuvolaSupport

/// Chooses the two snapshots of a comune that `nuvola progress` compares: by default the previous and
/// the current; `--from` / `--to` take a date (the latest snapshot whose inventory date is on or
/// before it) or a snapshot id. Pure: works on the history the store lists, oldest first.
public enum ProgressSelection {
  /// The two snapshots chosen, `from` older than `to` in the history.
  public struct Pair: Sendable, Equatable {
    public var from: SnapshotInfo
    public var to: SnapshotInfo
  }

  /// Why no pair can be chosen, in words a user can act on.
  public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
    case fewerThanTwo(count: Int)
    case notASelector(String)
    case noneOnOrBefore(Day, option: String)
    case unknownSnapshot(Int64, option: String)
    case sameSnapshot(Int64)
    case reversed(from: Int64, to: Int64)

    /// The reason in both languages, from the catalogue (`progress.selection.*`).
    public var text: BilingualText {
      switch self {
      case .fewerThanTwo(0):
        return BilingualText(key: "progress.selection.none")
      case .fewerThanTwo(1):
        return BilingualText(key: "progress.selection.one")
      case .fewerThanTwo(let count):
        return BilingualText(key: "progress.selection.fewer_than_two", ["count": count])
      case .notASelector(let text):
        return BilingualText(key: "progress.selection.not_a_selector", ["text": text])
      case .noneOnOrBefore(let day, let option):
        return BilingualText(key: "progress.selection.none_on_or_before", ["option": option, "day": day])
      case .unknownSnapshot(let id, let option):
        return BilingualText(key: "progress.selection.unknown_snapshot", ["option": option, "id": id])
      case .sameSnapshot(let id):
        return BilingualText(key: "progress.selection.same_snapshot", ["id": id])
      case .reversed(let from, let to):
        return BilingualText(key: "progress.selection.reversed", ["from": from, "to": to])
      }
    }

    /// The reason in English, as the command line prints it today.
    public var description: String { text.en }
  }

  public static func choose(history: [SnapshotInfo], from: String?, to: String?) throws(Failure) -> Pair {
    guard history.count >= 2 else { throw .fewerThanTwo(count: history.count) }
    let target =
      try to.map { (text) throws(Failure) in try select(text, in: history, option: "--to") }
      ?? history.count - 1
    let origin: Int
    if let from {
      origin = try select(from, in: history, option: "--from")
    } else {
      guard target > 0 else { throw .fewerThanTwo(count: 1) }
      origin = target - 1
    }
    if origin == target { throw .sameSnapshot(history[origin].id) }
    if origin > target { throw .reversed(from: history[origin].id, to: history[target].id) }
    return Pair(from: history[origin], to: history[target])
  }

  /// The index in `history` of the snapshot a date or an id selects.
  static func select(_ text: String, in history: [SnapshotInfo], option: String) throws(Failure) -> Int {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if let day = Day(parsing: trimmed) {
      var best: Int?
      for (index, info) in history.enumerated() {
        guard let date = info.inventoryDate, date <= day else { continue }
        // The latest inventory date wins; on the same date, the later import.
        if let current = best, let currentDate = history[current].inventoryDate, currentDate > date {
          continue
        }
        best = index
      }
      guard let best else { throw .noneOnOrBefore(day, option: option) }
      return best
    }
    guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }), let id = Int64(trimmed) else {
      throw .notASelector(text)
    }
    guard let index = history.firstIndex(where: { $0.id == id }) else {
      throw .unknownSnapshot(id, option: option)
    }
    return index
  }
}
