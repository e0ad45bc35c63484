import Foundation

/// With `NUVOLA_STATS=1`, a command prints its wall time and peak memory on standard error when it
/// ends (`stats: command=import seconds=1.234 peak_rss_mb=85.3`), so benchmarks need no extra tools.
struct Stats {
  let command: String
  let start = Date()

  func report(to console: Console) {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    // Linux reports ru_maxrss in kilobytes.
    let peakMB = Double(usage.ru_maxrss) / 1024
    let seconds = Date().timeIntervalSince(start)
    console.err(
      "stats: command=\(command) seconds=\(String(format: "%.3f", seconds)) "
        + "peak_rss_mb=\(String(format: "%.1f", peakMB))\n")
  }
}
