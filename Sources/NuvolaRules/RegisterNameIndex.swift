import Synchronization

/// The register's comuni by folded name (`Register.foldName`), built the first time a name is
/// looked up: most commands find comuni by ISTAT code only, and folding 7,896 names cost a third
/// of reading the register at start-up. Shared by the copies of a register (`replacingEntries`),
/// whose names are the same.
final class RegisterNameIndex: Sendable {
  private let index = Mutex<[String: [Int]]?>(nil)

  /// The positions of the comuni whose name folds to `key`, in register order.
  func positions(_ key: String, in entries: [RegisterEntry]) -> [Int] {
    index.withLock { index in
      if index == nil { index = RegisterNameIndex.build(entries) }
      return index?[key] ?? []
    }
  }

  private static func build(_ entries: [RegisterEntry]) -> [String: [Int]] {
    var byName: [String: [Int]] = [:]
    for (position, entry) in entries.enumerated() {
      byName[Register.foldName(entry.name), default: []].append(position)
      // Bilingual names ("Bolzano/Bozen") are found by either part.
      if entry.name.utf8.contains(UInt8(ascii: "/")) {
        for part in entry.name.split(separator: "/") {
          byName[Register.foldName(String(part)), default: []].append(position)
        }
      }
    }
    return byName
  }
}
