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
    let sorted =
      inOrder
      ? awards : awards.indices.sorted { Award.precedes(awards[$0], awards[$1]) }.map { awards[$0] }
    self.awards = sorted
    var byComune: [String: Range<Int>] = [:]
    var start = 0
    while start < sorted.count {
      var end = start + 1
      while end < sorted.count && sorted[end].istatCode == sorted[start].istatCode { end += 1 }
      byComune[sorted[start].istatCode] = start..<end
      start = end
    }
    self.byComune = byComune
    var seen = Set<AwardSource>()
    var sources: [AwardSource] = []
    for award in sorted where seen.insert(award.source).inserted { sources.append(award.source) }
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
    var otherDates: [AwardKey: Day] = [:]
    for award in other.awards {
      otherDates[award.key] = max(otherDates[award.key] ?? award.source.dataDate, award.source.dataDate)
    }
    var ownDates: [AwardKey: Day] = [:]
    for award in awards where otherDates[award.key] != nil {
      ownDates[award.key] = max(ownDates[award.key] ?? award.source.dataDate, award.source.dataDate)
    }
    var merged: [Award] = []
    merged.reserveCapacity(awards.count + other.awards.count)
    for award in awards {
      if let theirs = otherDates[award.key], theirs >= ownDates[award.key]! { continue }
      merged.append(award)
    }
    for award in other.awards {
      if let ours = ownDates[award.key], ours > otherDates[award.key]! { continue }
      merged.append(award)
    }
    return AwardBook(awards: merged)
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
