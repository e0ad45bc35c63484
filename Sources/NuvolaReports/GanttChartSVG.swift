import NuvolaSupport

/// Draws waves over time: one row per wave with a bar from its first to its last day, years along
/// the top, and milestones (a CED closure, a deadline) as dashed vertical lines with a diamond and a
/// label, so each element is told apart by shape and text, not colour.
enum GanttChartSVG {
  static func render(_ gantt: ReportChart.Gantt, chart: ReportChart) -> String {
    let width = 720.0
    let labelWidth = 170.0
    let right = 16.0
    let rowHeight = 34.0
    let top = 34.0
    let milestoneSpace = 22.0 * Double(gantt.milestones.count)
    let height = top + rowHeight * Double(max(gantt.rows.count, 1)) + 14 + milestoneSpace
    var svg = SVGWriter(width: width, height: height)
    let first = Double(gantt.start.ordinal)
    let last = Double(max(gantt.end.ordinal, gantt.start.ordinal + 1))
    let plotWidth = width - labelWidth - right
    func x(_ day: Day) -> Double { labelWidth + plotWidth * (Double(day.ordinal) - first) / (last - first) }
    let rowsBottom = top + rowHeight * Double(gantt.rows.count)
    for tick in gantt.ticks {
      let position = x(tick.day)
      svg.line(x1: position, y1: top - 6, x2: position, y2: rowsBottom, [("stroke", ChartPalette.grid)])
      svg.text(tick.label, x: position + 3, y: top - 12, size: 11.5, [("fill", ChartPalette.muted)])
    }
    for (index, row) in gantt.rows.enumerated() {
      let y = top + rowHeight * Double(index)
      svg.text(SVGWriter.fit(row.label, 26), x: 4, y: y + 21, size: 12.5, [("fill", ChartPalette.ink)])
      let start = x(row.start)
      let end = max(x(row.end), start + 3)
      svg.rect(x: start, y: y + 7, width: end - start, height: 20, [("fill", ChartPalette.bar), ("rx", "3")])
      // The detail goes after the bar when it fits there, else before it.
      let detail = SVGWriter.fit(row.detail, 40)
      let room = width - right - end
      if room > Double(detail.count) * 6.4 + 6 {
        svg.text(detail, x: end + 6, y: y + 21, size: 11.5, [("fill", ChartPalette.ink)])
      } else {
        svg.text(detail, x: start - 6, y: y + 21, anchor: "end", size: 11.5, [("fill", ChartPalette.ink)])
      }
    }
    for (index, milestone) in gantt.milestones.enumerated() {
      let position = x(milestone.day)
      let labelY = rowsBottom + 26 + 22 * Double(index)
      svg.line(
        x1: position, y1: top - 6, x2: position, y2: labelY - 10,
        [("stroke", ChartPalette.milestone), ("stroke-width", "1.5"), ("stroke-dasharray", "4 3")])
      svg.polygon(
        [
          (position, labelY - 14), (position + 6, labelY - 8), (position, labelY - 2),
          (position - 6, labelY - 8),
        ],
        [("fill", ChartPalette.milestone)])
      let label = SVGWriter.fit(milestone.label, 60)
      let anchorEnd = position > labelWidth + plotWidth / 2
      svg.text(
        label, x: anchorEnd ? position - 10 : position + 10, y: labelY - 4,
        anchor: anchorEnd ? "end" : "start",
        size: 11.5, [("fill", ChartPalette.milestone)])
    }
    return svg.svg(id: chart.id, title: chart.title, description: chart.description)
  }
}
