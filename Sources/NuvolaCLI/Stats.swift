import Foundation

/// With `NUVOLA_STATS=1`, a command prints its wall time, the processor time it used (user and
/// system, all threads) and its peak memory on standard error when it ends
/// (`stats: command=import seconds=1.234 peak_rss_mb=85.3 user_seconds=1.402 system_seconds=0.210`),
/// so benchmarks need no extra tools. Processor time tells computing from waiting on the disk.
struct Stats {
  let command: String
  let start = Date()

  func report(to console: Console) {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    // Linux reports ru_maxrss in kilobytes.
    let peakMB = Double(usage.ru_maxrss) / 1024
    let seconds = Date().timeIntervalSince(start)
    func clock(_ time: timeval) -> String {
      String(format: "%.3f", Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000)
    }
    console.err(
      "stats: command=\(command) seconds=\(String(format: "%.3f", seconds)) "
        + "peak_rss_mb=\(String(format: "%.1f", peakMB)) "
        + "user_seconds=\(clock(usage.ru_utime)) system_seconds=\(clock(usage.ru_stime))\n")
  }
}
