import Foundation

/// A single updating progress line on standard error, shown only when it is a terminal (never in
/// CI logs or pipes): done/total, rate and time left.
final class Progress: @unchecked Sendable {
  private let label: String
  private let total: Int
  private let console: Console
  private let start = Date()
  private var done = 0
  private var lastDraw = Date.distantPast
  private let enabled: Bool

  init(label: String, total: Int, console: Console) {
    self.label = label
    self.total = total
    self.console = console
    self.enabled = console.errIsTerminal && total >= 20
  }

  func advance(by count: Int = 1) {
    done += count
    guard enabled else { return }
    let now = Date()
    guard now.timeIntervalSince(lastDraw) >= 0.1 || done == total else { return }
    lastDraw = now
    let elapsed = max(now.timeIntervalSince(start), 0.001)
    let rate = Double(done) / elapsed
    let left = rate > 0 ? Double(total - done) / rate : 0
    console.err(
      "\r\(label): \(done)/\(total)  \(Int(rate))/s  \(String(format: "%.0f", left)) s left   ")
  }

  func finish() {
    if enabled { console.err("\r" + String(repeating: " ", count: 60) + "\r") }
  }
}
