import Foundation
import NuvolaSupport

/// The one place Nuvola reads the clock: today's day in Italy, read once per command line by the
/// executable and handed to every command as the default as-of day. The library never reads it.
enum Clock {
  /// Today's calendar day in Europe/Rome (the comuni's own day, not UTC's).
  static func today(now: Date = Date()) -> Day {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Europe/Rome") ?? TimeZone(secondsFromGMT: 3600)!
    let parts = calendar.dateComponents([.year, .month, .day], from: now)
    return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
      ?? Day(year: 1970, month: 1, day: 1)!
  }
}
