import NuvolaSupport
import Synchronization

/// End-of-support dates of common server, desktop and hypervisor operating systems, with the vendor
/// page each comes from, and a lenient matcher for what inventories write in `os` and `os_version`.
public struct OSLifecycle: Sendable, Equatable {
  /// The role of an operating system, which sets how serious its end of support is.
  public enum Kind: String, Sendable, CaseIterable {
    case server
    case desktop
    case hypervisor
  }

  /// One version of one product and its end of support, with the vendor page it comes from.
  public struct Entry: Sendable, Equatable {
    public var id: String
    public var product: String
    public var version: String
    public var kind: Kind
    /// Last day of the vendor's standard security updates; nil when the product has no fixed end.
    public var endOfSupport: Day?
    /// Paid or limited support after that, for information.
    public var extendedUntil: Day?
    public var confirmed: Bool
    public var source: RuleSource
    public var note: String?
    /// The note in Italian (`note_it`), where the rules give one.
    public var noteItalian: String?
    /// Spellings of the product, as token lists (`["windows", "server"]`).
    let names: [[String]]
    let versionTokens: [String]

    /// `Windows Server 2012 R2`.
    public var displayName: String { "\(product) \(version)" }
  }

  public var provenance: RuleProvenance
  public let entries: [Entry]
  /// Every product spelling, as (entry, name) positions, under its first token: matching looks only
  /// at the spellings whose first word the inventory wrote.
  let spellingsByFirstToken: [String: [(entry: Int, name: Int)]]
  /// What `matchIndex(os:version:)` answered for each spelling already seen, shared by every copy of
  /// these rules: a national run asks about the same few dozen spellings hundreds of thousands of
  /// times, and matching one costs tens of thousands of instructions.
  let answers = Answers()

  /// A memo of answers, safe to share between threads; it holds at most `capacity` spellings, so an
  /// inventory full of distinct spellings cannot make it grow without end (the rest are matched
  /// each time).
  final class Answers: Sendable {
    struct Key: Hashable {
      var os: String?
      var version: String?
    }
    static let capacity = 4096
    private let answers = Mutex<[Key: Int?]>([:])

    /// How many spellings are remembered.
    var count: Int { answers.withLock { $0.count } }

    func answer(os: String?, version: String?, otherwise match: () -> Int?) -> Int? {
      let key = Key(os: os, version: version)
      if let known = answers.withLock({ $0[key] }) { return known }
      let answer = match()
      answers.withLock { answers in
        if answers.count < Answers.capacity { answers[key] = .some(answer) }
      }
      return answer
    }
  }

  /// The entry for what an inventory says, or nil when none matches.
  ///
  /// Matching is lenient about case, punctuation, editions and architecture ("Microsoft Windows
  /// Server 2008 R2 (64-bit)", "Windows Server" + "2012 R2", "Ubuntu" + "22.04.3") but strict about the
  /// version: it must start at the first number written after the product name, so that RHEL "7.8"
  /// is 7, not 8. The longest product name, then the longest version, wins ("2012 R2" over "2012").
  public func match(os: String?, version: String?) -> Entry? {
    matchIndex(os: os, version: version).map { entries[$0] }
  }

  /// The position in `entries` of what `match(os:version:)` returns.
  public func matchIndex(os: String?, version: String?) -> Int? {
    answers.answer(os: os, version: version) { freshMatchIndex(os: os, version: version) }
  }

  /// `matchIndex(os:version:)` worked out from the spellings, without the memo.
  func freshMatchIndex(os: String?, version: String?) -> Int? {
    let osTokens = OSLifecycle.tokens(os ?? "")
    let versionTokens = OSLifecycle.tokens(version ?? "")
    guard !osTokens.isEmpty else { return nil }
    var spellings: [(entry: Int, name: Int)] = []
    for token in Set(osTokens) { spellings += spellingsByFirstToken[token] ?? [] }
    // The order of the rules file decides ties, as if every spelling were tried in turn.
    spellings.sort { ($0.entry, $0.name) < ($1.entry, $1.name) }
    var best: (index: Int, productLength: Int, versionLength: Int)?
    for (index, nameIndex) in spellings {
      let name = entries[index].names[nameIndex]
      guard let start = OSLifecycle.find(name[...], in: osTokens[...]) else { continue }
      let tail = Array(osTokens[(start + name.count)...]) + versionTokens
      let version = entries[index].versionTokens
      guard OSLifecycle.versionMatches(version, tail) else { continue }
      if let current = best,
        (current.productLength, current.versionLength) >= (name.count, version.count)
      {
        continue
      }
      best = (index, name.count, version.count)
    }
    return best?.index
  }

  /// The version must sit at the first token holding a digit; a version written in letters (`XP`) may
  /// sit anywhere.
  static func versionMatches(_ version: [String], _ tail: [String]) -> Bool {
    guard !version.isEmpty, version.count <= tail.count else { return false }
    if let first = tail.firstIndex(where: { $0.contains(where: \.isNumber) }) {
      if first + version.count <= tail.count, tail[first..<(first + version.count)].elementsEqual(version) {
        return true
      }
    }
    guard !version[0].contains(where: \.isNumber) else { return false }
    return find(version[...], in: tail[...]) != nil
  }

  static func find(_ needle: ArraySlice<String>, in haystack: ArraySlice<String>) -> Int? {
    guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
    for start in haystack.startIndex...(haystack.endIndex - needle.count)
    where haystack[start..<(start + needle.count)].elementsEqual(needle) {
      return start
    }
    return nil
  }

  /// Lowercase alphanumeric tokens, without architecture noise (`64-bit`, `x64`, `amd64`).
  static func tokens(_ text: String) -> [String] {
    var raw: [String] = []
    var current = ""
    for character in text.lowercased() {
      if character.isLetter || character.isNumber {
        // "2012R2" is written for "2012 R2": a letter after digits starts a new token.
        if character.isLetter, let last = current.last, last.isNumber {
          raw.append(current)
          current = ""
        }
        current.append(character)
      } else if !current.isEmpty {
        raw.append(current)
        current = ""
      }
    }
    if !current.isEmpty { raw.append(current) }
    var result: [String] = []
    for (index, token) in raw.enumerated() {
      if ["x64", "x86", "amd64", "i386", "64bit", "32bit", "bit"].contains(token) { continue }
      if (token == "64" || token == "32"), index + 1 < raw.count, raw[index + 1] == "bit" { continue }
      result.append(token)
    }
    return result
  }

  init(_ node: RuleNode, provenance: RuleProvenance) throws(InputError) {
    self.provenance = provenance
    var entries: [Entry] = []
    for item in try node.items("systems") {
      let id = try item.string("id")
      if entries.contains(where: { $0.id == id }) {
        throw try item.member("id").failure("duplicate id", expected: "unique ids")
      }
      let kindNode = try item.member("kind")
      guard let kind = Kind(rawValue: try kindNode.string()) else {
        throw kindNode.failure("unknown kind", expected: "server, desktop or hypervisor")
      }
      var names: [[String]] = []
      let namesNode = try item.member("names")
      for name in try namesNode.items() {
        let tokens = OSLifecycle.tokens(try name.string())
        if tokens.isEmpty { throw name.failure("no letters or digits", expected: "a product name") }
        names.append(tokens)
      }
      if names.isEmpty { throw namesNode.failure("no names", expected: "at least one product name") }
      let versionNode = try item.member("version")
      let version = try versionNode.string()
      let versionTokens = OSLifecycle.tokens(version)
      if versionTokens.isEmpty { throw versionNode.failure("no letters or digits", expected: "a version") }
      let end = try item.member("end_of_support")
      entries.append(
        Entry(
          id: id, product: try item.string("product"), version: version, kind: kind,
          endOfSupport: end.isNull ? nil : try end.day(),
          extendedUntil: try item.optionalDay("extended_until"),
          confirmed: try item.bool("confirmed"), source: try RuleSource(item.member("source")),
          note: try item.optionalString("note"), noteItalian: try item.optionalString("note_it"), names: names,
          versionTokens: versionTokens))
    }
    self.entries = entries
    var spellings: [String: [(entry: Int, name: Int)]] = [:]
    for (entry, item) in entries.enumerated() {
      for (name, tokens) in item.names.enumerated() {
        spellings[tokens[0], default: []].append((entry, name))
      }
    }
    spellingsByFirstToken = spellings
  }

  public static func == (lhs: OSLifecycle, rhs: OSLifecycle) -> Bool {
    lhs.provenance == rhs.provenance && lhs.entries == rhs.entries
  }
}
