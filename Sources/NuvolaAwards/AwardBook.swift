import NuvolaSupport

/// Every award known, sorted (`Award.precedes`), with a look-up by comune and the files they come
/// from. Built from the shipped snapshot (`AwardBook.shipped`), from the store, or both merged
/// (`merging`: per key, the newer data win).
public struct AwardBook: Sendable {
  public let awards: [Award]
  /// The files the awards come from, by measure then file name.
  public let sources: [AwardSource]
  private let byComune: [String: Range<Int>]

  public init(awards: [Award]) {
    // The shipped snapshot comes sorted: checking costs one pass. Otherwise indices are sorted, not
    // the awards themselves (large values, slow to move).
    let inOrder = zip(awards, awards.dropFirst()).allSatisfy { !Award.precedes($1, $0) }
    self.init(
      sorted: inOrder
        ? awards : awards.indices.sorted { Award.precedes(awards[$0], awards[$1]) }.map { awards[$0] })
  }

  /// Awards already grouped by comune in ascending ISTAT code (the store reads them so): only each
  /// comune's few awards are sorted.
  public init(groupedByComune awards: [Award]) {
    var sorted: [Award] = []
    sorted.reserveCapacity(awards.count)
    var start = 0
    while start < awards.count {
      var end = start + 1
      while end < awards.count && awards[end].istatCode == awards[start].istatCode { end += 1 }
      sorted.append(contentsOf: awards[start..<end].sorted(by: Award.precedes))
      start = end
    }
    self.init(sorted: sorted)
  }

  private init(sorted: [Award]) {
    self.awards = sorted
    var byComune: [String: Range<Int>] = [:]
    byComune.reserveCapacity(8_192)
    // A handful of files: a linear look-up whose equality mostly hits shared string storage beats
    // hashing two strings per award.
    var sources: [AwardSource] = []
    var start = 0
    while start < sorted.count {
      var end = start
      let code = sorted[start].istatCode
      while end < sorted.count && sorted[end].istatCode == code {
        let source = sorted[end].source
        if !sources.contains(source) { sources.append(source) }
        end += 1
      }
      byComune[code] = start..<end
      start = end
    }
    self.byComune = byComune
    self.sources = sources.sorted {
      ($0.measures, $0.fileName, $0.dataDate) < ($1.measures, $1.fileName, $1.dataDate)
    }
  }

  public static let empty = AwardBook(awards: [])

  public var isEmpty: Bool { awards.isEmpty }

  /// The awards of one comune (6-digit ISTAT code of the register), in order.
  public func awards(istatCode: String) -> ArraySlice<Award> {
    guard let range = byComune[istatCode] else { return [] }
    return awards[range]
  }

  /// The ISTAT codes that hold any award.
  public var istatCodes: Set<String> { Set(byComune.keys) }

  /// A comune's standing on one measure; nil when it holds no award of it.
  public func standing(istatCode: String, measure: AwardMeasure) -> AwardStanding? {
    AwardStanding(measure: measure, awards: awards(istatCode: istatCode).filter { $0.measure == measure })
  }

  /// A comune's standing on every measure it holds awards of, in measure order.
  public func standings(istatCode: String) -> [AwardStanding] {
    let own = awards(istatCode: istatCode)
    return AwardMeasure.allCases.compactMap { measure in
      AwardStanding(measure: measure, awards: own.filter { $0.measure == measure })
    }
  }

  /// This book with `other`'s awards taking the place of this book's under every key `other`
  /// covers whose data are as recent or more (`dataDate`); keys only one book has are kept.
  public func merging(_ other: AwardBook) -> AwardBook {
    if other.isEmpty { return self }
    if isEmpty { return other }
    // Both books are sorted by comune: walk them side by side and settle each comune shared by both
    // on its own few awards, so no key of the whole book is hashed.
    var merged: [Award] = []
    merged.reserveCapacity(awards.count + other.awards.count)
    var mine = 0
    var theirs = 0
    while mine < awards.count || theirs < other.awards.count {
      let code: String
      if theirs == other.awards.count {
        code = awards[mine].istatCode
      } else if mine == awards.count {
        code = other.awards[theirs].istatCode
      } else {
        code = min(awards[mine].istatCode, other.awards[theirs].istatCode)
      }
      let ownEnd = AwardBook.end(of: code, in: awards, from: mine)
      let otherEnd = AwardBook.end(of: code, in: other.awards, from: theirs)
      let own = awards[mine..<ownEnd]
      let new = other.awards[theirs..<otherEnd]
      if new.isEmpty {
        merged.append(contentsOf: own)
      } else if own.isEmpty {
        merged.append(contentsOf: new)
      } else {
        merged.append(contentsOf: AwardBook.settle(own, new).sorted(by: Award.precedes))
      }
      mine = ownEnd
      theirs = otherEnd
    }
    return AwardBook(sorted: merged)
  }

  /// The end of the run of `code`'s awards starting at `start` (`start` itself when there is none).
  private static func end(of code: String, in awards: [Award], from start: Int) -> Int {
    var end = start
    while end < awards.count && awards[end].istatCode == code { end += 1 }
    return end
  }

  /// One comune's awards of both books: per key, the newer data win; `new` wins a tie. A comune
  /// holds a few awards, so keys are compared by a scan rather than hashed.
  private static func settle(_ own: ArraySlice<Award>, _ new: ArraySlice<Award>) -> [Award] {
    func newest(_ award: Award, in awards: ArraySlice<Award>) -> Day? {
      var date: Day?
      for other in awards where other.window == award.window && other.avviso == award.avviso {
        date = max(date ?? other.source.dataDate, other.source.dataDate)
      }
      return date
    }
    var result: [Award] = []
    for award in own {
      if let theirs = newest(award, in: new), theirs >= newest(award, in: own)! { continue }
      result.append(award)
    }
    for award in new {
      if let ours = newest(award, in: own), ours > newest(award, in: new)! { continue }
      result.append(award)
    }
    return result
  }

  /// Totals per measure over the comuni with these ISTAT codes (nil: every comune in the book).
  public func summary(istatCodes: Set<String>? = nil) -> [AwardSummary] {
    var summaries = AwardMeasure.allCases.map { AwardSummary(measure: $0) }
    var comuni = AwardMeasure.allCases.map { _ in Set<String>() }
    for award in awards {
      if let istatCodes, !istatCodes.contains(award.istatCode) { continue }
      let index = AwardMeasure.allCases.firstIndex(of: award.measure)!
      summaries[index].add(award)
      comuni[index].insert(award.istatCode)
    }
    for index in summaries.indices { summaries[index].comuni = comuni[index].count }
    return summaries
  }
}
