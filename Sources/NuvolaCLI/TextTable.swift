/// A plain-text table with aligned columns, for terminal output.
struct TextTable {
  let header: [String]
  private(set) var rows: [[String]] = []
  /// Columns aligned right (numbers).
  var rightAligned: Set<Int> = []

  init(header: [String], rightAligned: Set<Int> = []) {
    self.header = header
    self.rightAligned = rightAligned
  }

  mutating func append(_ row: [String]) { rows.append(row) }

  func render() -> String {
    let all = [header] + rows
    var widths = Array(repeating: 0, count: header.count)
    for row in all {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.count)
      }
    }
    func line(_ row: [String]) -> String {
      var parts: [String] = []
      for (index, width) in widths.enumerated() {
        let cell = index < row.count ? row[index] : ""
        let padding = String(repeating: " ", count: max(0, width - cell.count))
        parts.append(rightAligned.contains(index) ? padding + cell : cell + padding)
      }
      var text = parts.joined(separator: "  ")
      while text.hasSuffix(" ") { text.removeLast() }
      return text
    }
    var lines = [line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
    lines.append(contentsOf: rows.map(line))
    return lines.joined(separator: "\n")
  }
}
